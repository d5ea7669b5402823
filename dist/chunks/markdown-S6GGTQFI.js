import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderMarkdownReport
} from "./chunk-FBFWWJ6C.js";
import "./chunk-AW4U3U2D.js";
import "./chunk-FA6EQWUK.js";
export {
  renderMarkdownReport
};
