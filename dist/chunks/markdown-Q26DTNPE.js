import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderMarkdownReport
} from "./chunk-72LTSO74.js";
import "./chunk-QB7A6BQZ.js";
import "./chunk-FA6EQWUK.js";
export {
  renderMarkdownReport
};
