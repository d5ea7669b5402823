import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderMarkdownReport
} from "./chunk-ECX3SD7B.js";
import "./chunk-RZJIQBVB.js";
import "./chunk-FA6EQWUK.js";
export {
  renderMarkdownReport
};
