import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderMarkdownReport
} from "./chunk-3EXAFGFT.js";
import "./chunk-MTDMNUTI.js";
import "./chunk-FA6EQWUK.js";
export {
  renderMarkdownReport
};
