import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderMarkdownReport
} from "./chunk-AXRPN2UI.js";
import "./chunk-7BCIACEH.js";
import "./chunk-FA6EQWUK.js";
export {
  renderMarkdownReport
};
