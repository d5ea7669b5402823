import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  runSideTaskSafely
} from "./chunks/chunk-7EBBBIMJ.js";
import "./chunks/chunk-FA6EQWUK.js";

// src/sideWorker.ts
import { parentPort } from "node:worker_threads";
if (process.env.DUALRUN_TEST_WORKER_CRASH === "1") process.exit(70);
parentPort?.on("message", (task) => parentPort?.postMessage(runSideTaskSafely(task)));
