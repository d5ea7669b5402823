import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  completeIfInProgress,
  createGitHubClient,
  describeHttpError,
  readUnfinishedCheckRun,
  redact,
  registerSecret
} from "./chunks/chunk-IJUDN2KT.js";
import {
  getInput,
  getState,
  info,
  warning
} from "./chunks/chunk-5XP3U6A7.js";
import {
  unfinishedCheckRunView
} from "./chunks/chunk-QGZBPG5S.js";
import "./chunks/chunk-XHST7S6G.js";
import "./chunks/chunk-7DAWHY66.js";
import "./chunks/chunk-E6LWIQVA.js";
import "./chunks/chunk-NEA5M7GT.js";
import "./chunks/chunk-FA6EQWUK.js";

// src/action/post.ts
async function runPost() {
  const unfinished = readUnfinishedCheckRun((name) => getState(name));
  if (unfinished === void 0) return;
  const token = getInput("github-token" /* GitHubToken */);
  if (!token) return;
  registerSecret(token);
  const { run, conclusion = "cancelled" } = unfinished;
  const log = { retry: (message) => info(redact(message)), warn: (message) => warning(redact(message)) };
  try {
    const client = await createGitHubClient(token, log.retry);
    const done = await completeIfInProgress(client, run.target, run.id, { conclusion, ...unfinishedCheckRunView(unfinished.conclusion) }, log);
    if (done !== void 0) info(`dualrun: the step left check run ${done.id} in progress; completed it as ${conclusion}`);
  } catch (error) {
    warning(redact(`dualrun could not complete the check run the step left in progress: ${describeHttpError(error)}`));
  }
}

// src/post.ts
await runPost();
