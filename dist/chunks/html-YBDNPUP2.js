import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CONTENT_SECURITY_POLICY,
  renderHtmlReport
} from "./chunk-T7RMPNJA.js";
import "./chunk-MTDMNUTI.js";
import "./chunk-FA6EQWUK.js";
export {
  CONTENT_SECURITY_POLICY,
  renderHtmlReport
};
