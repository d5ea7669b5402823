import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  runSideTaskSafely
} from "./chunks/chunk-OGJX4DIA.js";
import "./chunks/chunk-FA6EQWUK.js";

// src/sideWorker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (task) => parentPort?.postMessage(runSideTaskSafely(task)));
