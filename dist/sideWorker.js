import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  runSideTaskSafely
} from "./chunks/chunk-IOQVOH4B.js";
import "./chunks/chunk-FA6EQWUK.js";

// src/sideWorker.ts
import { parentPort } from "node:worker_threads";
var send = (message) => parentPort?.postMessage(message);
parentPort?.on("message", (task) => send({ answer: runSideTaskSafely(task, (part) => send({ part })) }));
