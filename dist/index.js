import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  debug,
  error,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  warning
} from "./chunks/chunk-RT6V3FCV.js";
import {
  BYTE_SIZE_FORMS,
  DEFAULT_LIMITS,
  REFUSED_ENTRIES_LISTED,
  UserError,
  ZipRefusedError,
  buildReport,
  compareRuns,
  extractZip,
  finding,
  formatBytes,
  loadPolicy,
  oneLine,
  parseByteSize,
  renderJson
} from "./chunks/chunk-YZSLKEOD.js";
import "./chunks/chunk-ZKOSYENW.js";
import {
  renderHtmlReport
} from "./chunks/chunk-CSAN73OT.js";
import {
  renderMarkdownReport
} from "./chunks/chunk-2IDNUA6O.js";
import {
  markerKey,
  mdText,
  plainText,
  shorten,
  shortenTo,
  singleLine
} from "./chunks/chunk-PB4TSMUK.js";
import "./chunks/chunk-OMYT7GQA.js";
import "./chunks/chunk-FA6EQWUK.js";

// src/action/main.ts
import { mkdtemp as mkdtemp2, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/render/annotations.ts
var VALUE_MAX_CHARS = 500;
var MESSAGE_MAX_CHARS = 4096;
function quoteValue(value) {
  return value === void 0 ? "absent" : JSON.stringify(value);
}
function causeTitles(causes, parent = "") {
  const titles = /* @__PURE__ */ new Map();
  for (const cause of causes) {
    const title = `${parent}${cause.title}`;
    for (const id of cause.changes) titles.set(id, title);
    for (const [id, inner] of causeTitles(cause.consequences ?? [], `${title} \u2192 `)) titles.set(id, inner);
  }
  return titles;
}
function annotationFor(report, f, paths, causes, limits) {
  const location = [f.side ? `${report[f.side].label} only` : "", f.job !== void 0 ? `job ${f.job}` : "", f.field ?? "", f.pointer ?? ""].filter(Boolean).join(" ");
  const title = `${f.kind}: ${f.artifact}${location ? ` ${location}` : ""}`;
  const lines = [f.message];
  if (f.left !== void 0 || f.right !== void 0) {
    lines.push(`${report.left.label}: ${shorten(quoteValue(f.left), VALUE_MAX_CHARS)}`, `${report.right.label}: ${shorten(quoteValue(f.right), VALUE_MAX_CHARS)}`);
  }
  const cause = f.change !== void 0 ? causes.get(f.change) : void 0;
  if (cause !== void 0) lines.push(`cause: ${shorten(cause, VALUE_MAX_CHARS)}`);
  return {
    path: singleLine(f.path ?? paths.get(f.artifact) ?? f.artifact),
    start_line: 1,
    end_line: 1,
    annotation_level: f.severity === "error" ? "failure" : "warning",
    title: shortenTo(plainText(singleLine(title), limits.title.maxSize), limits.title),
    message: shortenTo(plainText(lines.map(singleLine).join("\n"), MESSAGE_MAX_CHARS), limits.message)
  };
}
function renderAnnotations(report, limits) {
  const paths = new Map(report.presence.map((row) => [row.artifact, row.path]));
  const causes = causeTitles(report.causes ?? []);
  const shown = report.findings.slice(0, Math.max(0, limits.maxAnnotations));
  return {
    annotations: shown.map((f) => annotationFor(report, f, paths, causes, limits)),
    omitted: report.findings.length - shown.length
  };
}

// src/action/artifacts.ts
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";

// src/action/settings.ts
var RETRY_MAX_ATTEMPTS = 4;
var RETRY_BASE_DELAY_MS = 1e3;
var RETRY_MAX_DELAY_FACTOR = 60;
var API_TIMEOUT_MS = 3e4;
var DOWNLOAD_TIMEOUT_DEFAULT_S = 600;
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
function httpStatus(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
}
function headersOf(error2) {
  return error2?.response?.headers ?? {};
}
function primaryRateLimitReset(error2) {
  const status = httpStatus(error2);
  const headers = headersOf(error2);
  if (status !== 403 && status !== 429 || String(headers["x-ratelimit-remaining"]) !== "0" || headers["retry-after"] !== void 0) return void 0;
  const reset = Number(headers["x-ratelimit-reset"]);
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1e3) : new Date(Number.NaN);
}
function retryDelay(error2, attempt, policy, now = Date.now()) {
  const backoff = Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
  if (error2 instanceof RequestTimeoutError || error2 instanceof TransientError) return backoff;
  const status = httpStatus(error2);
  if (status === void 0) return void 0;
  const e = error2;
  const headers = headersOf(error2);
  const reset = primaryRateLimitReset(error2);
  if (reset !== void 0 && !(reset.getTime() - now <= policy.maxDelayMs)) return void 0;
  const retryAfter = Number(headers["retry-after"]);
  const rateLimited = status === 429 || status === 403 && (headers["retry-after"] !== void 0 || String(headers["x-ratelimit-remaining"]) === "0" || /secondary rate limit/i.test(e.message ?? ""));
  if (status < 500 && !rateLimited) return void 0;
  const untilReset = reset !== void 0 ? Math.max(0, reset.getTime() - now) : 0;
  const wanted = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.max(retryAfter * 1e3, backoff) : Math.max(untilReset, backoff);
  return Math.min(wanted, policy.maxDelayMs);
}
function sleep(ms, signal) {
  return new Promise((resolve2) => {
    if (signal?.aborted) return resolve2();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve2();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
async function withRetry(call, onRetry, policy = retryPolicy(), signal) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error2) {
      const delay = attempt + 1 < policy.attempts && !signal?.aborted ? retryDelay(error2, attempt, policy) : void 0;
      if (delay === void 0) throw error2;
      onRetry(error2, delay);
      await sleep(delay, signal);
    }
  }
}
function mayHaveBeenApplied(error2) {
  const status = httpStatus(error2);
  return error2 instanceof RequestTimeoutError || status === void 0 || status >= 500;
}
async function createOnce(create, findCreated, onRetry, policy = retryPolicy()) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await create();
    } catch (error2) {
      const delay = attempt + 1 < policy.attempts ? retryDelay(error2, attempt, policy) : void 0;
      if (delay !== void 0) onRetry(error2, delay, mayHaveBeenApplied(error2));
      if (delay !== void 0) await sleep(delay);
      if (mayHaveBeenApplied(error2)) {
        const found = await findCreated();
        if (found !== void 0) return found;
      }
      if (delay === void 0) throw error2;
    }
  }
}

