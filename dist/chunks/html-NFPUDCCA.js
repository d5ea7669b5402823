import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CONTENT_SECURITY_POLICY,
  renderHtmlReport
} from "./chunk-JDETFAKX.js";
import "./chunk-2JSSKBTK.js";
import "./chunk-FA6EQWUK.js";
export {
  CONTENT_SECURITY_POLICY,
  renderHtmlReport
};
