import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderLegsMarkdown
} from "./chunk-HIJUJFXH.js";
import "./chunk-65XY6G5V.js";
import "./chunk-2JSSKBTK.js";
import "./chunk-FA6EQWUK.js";
export {
  renderLegsMarkdown
};
