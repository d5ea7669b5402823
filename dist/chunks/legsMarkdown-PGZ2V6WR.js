import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderLegsMarkdown
} from "./chunk-EHEFGSYD.js";
import "./chunk-FBFWWJ6C.js";
import "./chunk-AW4U3U2D.js";
import "./chunk-FA6EQWUK.js";
export {
  renderLegsMarkdown
};
