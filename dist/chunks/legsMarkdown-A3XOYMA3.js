import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderLegsMarkdown
} from "./chunk-EMZLRHVZ.js";
import "./chunk-3EXAFGFT.js";
import "./chunk-MTDMNUTI.js";
import "./chunk-FA6EQWUK.js";
export {
  renderLegsMarkdown
};
