import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-3Z4MGNGT.js";
import "./chunk-OMYT7GQA.js";
import "./chunk-FA6EQWUK.js";
export {
  context,
  getOctokit
};
