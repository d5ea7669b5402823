import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderMarkdownReport
} from "./chunk-56C3ELMY.js";
import "./chunk-WIZFQIAR.js";
import "./chunk-FA6EQWUK.js";
export {
  renderMarkdownReport
};
