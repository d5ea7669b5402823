import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  setSecret
} from "./chunk-5XP3U6A7.js";
import {
  DEFAULTS,
  parsePositiveInteger,
  parseReadLimits
} from "./chunk-QGZBPG5S.js";
import {
  UserError
} from "./chunk-NEA5M7GT.js";

// src/action/secrets.ts
var secrets = [];
var CREDENTIAL_SHAPES = /\bgh[pousr]_[A-Za-z0-9_]{16,}|\bgithub_pat_[A-Za-z0-9_]{16,}|\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;
var INTRODUCED_CREDENTIAL = /\b(authorization["']?\s*[:=]\s*["']?(?:bearer|token|basic)?\s*|bearer\s+|token["']?\s*[:=]\s*["']?)[^\s"',;]{8,}/gi;
var URL_QUERY = /(\bhttps?:\/\/[^\s?#"'<>]+)\?[^\s#"'<>]*/gi;
function registerSecret(value) {
  if (!value || secrets.includes(value)) return;
  setSecret(value);
  secrets.push(value);
  secrets.sort((a, b) => b.length - a.length);
}
function redact(text2) {
  let clean = text2;
  for (const secret of secrets) clean = clean.split(secret).join("***");
  return clean.replace(CREDENTIAL_SHAPES, "***").replace(INTRODUCED_CREDENTIAL, "$1***").replace(URL_QUERY, "$1?***");
}

// src/action/settings.ts
var RETRY_MAX_ATTEMPTS = 4;
var RETRY_BASE_DELAY_MS = 1e3;
var RETRY_MAX_DELAY_FACTOR = 60;
var API_TIMEOUT_MS = 3e4;
var PROGRESS_INTERVAL_MS = 5e3;
function envMs(env, name, fallback, allowZero = false) {
  const raw = env[name];
  const value = Number(raw);
  return raw && Number.isFinite(value) && (value > 0 || allowZero && value === 0) ? value : fallback;
}
function apiTimeoutMs(env = process.env) {
  return envMs(env, "DUALRUN_API_TIMEOUT_MS", API_TIMEOUT_MS);
}
function retryBaseDelayMs(env = process.env) {
  return envMs(env, "DUALRUN_RETRY_BASE_MS", RETRY_BASE_DELAY_MS, true);
}
function progressIntervalMs(env = process.env) {
  return envMs(env, "DUALRUN_PROGRESS_INTERVAL_MS", PROGRESS_INTERVAL_MS, true);
}

// src/action/retry.ts
function retryPolicy(env = process.env) {
  const baseDelayMs = retryBaseDelayMs(env);
  return { attempts: RETRY_MAX_ATTEMPTS, baseDelayMs, maxDelayMs: baseDelayMs * RETRY_MAX_DELAY_FACTOR };
}
var RequestTimeoutError = class extends Error {
  constructor(timeoutMs) {
    super(`no answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
  timeoutMs;
  name = "RequestTimeoutError";
};
var TransientError = class extends Error {
  name = "TransientError";
};
function httpStatus(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function headersOf(error) {
  return error?.response?.headers ?? {};
}
function primaryRateLimitReset(error) {
  const status = httpStatus(error);
  const headers = headersOf(error);
  if (status !== 403 && status !== 429 || String(headers["x-ratelimit-remaining"]) !== "0" || headers["retry-after"] !== void 0) return void 0;
  const reset = Number(headers["x-ratelimit-reset"]);
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1e3) : new Date(Number.NaN);
}
function retryDelay(error, attempt, policy, now = Date.now()) {
  const backoff = Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
  if (error instanceof RequestTimeoutError || error instanceof TransientError) return backoff;
  const status = httpStatus(error);
  if (status === void 0) return void 0;
  const e = error;
  const headers = headersOf(error);
  const reset = primaryRateLimitReset(error);
  if (reset !== void 0 && !(reset.getTime() - now <= policy.maxDelayMs)) return void 0;
  const retryAfter = Number(headers["retry-after"]);
  const rateLimited = status === 429 || status === 403 && (headers["retry-after"] !== void 0 || String(headers["x-ratelimit-remaining"]) === "0" || /secondary rate limit/i.test(e.message ?? ""));
  if (status < 500 && !rateLimited) return void 0;
  const untilReset = reset !== void 0 ? Math.max(0, reset.getTime() - now) : 0;
  const wanted = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.max(retryAfter * 1e3, backoff) : Math.max(untilReset, backoff);
  return Math.min(wanted, policy.maxDelayMs);
}
function sleep(ms, signal) {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
async function withRetry(call, onRetry, policy = retryPolicy(), signal) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const delay = attempt + 1 < policy.attempts && !signal?.aborted ? retryDelay(error, attempt, policy) : void 0;
      if (delay === void 0) throw error;
      onRetry(error, delay);
      await sleep(delay, signal);
    }
  }
}
function isTransient(error) {
  return retryDelay(error, 0, { attempts: 2, baseDelayMs: 0, maxDelayMs: Number.POSITIVE_INFINITY }) !== void 0;
}
function mayHaveBeenApplied(error) {
  const status = httpStatus(error);
  return error instanceof RequestTimeoutError || status === void 0 || status >= 500;
}
async function createOnce(create, findCreated, onRetry, policy = retryPolicy()) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      const delay = attempt + 1 < policy.attempts ? retryDelay(error, attempt, policy) : void 0;
      if (delay !== void 0) onRetry(error, delay, mayHaveBeenApplied(error));
      if (delay !== void 0) await sleep(delay);
      if (mayHaveBeenApplied(error)) {
        const found = await findCreated();
        if (found !== void 0) return found;
      }
      if (delay === void 0) throw error;
    }
  }
}

// src/action/github.ts
var SEND_ONCE = { request: { dualrunSendOnce: true } };
async function createGitHubClient(token, onRetry) {
  const { getOctokit } = await import("./github-UXAS4BZ5.js");
  const client = getOctokit(token);
  const timeoutMs = apiTimeoutMs();
  client.hook.wrap("request", (request, options) => {
    const sendOnce = options.request?.dualrunSendOnce === true;
    return withRetry(
      async () => {
        const signal = AbortSignal.timeout(timeoutMs);
        options.request = { ...options.request, signal };
        try {
          return await request(options);
        } catch (error) {
          throw signal.aborted ? new RequestTimeoutError(timeoutMs) : error;
        }
      },
      (error, delayMs) => onRetry(redact(`${options.method} ${options.url} failed (${describeHttpError(error)}); retrying in ${delayMs} ms`)),
      sendOnce ? { ...retryPolicy(), attempts: 1 } : retryPolicy()
    );
  });
  return client;
}
function describeHttpError(error) {
  const e = error;
  const status = typeof e?.status === "number" ? `HTTP ${e.status}` : "";
  const message = typeof e?.message === "string" ? e.message.split("\n")[0] : String(error);
  return redact([status, message.slice(0, 300)].filter(Boolean).join(": ")).slice(0, 240);
}
function createRetryLine(what, error, delayMs, looksFirst) {
  return redact(`${what} failed (${describeHttpError(error)}); ${looksFirst ? "looking for what it may have made, then " : ""}retrying in ${delayMs} ms`);
}

// src/action/inputs.ts
var FailOn = /* @__PURE__ */ ((FailOn2) => {
  FailOn2["Error"] = "error";
  FailOn2["Warning"] = "warning";
  FailOn2["Never"] = "never";
  return FailOn2;
})(FailOn || {});
var CommentMode = /* @__PURE__ */ ((CommentMode2) => {
  CommentMode2["Update"] = "update";
  CommentMode2["New"] = "new";
  CommentMode2["Off"] = "off";
  return CommentMode2;
})(CommentMode || {});
function closedChoice(name, raw, choices, fallback) {
  if (raw === "") return fallback;
  const valid = Object.values(choices);
  const match = valid.find((choice) => choice === raw.toLowerCase());
  if (match === void 0) throw new UserError(`input ${name} must be one of ${valid.join(", ")}; got '${raw}'`);
  return match;
}
function booleanInput(name, raw, fallback) {
  switch (raw.toLowerCase()) {
    case "":
      return fallback;
    case "true":
      return true;
    case "false":
      return false;
    default:
      throw new UserError(`input ${name} must be true or false; got '${raw}'`);
  }
}
function positiveInteger(name, raw) {
  if (raw === "") return void 0;
  const value = parsePositiveInteger(raw);
  if (value === void 0) throw new UserError(`input ${name} must be a positive whole number; got '${raw}'`);
  return value;
}
var DURATION_UNITS_MS = { "": 1e3, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration(raw) {
  const match = /^(\d+(?:\.\d+)?)\s*([smh]?)$/i.exec(raw.trim());
  if (!match) return void 0;
  const ms = Math.round(Number(match[1]) * DURATION_UNITS_MS[match[2].toLowerCase()]);
  return ms > 0 && Number.isSafeInteger(ms) ? ms : void 0;
}
function duration(name, raw, fallbackMs) {
  if (raw === "") return fallbackMs;
  const ms = parseDuration(raw);
  if (ms === void 0) throw new UserError(`input ${name} must be a number of seconds or a duration such as 90s, 10m or 1h; got '${raw}'`);
  return ms;
}
function side(read, which, labelFallback) {
  const [artifactInput, pathInput, runIdInput, labelInput, runDirInput] = which === "left" ? ["left-artifact" /* LeftArtifact */, "left-path" /* LeftPath */, "left-run-id" /* LeftRunId */, "left-label" /* LeftLabel */, "left-run-dir" /* LeftRunDir */] : ["right-artifact" /* RightArtifact */, "right-path" /* RightPath */, "right-run-id" /* RightRunId */, "right-label" /* RightLabel */, "right-run-dir" /* RightRunDir */];
  const artifact = read(artifactInput);
  const path = read(pathInput);
  const label = read(labelInput) || labelFallback;
  if (artifact !== "" && path !== "") throw new UserError(`set either ${artifactInput} or ${pathInput}, not both`);
  if (artifact === "" && path === "") throw new UserError(`set ${artifactInput} (an artifact name) or ${pathInput} (a folder on disk)`);
  const runId = positiveInteger(runIdInput, read(runIdInput));
  const own = read(runDirInput);
  const shared = read("run-dir" /* RunDir */);
  const runDir = own || shared;
  const common = { label, runDirInput: own !== "" || shared === "" ? runDirInput : "run-dir" /* RunDir */, ...runDir !== "" && { runDir } };
  if (path !== "") {
    if (runId !== void 0) throw new UserError(`${runIdInput} applies to ${artifactInput} only, not to ${pathInput}`);
    return { kind: "path", path, ...common };
  }
  return { kind: "artifact", name: artifact, ...runId !== void 0 && { runId }, ...common };
}
var SIDE_INPUTS = ["left-artifact" /* LeftArtifact */, "right-artifact" /* RightArtifact */, "left-path" /* LeftPath */, "right-path" /* RightPath */, "left-run-id" /* LeftRunId */, "right-run-id" /* RightRunId */, "run-dir" /* RunDir */, "left-run-dir" /* LeftRunDir */, "right-run-dir" /* RightRunDir */];
function pairOrLegs(read) {
  const manifest = read("legs" /* Legs */);
  if (manifest.trim() === "") return { left: side(read, "left", DEFAULTS["left-label"]), right: side(read, "right", DEFAULTS["right-label"]) };
  const clashing = SIDE_INPUTS.filter((name) => read(name) !== "");
  if (clashing.length > 0) throw new UserError(`input ${"legs" /* Legs */} names every side in its manifest; drop ${clashing.join(", ")}`);
  return { legs: { manifest, maxParallel: positiveInteger("max-parallel-legs" /* MaxParallelLegs */, read("max-parallel-legs" /* MaxParallelLegs */)) ?? Number(DEFAULTS["max-parallel-legs"]) } };
}
function repository(raw, fallback) {
  const value = raw || fallback || "";
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value);
  if (!match) throw new UserError(`input ${"repository" /* Repository */} must be owner/name; got '${value}'`);
  return { owner: match[1], repo: match[2] };
}
function parseInputs(read, defaultRepository) {
  const optional = (name) => read(name) || void 0;
  const commentKey = read("comment-key" /* CommentKey */);
  const parsed = {
    repository: repository(read("repository" /* Repository */), defaultRepository),
    token: read("github-token" /* GitHubToken */),
    allowRunIdDrift: booleanInput("allow-run-id-drift" /* AllowRunIdDrift */, read("allow-run-id-drift" /* AllowRunIdDrift */), DEFAULTS["allow-run-id-drift"]),
    failOn: closedChoice("fail-on" /* FailOn */, read("fail-on" /* FailOn */), FailOn, DEFAULTS["fail-on"]),
    comment: closedChoice("comment" /* Comment */, read("comment" /* Comment */), CommentMode, DEFAULTS.comment),
    commentKey: commentKey || "default",
    checkName: read("check-name" /* CheckName */) || (commentKey ? `dualrun (${commentKey})` : "dualrun"),
    limits: parseReadLimits(
      { ["max-file-size" /* MaxFileSize */]: read("max-file-size" /* MaxFileSize */), ["max-artifact-size" /* MaxArtifactSize */]: read("max-artifact-size" /* MaxArtifactSize */), ["max-files" /* MaxFiles */]: read("max-files" /* MaxFiles */) },
      (name) => `input ${name}`
    ),
    downloadTimeoutMs: duration("download-timeout" /* DownloadTimeout */, read("download-timeout" /* DownloadTimeout */), parseDuration(DEFAULTS["download-timeout"]))
  };
  const policyFile = optional("policy" /* Policy */);
  const schemasDir = optional("schemas" /* Schemas */);
  const prNumber = positiveInteger("pr-number" /* PrNumber */, read("pr-number" /* PrNumber */));
  return {
    ...parsed,
    ...pairOrLegs(read),
    ...policyFile !== void 0 && { policyFile },
    ...schemasDir !== void 0 && { schemasDir },
    ...prNumber !== void 0 && { prNumber }
  };
}

// src/action/limits.ts
var COMMENT_BODY_MAX_CHARS = 65536;
var CHECK_RUN_OUTPUT_MAX_BYTES = 65535;
var CHECK_RUN_TITLE_MAX_CHARS = 255;
var ANNOTATIONS_PER_REQUEST = 50;
var ANNOTATIONS_MAX_TOTAL = 1e3;
var ANNOTATION_MESSAGE_MAX_BYTES = 64 * 1024;
var ANNOTATION_TITLE_MAX_CHARS = 255;
var JOB_SUMMARY_MAX_BYTES = 1024 * 1024;
var COMMENTS_PER_PAGE = 100;
var CHECK_RUNS_PER_PAGE = 100;
function utf8Bytes(text2) {
  return Buffer.byteLength(text2, "utf8");
}

// src/action/checkRun.ts
function checkRunExternalId(runId, runAttempt, job) {
  return `dualrun:${runId}:${runAttempt}:${job}`;
}
async function findCheckRun(client, target, wanted = () => true) {
  const runs = await client.paginate(client.rest.checks.listForRef, {
    owner: target.owner,
    repo: target.repo,
    ref: target.headSha,
    check_name: target.name,
    filter: "all",
    per_page: CHECK_RUNS_PER_PAGE
  });
  const ours = runs.find((r) => r.external_id === target.externalId && wanted(r.status));
  return ours && { id: ours.id, url: ours.html_url ?? void 0 };
}
var isCompleted = (status) => status === "completed";
var retryLine = (what, log) => (error, delayMs, looksFirst) => log.retry(createRetryLine(what, error, delayMs, looksFirst));
async function startCheckRun(client, target, log) {
  const where = { owner: target.owner, repo: target.repo };
  return createOnce(
    async () => {
      const { data } = await client.rest.checks.create({
        ...where,
        name: target.name,
        head_sha: target.headSha,
        external_id: target.externalId,
        status: "in_progress",
        started_at: (/* @__PURE__ */ new Date()).toISOString(),
        ...SEND_ONCE
      });
      return { id: data.id, url: data.html_url ?? void 0 };
    },
    () => findCheckRun(client, target),
    retryLine("creating the check run", log)
  );
}
function annotationBatches(annotations) {
  const batches = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return batches;
}
var output = (result, annotations, summary = result.summary) => ({
  title: result.title,
  summary,
  ...annotations && annotations.length > 0 && { annotations }
});
async function appendAnnotations(client, target, id, result, batches, log) {
  let sent = 0;
  for (const batch of batches) {
    try {
      await client.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: id, output: output(result, batch) });
      sent += batch.length;
    } catch (error) {
      if (httpStatus(error) === 404) throw error;
      const total = batches.reduce((n, b) => n + b.length, 0);
      log.warn(`dualrun could not add annotations to check run ${id} (${describeHttpError(error)}); ${sent} of ${total} sent, completing it without the rest`);
      break;
    }
  }
  return sent;
}
async function sendCompletion(client, target, id, result, last, log) {
  const completion = { owner: target.owner, repo: target.repo, check_run_id: id, status: "completed", conclusion: result.conclusion, completed_at: (/* @__PURE__ */ new Date()).toISOString() };
  try {
    await client.rest.checks.update({ ...completion, output: output(result, last) });
  } catch (error) {
    if (httpStatus(error) === 404) throw error;
    const refused = httpStatus(error) === 422 ? "GitHub refused the summary of" : "could not complete";
    log.warn(`dualrun: ${refused} check run ${id} (${describeHttpError(error)}); completing it with a short summary`);
    await client.rest.checks.update({ ...completion, output: output(result, void 0, result.fallbackSummary) });
  }
}
async function completeCheckRun(client, target, run, result, log) {
  const batches = annotationBatches(result.annotations);
  try {
    const sent = await appendAnnotations(client, target, run.id, result, batches.slice(0, -1), log);
    const allBefore = sent === batches.slice(0, -1).reduce((n, b) => n + b.length, 0);
    await sendCompletion(client, target, run.id, result, allBefore ? batches.at(-1) : void 0, log);
    return run;
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
    log.warn(`dualrun: check run ${run.id} cannot be updated (${describeHttpError(error)}); creating a completed one in its place`);
    return createCompletedCheckRun(client, target, result, batches, log);
  }
}
async function createCompletedCheckRun(client, target, result, batches, log) {
  const created = await createOnce(
    async () => {
      const { data } = await client.rest.checks.create({
        owner: target.owner,
        repo: target.repo,
        name: target.name,
        head_sha: target.headSha,
        external_id: target.externalId,
        status: "completed",
        conclusion: result.conclusion,
        completed_at: (/* @__PURE__ */ new Date()).toISOString(),
        output: output(result, batches[0]),
        ...SEND_ONCE
      });
      return { id: data.id, url: data.html_url ?? void 0 };
    },
    () => findCheckRun(client, target, isCompleted),
    retryLine("creating the completed check run", log)
  );
  await appendAnnotations(client, target, created.id, result, batches.slice(1), log);
  return created;
}
async function deliverWithoutStart(client, target, startError, result, log) {
  const made = mayHaveBeenApplied(startError) ? await findCheckRun(client, target) : void 0;
  if (made !== void 0) return completeCheckRun(client, target, made, result, log);
  return createCompletedCheckRun(client, target, result, annotationBatches(result.annotations), log);
}
async function completeIfInProgress(client, target, id, result, log) {
  const open = id === void 0 ? await findCheckRun(client, target, (status) => !isCompleted(status)) : await client.rest.checks.get({ owner: target.owner, repo: target.repo, check_run_id: id }).then(
    ({ data }) => isCompleted(data.status) ? void 0 : { id: data.id, url: data.html_url ?? void 0 },
    (error) => {
      if (httpStatus(error) === 404) return void 0;
      throw error;
    }
  );
  if (open === void 0) return void 0;
  await sendCompletion(client, target, open.id, result, void 0, log);
  return open;
}

// src/action/postState.ts
function saveCheckRun(core, run) {
  core.saveState("check-run" /* CheckRun */, JSON.stringify(run));
}
function saveCheckRunConclusion(core, conclusion) {
  core.saveState("check-run-conclusion" /* Conclusion */, conclusion);
}
function saveCheckRunCompleted(core) {
  core.saveState("check-run-completed" /* Completed */, "true");
}
var CONCLUSIONS = ["success", "failure", "neutral", "cancelled"];
var text = (value) => typeof value === "string" && value !== "";
function readUnfinishedCheckRun(getState) {
  if (getState("check-run-completed" /* Completed */) === "true") return void 0;
  const saved = getState("check-run" /* CheckRun */);
  if (saved === "") return void 0;
  let value;
  try {
    value = JSON.parse(saved);
  } catch {
    return void 0;
  }
  const { target, id } = value ?? {};
  if (target === void 0 || !text(target.owner) || !text(target.repo) || !text(target.name) || !text(target.headSha) || !text(target.externalId)) return void 0;
  const run = { target: { owner: target.owner, repo: target.repo, name: target.name, headSha: target.headSha, externalId: target.externalId } };
  if (typeof id === "number" && Number.isSafeInteger(id) && id > 0) run.id = id;
  const conclusion = getState("check-run-conclusion" /* Conclusion */);
  return { run, conclusion: CONCLUSIONS.includes(conclusion) ? conclusion : void 0 };
}

export {
  apiTimeoutMs,
  progressIntervalMs,
  retryPolicy,
  RequestTimeoutError,
  TransientError,
  httpStatus,
  primaryRateLimitReset,
  withRetry,
  isTransient,
  createOnce,
  registerSecret,
  redact,
  SEND_ONCE,
  createGitHubClient,
  describeHttpError,
  createRetryLine,
  parseInputs,
  COMMENT_BODY_MAX_CHARS,
  CHECK_RUN_OUTPUT_MAX_BYTES,
  CHECK_RUN_TITLE_MAX_CHARS,
  ANNOTATIONS_MAX_TOTAL,
  ANNOTATION_MESSAGE_MAX_BYTES,
  ANNOTATION_TITLE_MAX_CHARS,
  JOB_SUMMARY_MAX_BYTES,
  COMMENTS_PER_PAGE,
  utf8Bytes,
  checkRunExternalId,
  startCheckRun,
  completeCheckRun,
  deliverWithoutStart,
  completeIfInProgress,
  saveCheckRun,
  saveCheckRunConclusion,
  saveCheckRunCompleted,
  readUnfinishedCheckRun
};
