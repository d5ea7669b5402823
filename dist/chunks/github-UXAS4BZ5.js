import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-TXWLEQWF.js";
import "./chunk-FA6EQWUK.js";
export {
  context,
  getOctokit
};
