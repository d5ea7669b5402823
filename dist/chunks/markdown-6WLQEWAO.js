import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderMarkdownReport
} from "./chunk-7DAWHY66.js";
import "./chunk-E6LWIQVA.js";
import "./chunk-FA6EQWUK.js";
export {
  renderMarkdownReport
};
