import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CONTENT_SECURITY_POLICY,
  renderHtmlReport
} from "./chunk-3B6WP546.js";
import "./chunk-E6LWIQVA.js";
import "./chunk-FA6EQWUK.js";
export {
  CONTENT_SECURITY_POLICY,
  renderHtmlReport
};
