import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderMarkdownReport
} from "./chunk-2Q2OU47F.js";
import "./chunk-Z7DAAAQA.js";
import "./chunk-FA6EQWUK.js";
export {
  renderMarkdownReport
};