// src/action/http.ts
var HttpStatusError = class extends Error {
  constructor(status, message, headers) {
    super(message);
    this.status = status;
    this.response = { headers: Object.fromEntries(headers.entries()) };
  }
  status;
  name = "HttpStatusError";
  response;
};
async function answerMessage(response) {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text);
    const message = typeof body.message === "string" ? body.message : typeof body.msg === "string" ? body.msg : "";
    if (message) return message.split("\n")[0].slice(0, 200);
  } catch {
  }
  return response.statusText || `HTTP ${response.status}`;
}
function networkCause(error2) {
  const cause = error2?.cause;
  if (typeof cause?.code === "string") return cause.code;
  if (typeof cause?.message === "string") return cause.message;
  return error2 instanceof Error ? error2.message : String(error2);
}
async function send(url, init, timeoutMs, deadline) {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.any([timeout, deadline]) });
  } catch (error2) {
    if (deadline.aborted) throw deadline.reason;
    if (timeout.aborted) throw new RequestTimeoutError(timeoutMs);
    throw new TransientError(`connection failed (${networkCause(error2)})`);
  }
  const redirected = init.acceptRedirect === true && response.status >= 300 && response.status < 400;
  if (!response.ok && !redirected) throw new HttpStatusError(response.status, await answerMessage(response), response.headers);
  return response;
}
async function sendForJson(url, init, timeoutMs, deadline) {
  const response = await send(url, init, timeoutMs, deadline);
  try {
    return await response.json();
  } catch (error2) {
    if (deadline.aborted) throw deadline.reason;
    throw new TransientError(`the answer could not be read (${networkCause(error2)})`);
  }
}

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
function redact(text) {
  let clean = text;
  for (const secret of secrets) clean = clean.split(secret).join("***");
  return clean.replace(CREDENTIAL_SHAPES, "***").replace(INTRODUCED_CREDENTIAL, "$1***").replace(URL_QUERY, "$1?***");
}

// src/action/artifactService.ts
var TWIRP_SERVICE = "github.actions.results.api.v1.ArtifactService";
var USER_AGENT = "dualrun";
function resultsAccess(env = process.env) {
  const token = env["ACTIONS_RUNTIME_TOKEN"];
  const url = env["ACTIONS_RESULTS_URL"];
  if (!token || !url) throw new Error("ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set: artifacts of this run can only be read by a step running on an Actions runner");
  let scopes = "";
  try {
    scopes = String(JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")).scp ?? "");
  } catch {
  }
  const results = scopes.split(" ").find((s) => s.startsWith("Actions.Results:"));
  const [, runBackendId, jobBackendId] = results?.split(":") ?? [];
  if (!runBackendId || !jobBackendId) throw new Error("ACTIONS_RUNTIME_TOKEN carries no Actions.Results scope; artifacts of this run cannot be read");
  return { origin: new URL(url).origin, token, runBackendId, jobBackendId };
}
async function twirp(method, body, bounds) {
  const access = resultsAccess();
  return sendForJson(
    `${access.origin}/twirp/${TWIRP_SERVICE}/${method}`,
    {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${access.token}`, "user-agent": USER_AGENT },
      body: JSON.stringify({ workflow_run_backend_id: access.runBackendId, workflow_job_run_backend_id: access.jobBackendId, ...body })
    },
    bounds.timeoutMs,
    bounds.deadline
  );
}
function apiUrl(path) {
  return `${(process.env["GITHUB_API_URL"] || "https://api.github.com").replace(/\/+$/, "")}${path}`;
}
function restHeaders(token) {
  return { authorization: `token ${token}`, accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28", "user-agent": USER_AGENT };
}
function newest(list) {
  return [...list].sort((a, b) => b.id - a.id)[0];
}
async function listArtifacts(location, name, bounds) {
  if (location.runId === void 0) {
    const { artifacts: artifacts2 } = await twirp("ListArtifacts", name === void 0 ? {} : { name_filter: name }, bounds);
    return (artifacts2 ?? []).map((a) => ({ id: Number(a.database_id), name: a.name, size: Number(a.size), ...a.digest && { digest: a.digest }, expired: false }));
  }
  const { owner, repo } = location.repository;
  const query = new URLSearchParams({ per_page: "100", ...name !== void 0 && { name } });
  const { artifacts } = await sendForJson(
    apiUrl(`/repos/${owner}/${repo}/actions/runs/${location.runId}/artifacts?${query}`),
    { headers: restHeaders(location.token) },
    bounds.timeoutMs,
    bounds.deadline
  );
  return (artifacts ?? []).map((a) => ({ id: a.id, name: a.name, size: a.size_in_bytes, ...a.digest && { digest: a.digest }, expired: a.expired }));
}
async function findArtifact(location, bounds) {
  return newest((await listArtifacts(location, location.name, bounds)).filter((a) => a.name === location.name));
}
function maskSignature(url) {
  for (const [key, value] of new URL(url).searchParams) if (/sig|signature|token|credential/i.test(key)) registerSecret(value);
}
async function signedZipUrl(location, artifact, bounds) {
  let url;
  if (location.runId === void 0) {
    url = (await twirp("GetSignedArtifactURL", { name: artifact.name }, bounds)).signed_url ?? "";
  } else {
    const { owner, repo } = location.repository;
    const response = await send(
      apiUrl(`/repos/${owner}/${repo}/actions/artifacts/${artifact.id}/zip`),
      { headers: restHeaders(location.token), redirect: "manual", acceptRedirect: true },
      bounds.timeoutMs,
      bounds.deadline
    );
    await response.body?.cancel();
    url = response.headers.get("location") ?? "";
    if (!url) throw new HttpStatusError(response.status, `the /zip answer (HTTP ${response.status}) has no redirect`, response.headers);
  }
  if (!url) throw new Error("the results service answered without a signed URL");
  maskSignature(url);
  return url;
}

// src/action/blobDownload.ts
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
var DigestMismatchError = class extends TransientError {
  constructor(recorded, received) {
    super(`the zip's digest ${received} is not the recorded ${recorded}`);
    this.recorded = recorded;
    this.received = received;
  }
  recorded;
  received;
  name = "DigestMismatchError";
};
function progressText(received, total) {
  const percent = total > 0 ? ` (${Math.min(100, Math.floor(received / total * 100))}%)` : "";
  return `${formatBytes(received)} of ${formatBytes(total)}${percent}`;
}
async function downloadBlob(d) {
  const stall = new AbortController();
  let timer = setTimeout(() => stall.abort(), d.stallMs);
  const keepAlive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stall.abort(), d.stallMs);
  };
  let received = 0;
  const failure = (error2, during) => {
    if (d.deadline.aborted) return d.deadline.reason;
    if (stall.signal.aborted) return new TransientError(`no data for ${d.stallMs} ms ${during}, at ${progressText(received, d.size)}`);
    if (error2 instanceof HttpStatusError || error2 instanceof TransientError) return error2;
    return new TransientError(`connection lost ${during} at ${progressText(received, d.size)} (${networkCause(error2)})`);
  };
  const out = createWriteStream(d.file);
  const closed = once(out, "close");
  try {
    d.stage("waiting for blob storage to answer");
    let response;
    try {
      response = await fetch(d.url, { signal: AbortSignal.any([stall.signal, d.deadline]) });
    } catch (error2) {
      throw failure(error2, "waiting for blob storage to answer");
    }
    if (!response.ok || !response.body) throw new HttpStatusError(response.status, `blob storage answered HTTP ${response.status}`, response.headers);
    keepAlive();
    const announced = Number(response.headers.get("content-length") ?? Number.NaN);
    const hash = createHash("sha256");
    let lastReport = Date.now();
    try {
      for await (const chunk of response.body) {
        keepAlive();
        received += chunk.length;
        hash.update(chunk);
        if (!out.write(chunk)) await once(out, "drain");
        d.stage(`receiving the zip from blob storage, at ${progressText(received, d.size)}`);
        if (Date.now() - lastReport >= d.progressIntervalMs) {
          lastReport = Date.now();
          d.progress(progressText(received, d.size));
        }
      }
    } catch (error2) {
      throw failure(error2, "receiving the zip");
    }
    const expected = Number.isFinite(announced) ? announced : d.size;
    if (received !== expected || d.size > 0 && received !== d.size) {
      throw new TransientError(`the zip ended after ${formatBytes(received)} instead of ${formatBytes(Number.isFinite(announced) ? announced : d.size)}`);
    }
    const digest = `sha256:${hash.digest("hex")}`;
    if (d.digest !== void 0 && d.digest.toLowerCase().replace(/^sha256:/, "") !== digest.slice("sha256:".length)) throw new DigestMismatchError(d.digest, digest);
  } finally {
    clearTimeout(timer);
    out.end();
    await closed;
  }
}

