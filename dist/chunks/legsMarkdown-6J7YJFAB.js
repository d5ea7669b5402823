import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderLegsMarkdown
} from "./chunk-6RDTTY56.js";
import "./chunk-ECX3SD7B.js";
import "./chunk-RZJIQBVB.js";
import "./chunk-FA6EQWUK.js";
export {
  renderLegsMarkdown
};
