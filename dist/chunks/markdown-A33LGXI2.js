import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderMarkdownReport
} from "./chunk-QWDU3LKT.js";
import "./chunk-MQUSVT3P.js";
import "./chunk-FA6EQWUK.js";
export {
  renderMarkdownReport
};