// src/action/github.ts
var SEND_ONCE = { request: { dualrunSendOnce: true } };
async function createGitHubClient(token, onRetry) {
  const { getOctokit } = await import("./chunks/github-JJFIURHM.js");
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
        } catch (error2) {
          throw signal.aborted ? new RequestTimeoutError(timeoutMs) : error2;
        }
      },
      (error2, delayMs) => onRetry(redact(`${options.method} ${options.url} failed (${describeHttpError(error2)}); retrying in ${delayMs} ms`)),
      sendOnce ? { ...retryPolicy(), attempts: 1 } : retryPolicy()
    );
  });
  return client;
}
function describeHttpError(error2) {
  const e = error2;
  const status = typeof e?.status === "number" ? `HTTP ${e.status}` : "";
  const message = typeof e?.message === "string" ? e.message.split("\n")[0] : String(error2);
  return redact([status, message.slice(0, 300)].filter(Boolean).join(": ")).slice(0, 240);
}
function createRetryLine(what, error2, delayMs, looksFirst) {
  return redact(`${what} failed (${describeHttpError(error2)}); ${looksFirst ? "looking for what it may have made, then " : ""}retrying in ${delayMs} ms`);
}

// src/action/hints.ts
function rateLimitHint(reset, now = Date.now()) {
  if (Number.isNaN(reset.getTime())) return "the API rate limit of the github-token is exhausted";
  const minutes = Math.max(0, Math.ceil((reset.getTime() - now) / 6e4));
  return `the API rate limit of the github-token is exhausted; it resets at ${reset.toISOString().replace(/\.\d{3}Z$/, "Z")} (in ${minutes} min)`;
}
var NOT_ACCESSIBLE = /resource not accessible by (integration|personal access token)/i;
function failureHint(error2, permission, fromFork) {
  const reset = primaryRateLimitReset(error2);
  if (reset !== void 0) return ` (${rateLimitHint(reset)})`;
  const status = httpStatus(error2);
  const message = String(error2?.message ?? "");
  if (status === 403 && fromFork) return " (the token is read-only on a pull request from a fork; see the workflow_run pattern in the README)";
  if (status === 403 && NOT_ACCESSIBLE.test(message)) return ` (the github-token lacks ${permission}; grant it in the job's permissions)`;
  if (status === 404) return " (it no longer exists, or the token cannot see it)";
  return "";
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
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw new UserError(`input ${name} must be a positive whole number; got '${raw}'`);
  return Number(raw);
}
function byteSize(name, raw, fallback) {
  if (raw === "") return fallback;
  const bytes = parseByteSize(raw);
  if (bytes === void 0) throw new UserError(`input ${name} must be ${BYTE_SIZE_FORMS}; got '${raw}'`);
  return bytes;
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
  const [artifactInput, pathInput, runIdInput, labelInput] = which === "left" ? ["left-artifact" /* LeftArtifact */, "left-path" /* LeftPath */, "left-run-id" /* LeftRunId */, "left-label" /* LeftLabel */] : ["right-artifact" /* RightArtifact */, "right-path" /* RightPath */, "right-run-id" /* RightRunId */, "right-label" /* RightLabel */];
  const artifact = read(artifactInput);
  const path = read(pathInput);
  const label = read(labelInput) || labelFallback;
  if (artifact !== "" && path !== "") throw new UserError(`set either ${artifactInput} or ${pathInput}, not both`);
  if (artifact === "" && path === "") throw new UserError(`set ${artifactInput} (an artifact name) or ${pathInput} (a folder on disk)`);
  const runId = positiveInteger(runIdInput, read(runIdInput));
  if (path !== "") {
    if (runId !== void 0) throw new UserError(`${runIdInput} applies to ${artifactInput} only, not to ${pathInput}`);
    return { kind: "path", path, label };
  }
  return runId === void 0 ? { kind: "artifact", name: artifact, label } : { kind: "artifact", name: artifact, runId, label };
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
    left: side(read, "left", "aws"),
    right: side(read, "right", "on-prem"),
    repository: repository(read("repository" /* Repository */), defaultRepository),
    token: read("github-token" /* GitHubToken */),
    allowRunIdDrift: booleanInput("allow-run-id-drift" /* AllowRunIdDrift */, read("allow-run-id-drift" /* AllowRunIdDrift */), true),
    failOn: closedChoice("fail-on" /* FailOn */, read("fail-on" /* FailOn */), FailOn, "error" /* Error */),
    comment: closedChoice("comment" /* Comment */, read("comment" /* Comment */), CommentMode, "update" /* Update */),
    commentKey: commentKey || "default",
    checkName: read("check-name" /* CheckName */) || (commentKey ? `dualrun (${commentKey})` : "dualrun"),
    limits: {
      maxFileBytes: byteSize("max-file-size" /* MaxFileSize */, read("max-file-size" /* MaxFileSize */), DEFAULT_LIMITS.maxFileBytes),
      maxTotalBytes: byteSize("max-artifact-size" /* MaxArtifactSize */, read("max-artifact-size" /* MaxArtifactSize */), DEFAULT_LIMITS.maxTotalBytes),
      maxFiles: positiveInteger("max-files" /* MaxFiles */, read("max-files" /* MaxFiles */)) ?? DEFAULT_LIMITS.maxFiles
    },
    downloadTimeoutMs: duration("download-timeout" /* DownloadTimeout */, read("download-timeout" /* DownloadTimeout */), DOWNLOAD_TIMEOUT_DEFAULT_S * 1e3)
  };
  const runDir = optional("run-dir" /* RunDir */);
  const policyFile = optional("policy" /* Policy */);
  const schemasDir = optional("schemas" /* Schemas */);
  const prNumber = positiveInteger("pr-number" /* PrNumber */, read("pr-number" /* PrNumber */));
  return {
    ...parsed,
    ...runDir !== void 0 && { runDir },
    ...policyFile !== void 0 && { policyFile },
    ...schemasDir !== void 0 && { schemasDir },
    ...prNumber !== void 0 && { prNumber }
  };
}

