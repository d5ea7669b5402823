import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderMarkdownReport
} from "./chunk-J2OEJLZO.js";
import "./chunk-EO4BFHQF.js";
import "./chunk-FA6EQWUK.js";
export {
  renderMarkdownReport
};
