import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderLegsMarkdown
} from "./chunk-XHST7S6G.js";
import "./chunk-7DAWHY66.js";
import "./chunk-E6LWIQVA.js";
import "./chunk-FA6EQWUK.js";
export {
  renderLegsMarkdown
};
