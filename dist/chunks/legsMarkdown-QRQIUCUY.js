import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderLegsMarkdown
} from "./chunk-FB54SS6O.js";
import "./chunk-2IDNUA6O.js";
import "./chunk-PB4TSMUK.js";
import "./chunk-FA6EQWUK.js";
export {
  renderLegsMarkdown
};