// src/action/artifacts.ts
var RUN_DIR_MARKER = "run_summary.v1.json";
var RUN_DIR_SEARCH_DEPTH = 6;
var ArtifactError = class extends UserError {
  constructor(message, kind = "unreadable", problems = [message]) {
    super(message);
    this.kind = kind;
    this.problems = problems;
  }
  kind;
  problems;
  name = "ArtifactError";
};
var LIMIT_INPUT = {
  maxFileBytes: "max-file-size" /* MaxFileSize */,
  maxTotalBytes: "max-artifact-size" /* MaxArtifactSize */,
  maxFiles: "max-files" /* MaxFiles */
};
var BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
function quoteEntryName(name) {
  return JSON.stringify(shorten(name, 160)).replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function refusalError(where, refusal, limits) {
  switch (refusal.reason) {
    case "limit": {
      const input = LIMIT_INPUT[refusal.limit];
      const limit = limits[refusal.limit];
      const what = refusal.limit === "maxFiles" ? `holds ${refusal.value.toLocaleString("en-US")} entries, over the ${input} limit of ${limit.toLocaleString("en-US")}` : refusal.limit === "maxFileBytes" ? `holds entry ${quoteEntryName(refusal.entry ?? "")} of ${formatBytes(refusal.value)}, over the ${input} limit of ${formatBytes(limit)}` : `holds more than ${formatBytes(limit)} once extracted, over the ${input} limit`;
      return new ArtifactError(`${where} ${what}; refused before extraction (raise ${input} to accept it)`);
    }
    case "ratio":
      return new ArtifactError(
        `${where} holds entry ${quoteEntryName(refusal.entry)} that declares ${formatBytes(refusal.uncompressed)} from ${formatBytes(refusal.compressed)} compressed, more than deflate can produce (a zip bomb); refused before extraction`
      );
    case "corrupt":
      return new ArtifactError(`${where} is not a zip that can be read safely (${refusal.detail}); refused`);
    case "unsafe": {
      const listed = refusal.entries.slice(0, REFUSED_ENTRIES_LISTED);
      const more = refusal.entries.length - listed.length;
      const names = listed.map((e) => quoteEntryName(e.name)).join(", ") + (more > 0 ? ` and ${more} more` : "");
      return new ArtifactError(
        `${where} holds ${refusal.entries.length} unsafe ${refusal.entries.length === 1 ? "entry" : "entries"} (${names}); refused: nothing of it was extracted`,
        "unsafe-path",
        [...listed.map((e) => `${where}: entry ${quoteEntryName(e.name)} ${e.problem}; the artifact was not extracted`), ...more > 0 ? [`${where}: ${more} more unsafe entries`] : []]
      );
    }
  }
}
function describeSource(request) {
  const repo = `${request.repository.owner}/${request.repository.repo}`;
  return request.runId === void 0 ? `this run (${request.currentRunId}) of ${repo}` : `run ${request.runId} of ${repo}`;
}
var DeadlineError = class extends Error {
  name = "DeadlineError";
};
function formatDuration(ms) {
  const seconds = Math.round(ms / 1e3);
  if (seconds < 60) return ms < 1e3 ? `${ms}ms` : `${seconds}s`;
  return seconds % 60 === 0 ? `${seconds / 60}m` : `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
}
function downloadError(request, error2, attempts) {
  const where = `artifact ${request.name} in ${describeSource(request)}`;
  if (error2 instanceof DigestMismatchError) {
    return new ArtifactError(`${where} does not match its recorded digest ${error2.recorded} (${attempts} downloads gave ${error2.received}); refusing to compare a corrupted download`);
  }
  const reset = primaryRateLimitReset(error2);
  if (reset !== void 0) return new ArtifactError(`cannot read ${where}: ${describeHttpError(error2)}; ${rateLimitHint(reset)}`);
  switch (httpStatus(error2)) {
    case 410:
      return new ArtifactError(`${where} has expired or was deleted (HTTP 410); re-run the job that uploads it`, "missing");
    case 401:
    case 403:
    case 404:
      return new ArtifactError(`cannot read ${where}: ${describeHttpError(error2)}; the github-token needs actions: read on ${request.repository.owner}/${request.repository.repo}`);
    default:
      return new ArtifactError(`cannot download ${where}: ${describeHttpError(error2)}`);
  }
}
async function downloadZip(request, zipFile, limits, settings) {
  const where = `artifact ${request.name} in ${describeSource(request)}`;
  const deadline = new AbortController();
  let stage = "looking the artifact up";
  const timer = setTimeout(() => deadline.abort(new DeadlineError(stage)), settings.deadlineMs);
  const bounds = { timeoutMs: settings.requestTimeoutMs, deadline: deadline.signal };
  const retried = (what, call) => {
    stage = what;
    return withRetry(call, (error2, delayMs) => settings.log(`${what} failed (${describeHttpError(error2)}); retrying in ${delayMs} ms`), settings.policy, deadline.signal).then(
      (value) => {
        if (deadline.signal.aborted) throw deadline.signal.reason;
        return value;
      },
      (error2) => {
        throw deadline.signal.aborted ? deadline.signal.reason : error2;
      }
    );
  };
  try {
    const artifact = await retried("looking the artifact up", () => findArtifact(request, bounds));
    if (artifact === void 0) {
      const names = await retried("listing the artifacts", () => listArtifacts(request, void 0, bounds)).then(
        (list) => [...new Set(list.map((a) => a.name))].sort(),
        () => void 0
      );
      const there = names === void 0 ? "the artifact list could not be read" : names.length > 0 ? `artifacts there: ${names.join(", ")}` : "that run has no artifacts";
      throw new ArtifactError(`artifact ${request.name} not found in ${describeSource(request)}; ${there}`, "missing");
    }
    if (artifact.expired) throw new ArtifactError(`${where} has expired or was deleted (HTTP 410); re-run the job that uploads it`, "missing");
    if (artifact.size > limits.maxTotalBytes) throw tooLarge(where, artifact.size, limits);
    settings.log(`${formatBytes(artifact.size)} to download (zip, digest ${artifact.digest ?? "not recorded"})`);
    const started = Date.now();
    await retried("downloading the zip", async () => {
      const url = await retried("getting the signed download URL", () => signedZipUrl(request, artifact, bounds));
      stage = "downloading the zip";
      await downloadBlob({
        url,
        file: zipFile,
        size: artifact.size,
        ...artifact.digest !== void 0 && { digest: artifact.digest },
        stallMs: settings.requestTimeoutMs,
        deadline: deadline.signal,
        progressIntervalMs: settings.progressIntervalMs,
        progress: (text) => settings.log(text),
        stage: (what) => stage = what
      });
    });
    settings.log(`downloaded ${formatBytes(artifact.size)} in ${((Date.now() - started) / 1e3).toFixed(1)} s, digest verified`);
  } catch (error2) {
    if (error2 instanceof ArtifactError) throw error2;
    if (error2 instanceof DeadlineError) {
      throw new ArtifactError(`${where} did not download within ${formatDuration(settings.deadlineMs)} (${"download-timeout" /* DownloadTimeout */}); it stalled ${error2.message}`);
    }
    throw downloadError(request, error2, settings.policy.attempts);
  } finally {
    clearTimeout(timer);
  }
}
function tooLarge(where, size, limits) {
  return new ArtifactError(
    `${where} is ${formatBytes(size)} zipped, over the ${"max-artifact-size" /* MaxArtifactSize */} limit of ${formatBytes(limits.maxTotalBytes)}; refused before extraction (raise ${"max-artifact-size" /* MaxArtifactSize */} to accept it)`
  );
}
async function downloadRunDir(request, runnerTemp, side2, runDir, limits, settings) {
  const where = `artifact ${request.name} in ${describeSource(request)}`;
  const zipFolder = await mkdtemp(join(runnerTemp, `dualrun-${side2}-zip-`));
  try {
    const zip = join(zipFolder, "artifact.zip");
    await downloadZip(request, zip, limits, settings);
    const size = (await stat(zip)).size;
    if (size > limits.maxTotalBytes) throw tooLarge(where, size, limits);
    const folder = await mkdtemp(join(runnerTemp, `dualrun-${side2}-`));
    try {
      await extractZip(zip, folder, limits);
    } catch (error2) {
      await rm(folder, { recursive: true, force: true });
      if (error2 instanceof ZipRefusedError) throw refusalError(where, error2.refusal, limits);
      throw error2;
    }
    return await locateRunDir(folder, runDir, where);
  } finally {
    await rm(zipFolder, { recursive: true, force: true });
  }
}
async function isDirectory(path) {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false
  );
}
async function foldersWithMarker(root) {
  const found = [];
  const visit = async (dir, depth) => {
    const entries = await readdir(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name === RUN_DIR_MARKER)) found.push(relative(root, dir) || ".");
    if (depth >= RUN_DIR_SEARCH_DEPTH) return;
    for (const e of entries) if (e.isDirectory()) await visit(join(dir, e.name), depth + 1);
  };
  await visit(root, 0);
  return found.sort();
}
async function locateRunDir(root, runDir, where) {
  if (runDir !== void 0) {
    const chosen = resolve(root, runDir);
    if (chosen !== root && !chosen.startsWith(root + sep)) throw new ArtifactError(`run-dir '${runDir}' points outside ${where}`, "unsafe-path");
    if (!await isDirectory(chosen)) throw new ArtifactError(`run-dir '${runDir}' is not a folder in ${where}`, "missing");
    return chosen;
  }
  const folders = await foldersWithMarker(root);
  if (folders.length === 1) return join(root, folders[0]);
  if (folders.length === 0) throw new ArtifactError(`${where} holds no ${RUN_DIR_MARKER}; set run-dir to the folder inside the artifact that is the run dir`, "missing");
  throw new ArtifactError(`${where} holds ${folders.length} folders with ${RUN_DIR_MARKER} (${folders.join(", ")}); set run-dir to one of them`);
}
async function uploadReportArtifact(name, files, rootDirectory) {
  const { DefaultArtifactClient } = await import("./chunks/artifact-CS2WY6PS.js");
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
  return id;
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
function utf8Bytes(text) {
  return Buffer.byteLength(text, "utf8");
}

// src/action/checkRun.ts
function checkRunExternalId(runId, runAttempt, job) {
  return `dualrun:${runId}:${runAttempt}:${job}`;
}
async function findCheckRun(client, target, completedOnly = false) {
  const runs = await client.paginate(client.rest.checks.listForRef, {
    owner: target.owner,
    repo: target.repo,
    ref: target.headSha,
    check_name: target.name,
    filter: "all",
    per_page: CHECK_RUNS_PER_PAGE
  });
  const ours = runs.find((r) => r.external_id === target.externalId && (!completedOnly || r.status === "completed"));
  return ours && { id: ours.id, url: ours.html_url ?? void 0 };
}
var retryLine = (what, log) => (error2, delayMs, looksFirst) => log.retry(createRetryLine(what, error2, delayMs, looksFirst));
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
    } catch (error2) {
      if (httpStatus(error2) === 404) throw error2;
      const total = batches.reduce((n, b) => n + b.length, 0);
      log.warn(`dualrun could not add annotations to check run ${id} (${describeHttpError(error2)}); ${sent} of ${total} sent, completing it without the rest`);
      break;
    }
  }
  return sent;
}
async function sendCompletion(client, target, id, result, last, log) {
  const completion = { owner: target.owner, repo: target.repo, check_run_id: id, status: "completed", conclusion: result.conclusion, completed_at: (/* @__PURE__ */ new Date()).toISOString() };
  try {
    await client.rest.checks.update({ ...completion, output: output(result, last) });
  } catch (error2) {
    if (httpStatus(error2) === 404) throw error2;
    const refused = httpStatus(error2) === 422 ? "GitHub refused the summary of" : "could not complete";
    log.warn(`dualrun: ${refused} check run ${id} (${describeHttpError(error2)}); completing it with a short summary`);
    await client.rest.checks.update({ ...completion, output: output(result, void 0, result.fallbackSummary) });
  }
}
async function completeCheckRun(client, target, run2, result, log) {
  const batches = annotationBatches(result.annotations);
  try {
    const sent = await appendAnnotations(client, target, run2.id, result, batches.slice(0, -1), log);
    const allBefore = sent === batches.slice(0, -1).reduce((n, b) => n + b.length, 0);
    await sendCompletion(client, target, run2.id, result, allBefore ? batches.at(-1) : void 0, log);
    return run2;
  } catch (error2) {
    if (httpStatus(error2) !== 404) throw error2;
    log.warn(`dualrun: check run ${run2.id} cannot be updated (${describeHttpError(error2)}); creating a completed one in its place`);
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
    () => findCheckRun(client, target, true),
    retryLine("creating the completed check run", log)
  );
  await appendAnnotations(client, target, created.id, result, batches.slice(1), log);
  return created;
}

// src/action/comment.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
function commentMarker(commentKey) {
  return `<!-- dualrun:comment key=${markerKey(commentKey)} -->
`;
}
function runMarker(runId, runAttempt, job) {
  return `<!-- dualrun:run ${markerKey(`${runId}.${runAttempt}.${job}`)} -->
`;
}
async function ownLogin(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return ACTIONS_BOT_LOGIN;
  }
}
async function findStickyComment(client, target, marker, login) {
  const comments = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: COMMENTS_PER_PAGE
  });
  for await (const page of comments) {
    const mine = page.data.find((c) => c.user?.login === login && (c.body ?? "").startsWith(marker));
    if (mine) return { id: mine.id, body: mine.body ?? "", url: mine.html_url };
  }
  return void 0;
}
async function writeComment(client, target, body, mode, marker, onRetry) {
  const where = { owner: target.owner, repo: target.repo };
  let login;
  const me = async () => login ??= await ownLogin(client);
  if (mode === "update" /* Update */) {
    const existing = await findStickyComment(client, target, marker, await me());
    if (existing && existing.body === body) return { id: existing.id, url: existing.url, action: "unchanged" };
    if (existing) {
      try {
        const { data } = await client.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
        return { id: data.id, url: data.html_url, action: "updated" };
      } catch (error2) {
        if (httpStatus(error2) !== 404) throw error2;
      }
    }
  }
  return createOnce(
    async () => {
      const { data } = await client.rest.issues.createComment({ ...where, issue_number: target.issueNumber, body, ...SEND_ONCE });
      return { id: data.id, url: data.html_url, action: "created" };
    },
    async () => {
      const found = await findStickyComment(client, target, marker, await me());
      return found && { id: found.id, url: found.url, action: "created" };
    },
    (error2, delayMs, looksFirst) => onRetry(createRetryLine("creating the pull request comment", error2, delayMs, looksFirst))
  );
}
async function findPullRequestByHead(client, owner, repo, head) {
  const { data } = await client.rest.pulls.list({ owner, repo, state: "open", head: `${head.owner}:${head.branch}`, per_page: COMMENTS_PER_PAGE });
  return data.find((pr) => pr.head.sha === head.sha)?.number;
}

// src/action/context.ts
import { readFileSync } from "node:fs";
var READ_ONLY_FORK_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_review", "pull_request_review_comment"]);
function readPayload(path) {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return {};
  }
}
function readRunContext(env = process.env) {
  const [owner, repo] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
  if (!owner || !repo) throw new UserError("GITHUB_REPOSITORY is not set; dualrun must run as a step of a GitHub Actions job");
  const payload = readPayload(env["GITHUB_EVENT_PATH"]);
  const run2 = payload.workflow_run;
  const prNumber = payload.pull_request?.number ?? run2?.pull_requests?.[0]?.number;
  const headSha = payload.pull_request?.head?.sha ?? run2?.head_sha ?? env["GITHUB_SHA"] ?? "";
  const headOwner = run2?.head_repository?.owner?.login;
  const pr = payload.pull_request;
  const eventName = env["GITHUB_EVENT_NAME"] ?? "";
  const headRepo = pr?.head?.repo?.full_name;
  const baseRepo = pr?.base?.repo?.full_name ?? `${owner}/${repo}`;
  return {
    eventName,
    repo: { owner, repo },
    runId: Number(env["GITHUB_RUN_ID"] ?? 0),
    runAttempt: Number(env["GITHUB_RUN_ATTEMPT"] ?? 1) || 1,
    job: env["GITHUB_JOB"] ?? "",
    serverUrl: (env["GITHUB_SERVER_URL"] ?? "https://github.com").replace(/\/+$/, ""),
    // A deleted fork leaves head.repo null: still not the base repository. pull_request_target runs with the base's token.
    fromFork: READ_ONLY_FORK_EVENTS.has(eventName) && pr !== void 0 && (pr.head?.repo === null || headRepo !== void 0 && headRepo.toLowerCase() !== baseRepo.toLowerCase()),
    headSha,
    ...prNumber !== void 0 && { prNumber },
    ...run2 && headOwner && run2.head_branch && run2.head_sha && { workflowRunHead: { owner: headOwner, branch: run2.head_branch, sha: run2.head_sha } }
  };
}
function isGhes(serverUrl) {
  const host = new URL(serverUrl).hostname.toUpperCase();
  return host !== "GITHUB.COM" && !host.endsWith(".GHE.COM") && !host.endsWith(".LOCALHOST");
}

// src/action/outputs.ts
function setReportOutputs(write, report, files) {
  write("verdict" /* Verdict */, report.verdict);
  write("findings" /* Findings */, String(report.counts.total));
  write("errors" /* Errors */, String(report.counts.errors));
  write("warnings" /* Warnings */, String(report.counts.warnings));
  write("report" /* Report */, files.json);
  write("markdown" /* Markdown */, files.markdown);
}
function gateFails(report, failOn) {
  switch (failOn) {
    case "error" /* Error */:
      return report.verdict === "error" || report.counts.errors > 0;
    case "warning" /* Warning */:
      return report.verdict === "error" || report.counts.total > 0;
    case "never" /* Never */:
      return false;
  }
}
function checkConclusion(report, failOn) {
  if (gateFails(report, failOn)) return "failure";
  return report.counts.total > 0 || report.verdict !== "pass" ? "neutral" : "success";
}

// src/action/summary.ts
import { appendFile, stat as stat2 } from "node:fs/promises";
async function jobSummaryBudget(file) {
  const used = await stat2(file).then(
    (s) => s.size,
    () => 0
  );
  return Math.max(0, JOB_SUMMARY_MAX_BYTES - used);
}
async function appendJobSummary(file, markdown) {
  if (!file) return false;
  await appendFile(file, markdown, "utf8");
  return true;
}

// src/action/unusableReport.ts
function unusableFindings(sides) {
  return sides.flatMap((s) => "error" in s ? s.error.problems.map((message) => finding(s.error.kind, { artifact: "run_dir", side: s.side, message })) : []);
}
async function unusableRunReport(left, right, options) {
  const identity = (s) => ({ label: s.label, path: "error" in s ? s.source : s.path, run_id: null });
  return buildReport({
    left: identity(left),
    right: identity(right),
    options: { allowRunIdDrift: options.allowRunIdDrift, schemas: options.schemasDir ? options.schemasDir : "builtin" },
    presence: [],
    findings: unusableFindings([left, right]),
    policy: await loadPolicy(options.policyFile),
    stats: [],
    files: []
  });
}

// src/action/main.ts
var REPORT_ARTIFACT = "dualrun-report";
async function bestEffort(what, permission, fromFork, publish2) {
  try {
    return await publish2();
  } catch (error2) {
    warning(redact(`dualrun could not ${what}: ${describeHttpError(error2)}${failureHint(error2, permission, fromFork)}`));
    return void 0;
  }
}
var CHECK_RUN_LOG = { retry: (message) => info(redact(message)), warn: (message) => warning(redact(message)) };
async function acquire(source, side2, inputs, context, runnerTemp) {
  if (source.kind === "path") return { side: side2, label: source.label, path: source.path };
  const request = {
    name: source.name,
    repository: source.runId === void 0 ? context.repo : inputs.repository,
    token: inputs.token,
    currentRunId: context.runId,
    ...source.runId !== void 0 && { runId: source.runId }
  };
  const settings = {
    deadlineMs: inputs.downloadTimeoutMs,
    requestTimeoutMs: apiTimeoutMs(),
    progressIntervalMs: progressIntervalMs(),
    policy: retryPolicy(),
    log: (message) => info(redact(`dualrun: ${side2} artifact ${source.name}: ${message}`))
  };
  try {
    return { side: side2, label: source.label, path: await downloadRunDir(request, runnerTemp, side2, inputs.runDir, inputs.limits, settings) };
  } catch (error2) {
    if (!(error2 instanceof ArtifactError)) throw error2;
    return { side: side2, label: source.label, source: `artifact ${source.name} in ${describeSource(request)}`, error: error2 };
  }
}
async function compareAcquired(left, right, inputs) {
  const options = {
    allowRunIdDrift: inputs.allowRunIdDrift,
    ...inputs.policyFile !== void 0 && { policyFile: inputs.policyFile },
    ...inputs.schemasDir !== void 0 && { schemasDir: inputs.schemasDir }
  };
  if ("path" in left && "path" in right) {
    return compareRuns({ ...options, left: { path: left.path, label: left.label }, right: { path: right.path, label: right.label }, limits: inputs.limits });
  }
  for (const side2 of [left, right]) if ("error" in side2) error(`dualrun: ${side2.error.message}`);
  return unusableRunReport(left, right, options);
}
async function pullRequestNumber(client, inputs, context) {
  if (inputs.prNumber !== void 0) return inputs.prNumber;
  if (context.prNumber !== void 0) return context.prNumber;
  if (context.workflowRunHead === void 0) return void 0;
  return findPullRequestByHead(client, context.repo.owner, context.repo.repo, context.workflowRunHead);
}
var HTML_FILE = `${REPORT_ARTIFACT}.html`;
async function writeReportFiles(report, runnerTemp) {
  const folder = await mkdtemp2(join2(runnerTemp, "dualrun-report-"));
  const json = join2(folder, `${REPORT_ARTIFACT}.json`);
  const markdown = join2(folder, `${REPORT_ARTIFACT}.md`);
  const html = join2(folder, HTML_FILE);
  await writeFile(json, renderJson(report), "utf8");
  await writeFile(markdown, renderMarkdownReport(report), "utf8");
  await writeFile(html, renderHtmlReport(report), "utf8");
  return { folder, json, markdown, html };
}
function failureCheckResult(text) {
  return { conclusion: "failure", title: "dualrun could not compare", summary: text, fallbackSummary: shortenTo(text, { maxSize: 1e3, measure: utf8Bytes }), annotations: [] };
}
function checkRunResult(report, inputs, reportName, artifactUrl) {
  const { annotations, omitted } = renderAnnotations(report, {
    maxAnnotations: ANNOTATIONS_MAX_TOTAL,
    title: { maxSize: ANNOTATION_TITLE_MAX_CHARS },
    message: { maxSize: ANNOTATION_MESSAGE_MAX_BYTES, measure: utf8Bytes }
  });
  const note = omitted > 0 ? `
${omitted.toLocaleString("en-US")} more findings are not annotated (at most ${ANNOTATIONS_MAX_TOTAL.toLocaleString("en-US")} per check run).
` : "";
  const budget = { maxSize: CHECK_RUN_OUTPUT_MAX_BYTES - utf8Bytes(note), measure: utf8Bytes };
  const summary = renderMarkdownReport(report, { reportName, ...artifactUrl && { reportUrl: artifactUrl }, budget }) + note;
  const title = `${report.verdict}: ${report.counts.errors} errors, ${report.counts.warnings} warnings`.slice(0, CHECK_RUN_TITLE_MAX_CHARS);
  const fallbackSummary = `### dualrun: ${report.verdict.toUpperCase()}

${title}. GitHub refused the full summary; the job summary and the ${mdText(reportName, 80)} artifact hold the report.
`;
  return { conclusion: checkConclusion(report, inputs.failOn), title, summary, fallbackSummary, annotations };
}
function setCheckRunOutputs(check) {
  setOutput("check-run-id" /* CheckRunId */, String(check.id));
  if (check.url) setOutput("check-run-url" /* CheckRunUrl */, check.url);
}
async function publish(report, inputs, context, client, check, target, runnerTemp) {
  const files = await writeReportFiles(report, runnerTemp);
  setReportOutputs(setOutput, report, files);
  info(`dualrun: ${report.verdict} (${report.counts.errors} errors, ${report.counts.warnings} warnings); report: ${files.json}`);
  const fork = context.fromFork;
  const reportName = inputs.commentKey === "default" ? REPORT_ARTIFACT : `${REPORT_ARTIFACT}-${markerKey(inputs.commentKey)}`;
  const runUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;
  const artifactId = process.env["ACTIONS_RUNTIME_TOKEN"] ? await bestEffort("upload the report artifact", "actions: read", fork, () => uploadReportArtifact(reportName, [files.json, files.markdown, files.html], files.folder)) : void 0;
  const artifactUrl = artifactId === void 0 ? void 0 : `${runUrl}/artifacts/${artifactId}`;
  const summaryFile = process.env["GITHUB_STEP_SUMMARY"];
  if (summaryFile) {
    const maxSize = await jobSummaryBudget(summaryFile);
    const summary = renderMarkdownReport(report, { reportName, htmlFile: HTML_FILE, ...artifactUrl && { reportUrl: artifactUrl }, budget: { maxSize, measure: utf8Bytes } });
    try {
      await appendJobSummary(summaryFile, summary);
    } catch (error2) {
      warning(redact(`dualrun could not write the job summary: ${oneLine(error2)}`));
    }
  }
  if (client && inputs.comment !== "off" /* Off */) {
    const issueNumber = await bestEffort("find the pull request", "pull-requests: write", fork, () => pullRequestNumber(client, inputs, context));
    if (issueNumber === void 0) info(`dualrun: no pull request for this ${context.eventName} event (set pr-number); no comment written`);
    else {
      const mode = inputs.comment === "new" /* New */ ? "new" /* New */ : "update" /* Update */;
      const marker = commentMarker(inputs.commentKey) + (mode === "new" /* New */ ? runMarker(context.runId, context.runAttempt, context.job) : "");
      const body = renderMarkdownReport(report, { header: marker, reportName, htmlFile: HTML_FILE, reportUrl: `${runUrl}#artifacts`, budget: { maxSize: COMMENT_BODY_MAX_CHARS } });
      const result = await bestEffort(
        "write the pull request comment",
        "pull-requests: write",
        fork,
        () => writeComment(client, { ...context.repo, issueNumber }, body, mode, marker, (message) => info(redact(`dualrun: ${message}`)))
      );
      if (result) {
        setOutput("comment-id" /* CommentId */, String(result.id));
        if (result.url) setOutput("comment-url" /* CommentUrl */, result.url);
        info(`dualrun: PR #${issueNumber} comment ${result.id} ${result.action}`);
      }
    }
  }
  if (client && check && target) {
    const result = checkRunResult(report, inputs, reportName, artifactUrl);
    const done = await bestEffort(`complete check run ${check.id}`, "checks: write", fork, () => completeCheckRun(client, target, check, result, CHECK_RUN_LOG));
    if (done) setCheckRunOutputs(done);
  }
}
function checkTarget(context, inputs) {
  return {
    owner: context.repo.owner,
    repo: context.repo.repo,
    name: inputs.checkName,
    headSha: context.headSha,
    externalId: checkRunExternalId(context.runId, context.runAttempt, context.job)
  };
}
async function run() {
  const runnerTemp = process.env["RUNNER_TEMP"] || tmpdir();
  let client;
  let context;
  let check;
  let target;
  try {
    context = readRunContext();
    registerSecret(getInput("github-token" /* GitHubToken */));
    registerSecret(process.env["ACTIONS_RUNTIME_TOKEN"]);
    const inputs = parseInputs((name) => getInput(name), process.env["GITHUB_REPOSITORY"]);
    if ((inputs.left.kind === "artifact" || inputs.right.kind === "artifact") && isGhes(context.serverUrl)) {
      throw new UserError(
        `artifact download is not available on GitHub Enterprise Server (${context.serverUrl}); download the run dirs with actions/download-artifact@v3 and pass left-path and right-path instead`
      );
    }
    const runContext = context;
    client = inputs.token ? await createGitHubClient(inputs.token, (message) => info(message)) : void 0;
    const github = client;
    if (github && runContext.headSha) {
      const checkRunTarget = checkTarget(runContext, inputs);
      target = checkRunTarget;
      check = await bestEffort("create the check run", "checks: write", runContext.fromFork, () => startCheckRun(github, checkRunTarget, CHECK_RUN_LOG));
      if (check !== void 0) setCheckRunOutputs(check);
    }
    const [left, right] = await Promise.all([acquire(inputs.left, "left", inputs, context, runnerTemp), acquire(inputs.right, "right", inputs, context, runnerTemp)]);
    const report = await compareAcquired(left, right, inputs);
    await publish(report, inputs, context, client, check, target, runnerTemp);
    if (gateFails(report, inputs.failOn)) {
      setFailed(`dualrun: verdict ${report.verdict} with ${report.counts.errors} errors and ${report.counts.warnings} warnings (fail-on: ${inputs.failOn})`);
    }
  } catch (error2) {
    const message = redact(error2 instanceof UserError ? `dualrun: ${error2.message}` : `dualrun: unexpected error: ${oneLine(error2)}`);
    if (!(error2 instanceof UserError) && error2 instanceof Error && error2.stack) debug(redact(error2.stack));
    setOutput("verdict" /* Verdict */, "error");
    await reportFailure(message, client, context, check, target);
    setFailed(message);
  }
}
async function reportFailure(message, client, context, check, target) {
  const text = `### \u26D4 dualrun could not compare

${mdText(message, 2e3)}
`;
  try {
    await appendJobSummary(process.env["GITHUB_STEP_SUMMARY"], text);
  } catch (error2) {
    warning(redact(`dualrun could not write the job summary: ${oneLine(error2)}`));
  }
  if (client && context && check && target) {
    const github = client;
    const done = await bestEffort(`complete check run ${check.id}`, "checks: write", context.fromFork, () => completeCheckRun(github, target, check, failureCheckResult(text), CHECK_RUN_LOG));
    if (done) setCheckRunOutputs(done);
  }
}

// src/index.ts
await run();
