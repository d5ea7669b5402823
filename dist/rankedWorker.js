import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  runRankedTaskSafely
} from "./chunks/chunk-C2TSBTK6.js";
import "./chunks/chunk-NEA5M7GT.js";
import "./chunks/chunk-FA6EQWUK.js";

// src/rankedWorker.ts
import { parentPort } from "node:worker_threads";
var send = (message) => parentPort?.postMessage(message);
parentPort?.on("message", (task) => send({ answer: runRankedTaskSafely(task, (part) => send({ part })) }));
