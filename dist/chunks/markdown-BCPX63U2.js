import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderMarkdownReport
} from "./chunk-FLNND3ZM.js";
import "./chunk-MQUSVT3P.js";
import "./chunk-FA6EQWUK.js";
export {
  renderMarkdownReport
};
