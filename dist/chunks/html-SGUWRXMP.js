import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CONTENT_SECURITY_POLICY,
  renderHtmlReport
} from "./chunk-5RIXFZQ6.js";
import "./chunk-AW4U3U2D.js";
import "./chunk-FA6EQWUK.js";
export {
  CONTENT_SECURITY_POLICY,
  renderHtmlReport
};
