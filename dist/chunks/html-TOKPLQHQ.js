import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CONTENT_SECURITY_POLICY,
  renderHtmlReport
} from "./chunk-ZQ3Q6N3C.js";
import "./chunk-Z7DAAAQA.js";
import "./chunk-FA6EQWUK.js";
export {
  CONTENT_SECURITY_POLICY,
  renderHtmlReport
};
