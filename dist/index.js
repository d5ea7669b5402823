import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderHtmlReport
} from "./chunks/chunk-3B6WP546.js";
import {
  ANNOTATIONS_MAX_TOTAL,
  ANNOTATION_MESSAGE_MAX_BYTES,
  ANNOTATION_TITLE_MAX_CHARS,
  CHECK_RUN_OUTPUT_MAX_BYTES,
  CHECK_RUN_TITLE_MAX_CHARS,
  COMMENTS_PER_PAGE,
  COMMENT_BODY_MAX_CHARS,
  JOB_SUMMARY_MAX_BYTES,
  RequestTimeoutError,
  SEND_ONCE,
  TransientError,
  apiTimeoutMs,
  checkRunExternalId,
  completeCheckRun,
  createGitHubClient,
  createOnce,
  createRetryLine,
  deliverWithoutStart,
  describeHttpError,
  httpStatus,
  isTransient,
  parseInputs,
  primaryRateLimitReset,
  progressIntervalMs,
  redact,
  registerSecret,
  retryPolicy,
  saveCheckRun,
  saveCheckRunCompleted,
  saveCheckRunConclusion,
  startCheckRun,
  utf8Bytes,
  withRetry
} from "./chunks/chunk-IJUDN2KT.js";
import {
  core_exports,
  debug,
  error,
  getInput,
  info,
  setFailed
} from "./chunks/chunk-5XP3U6A7.js";
import {
  acquireRunDir,
  buildLegsReport,
  compareSides,
  legVerdicts,
  legsGateFails,
  loadLegsManifest,
  renderJson,
  runLegs,
  unusableSide
} from "./chunks/chunk-EVZNZB77.js";
import {
  cancelledCheckRunView,
  checkRunView,
  commentBody,
  failureCheckRunView,
  failureSummary,
  formatBytes,
  internalErrorBanner,
  jobSummary,
  legsCheckRunView,
  legsMarkdown,
  partialCheckRunView,
  partialCommentBody,
  partialJobSummary,
  setting,
  verdictSummary
} from "./chunks/chunk-QGZBPG5S.js";
import {
  legsHeadline,
  renderLegsMarkdown
} from "./chunks/chunk-XHST7S6G.js";
import {
  renderMarkdownReport
} from "./chunks/chunk-7DAWHY66.js";
import {
  markerKey
} from "./chunks/chunk-E6LWIQVA.js";
import "./chunks/chunk-C2TSBTK6.js";
import {
  UnusableSideError,
  UserError,
  oneLine
} from "./chunks/chunk-NEA5M7GT.js";
import "./chunks/chunk-ZKOSYENW.js";
import "./chunks/chunk-FA6EQWUK.js";

// src/action/artifacts.ts
import { mkdtemp, rm, stat } from "node:fs/promises";
import { join } from "node:path";

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

// src/action/artifacts.ts
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
    return new UnusableSideError(`${where} does not match its recorded digest ${error2.recorded} (${attempts} downloads gave ${error2.received}); refusing to compare a corrupted download`);
  }
  const reset = primaryRateLimitReset(error2);
  if (reset !== void 0) return new UnusableSideError(`cannot read ${where}: ${describeHttpError(error2)}; ${rateLimitHint(reset)}`);
  switch (httpStatus(error2)) {
    case 410:
      return new UnusableSideError(`${where} has expired or was deleted (HTTP 410); re-run the job that uploads it`, "missing");
    case 401:
    case 403:
    case 404:
      return new UnusableSideError(`cannot read ${where}: ${describeHttpError(error2)}; the github-token needs actions: read on ${request.repository.owner}/${request.repository.repo}`);
    default:
      return new UnusableSideError(`cannot download ${where}: ${describeHttpError(error2)}`);
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
      throw new UnusableSideError(`artifact ${request.name} not found in ${describeSource(request)}; ${there}`, "missing");
    }
    if (artifact.expired) throw new UnusableSideError(`${where} has expired or was deleted (HTTP 410); re-run the job that uploads it`, "missing");
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
    if (error2 instanceof UnusableSideError) throw error2;
    if (error2 instanceof DeadlineError) {
      throw new UnusableSideError(`${where} did not download within ${formatDuration(settings.deadlineMs)} (${"download-timeout" /* DownloadTimeout */}); it stalled ${error2.message}`);
    }
    throw downloadError(request, error2, settings.policy.attempts);
  } finally {
    clearTimeout(timer);
  }
}
function tooLarge(where, size, limits) {
  return new UnusableSideError(
    `${where} is ${formatBytes(size)} zipped, over the ${"max-artifact-size" /* MaxArtifactSize */} limit of ${formatBytes(limits.maxTotalBytes)}; refused before extraction (raise ${setting("max-artifact-size" /* MaxArtifactSize */)} to accept it)`
  );
}
async function downloadArtifactZip(request, runnerTemp, side, limits, settings) {
  const where = `artifact ${request.name} in ${describeSource(request)}`;
  const zipFolder = await mkdtemp(join(runnerTemp, `dualrun-${side}-zip-`));
  const cleanup = () => rm(zipFolder, { recursive: true, force: true });
  try {
    const zip = join(zipFolder, "artifact.zip");
    await downloadZip(request, zip, limits, settings);
    const size = (await stat(zip)).size;
    if (size > limits.maxTotalBytes) throw tooLarge(where, size, limits);
    return { zip, cleanup };
  } catch (error2) {
    await cleanup();
    throw error2;
  }
}
async function uploadReportArtifact(name, files, rootDirectory) {
  const { DefaultArtifactClient } = await import("./chunks/artifact-M7YWLWZN.js");
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
  return id;
}

// src/action/acquire.ts
function artifactRequest(source, env) {
  const request = {
    name: source.name,
    repository: source.runId === void 0 ? env.context.repo : env.inputs.repository,
    token: env.inputs.token,
    currentRunId: env.context.runId,
    ...source.runId !== void 0 && { runId: source.runId }
  };
  return { request, where: `artifact ${source.name} in ${describeSource(request)}` };
}
async function sourceRoot(source, naming, env) {
  const request = {
    limits: env.inputs.limits,
    runDirSetting: naming.runDirSetting,
    tempDir: env.runnerTemp,
    tempPrefix: `dualrun-${naming.who}-`,
    ...source.runDir !== void 0 && { runDir: source.runDir }
  };
  try {
    if (source.kind !== "artifact") return (await acquireRunDir({ ...request, path: source.path })).root;
    const { request: artifact, where } = artifactRequest(source, env);
    const settings = {
      deadlineMs: env.inputs.downloadTimeoutMs,
      requestTimeoutMs: apiTimeoutMs(),
      progressIntervalMs: progressIntervalMs(),
      policy: retryPolicy(),
      log: (message) => info(redact(`dualrun: ${naming.who} artifact ${source.name}: ${message}`))
    };
    const downloaded = await downloadArtifactZip(artifact, env.runnerTemp, naming.who, env.inputs.limits, settings);
    try {
      return (await acquireRunDir({ ...request, path: downloaded.zip, where })).root;
    } finally {
      await downloaded.cleanup();
    }
  } catch (error2) {
    if (error2 instanceof UnusableSideError) error(redact(`dualrun: ${error2.message}`));
    throw error2;
  }
}
async function acquire(source, side, env) {
  try {
    return { side, label: source.label, path: await sourceRoot(source, { who: side, runDirSetting: setting(source.runDirInput) }, env) };
  } catch (error2) {
    if (!(error2 instanceof UnusableSideError)) throw error2;
    return unusableSide(side, source.label, source.kind === "artifact" ? artifactRequest(source, env).where : source.path, error2);
  }
}
function legsAcquirer(env) {
  return { acquire: (source) => sourceRoot(source, { who: "leg", runDirSetting: "the side's run-dir key" }, env) };
}

// src/action/cancel.ts
import { constants } from "node:os";
var CANCEL_DEADLINE_MS = { SIGINT: 5e3, SIGTERM: 2e3 };
function signalExitCode(signal) {
  return 128 + constants.signals[signal];
}
var installed = false;
function installCancelHandlers(onCancel, exit = (code) => process.exit(code)) {
  if (installed) return false;
  installed = true;
  let cancelling = false;
  const handle = (signal) => {
    if (cancelling) return;
    cancelling = true;
    const deadline = new Promise((resolve) => setTimeout(resolve, CANCEL_DEADLINE_MS[signal]));
    void Promise.race([onCancel(signal).catch(() => void 0), deadline]).then(() => exit(signalExitCode(signal)));
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => handle(signal));
  return true;
}

// src/action/context.ts
import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
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
async function runnerTempDir(env = process.env) {
  const folder = env["RUNNER_TEMP"] || tmpdir();
  try {
    await mkdir(folder, { recursive: true });
  } catch (error2) {
    throw new UserError(`RUNNER_TEMP ${folder} does not exist and cannot be created (${oneLine(error2)}); dualrun writes its downloads and reports there`);
  }
  return folder;
}

// src/action/outputs.ts
function setResultOutputs(write, verdict, counts, files) {
  write("verdict" /* Verdict */, verdict);
  write("findings" /* Findings */, String(counts.total));
  write("errors" /* Errors */, String(counts.errors));
  write("warnings" /* Warnings */, String(counts.warnings));
  write("report" /* Report */, files.json);
  write("markdown" /* Markdown */, files.markdown);
}
function setReportOutputs(write, report, files) {
  setResultOutputs(write, report.verdict, report.counts, files);
}
function setAggregateOutputs(write, aggregate, files) {
  setResultOutputs(write, aggregate.verdict, aggregate.counts, files);
  write("legs" /* Legs */, JSON.stringify(legVerdicts(aggregate)));
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

// src/action/publish.ts
import { mkdtemp as mkdtemp2, writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";

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

// src/action/publish.ts
var REPORT_ARTIFACT = "dualrun-report";
var LEGS_ARTIFACT = "dualrun-legs";
var HTML_FILE = `${REPORT_ARTIFACT}.html`;
var FALLBACK_SUMMARY_MAX_BYTES = 1e3;
var CHECK_RUN_BUDGETS = {
  summary: { maxSize: CHECK_RUN_OUTPUT_MAX_BYTES, measure: utf8Bytes },
  titleChars: CHECK_RUN_TITLE_MAX_CHARS,
  fallbackSummary: { maxSize: FALLBACK_SUMMARY_MAX_BYTES, measure: utf8Bytes },
  annotations: { maxAnnotations: ANNOTATIONS_MAX_TOTAL, title: { maxSize: ANNOTATION_TITLE_MAX_CHARS }, message: { maxSize: ANNOTATION_MESSAGE_MAX_BYTES, measure: utf8Bytes } }
};
function surfaceLinks(reportName, artifactsPage, artifactUrl) {
  const uploaded = artifactUrl !== void 0 ? { reportUrl: artifactUrl } : {};
  return {
    summary: { reportName, htmlFile: HTML_FILE, ...uploaded },
    comment: { reportName, htmlFile: HTML_FILE, reportUrl: artifactsPage },
    checkRun: { reportName, ...uploaded }
  };
}
function artifactUploader(env = process.env) {
  return env["ACTIONS_RUNTIME_TOKEN"] ? uploadReportArtifact : void 0;
}
var Publisher = class _Publisher {
  constructor(setup) {
    this.setup = setup;
  }
  setup;
  check;
  /** Why the check run could not be created at the start, when that is worth another try at the end. */
  startError;
  made;
  /** The completion of the check run, once one was begun: the first result sent is the one that stands. */
  completion;
  /** A publisher for the run; creates its check run (in progress) when there is a client and a commit to put it on. */
  static async start(setup) {
    const publisher = new _Publisher(setup);
    const run2 = setup.run;
    const target = publisher.target();
    if (run2?.client && target) {
      const client = run2.client;
      saveCheckRun(setup.core, { target });
      publisher.check = await publisher.bestEffort(
        "create the check run",
        "checks: write",
        () => startCheckRun(client, target, publisher.checkRunLog()).catch((error2) => {
          if (isTransient(error2)) publisher.startError = error2;
          throw error2;
        })
      );
      if (publisher.check !== void 0) saveCheckRun(setup.core, { target, id: publisher.check.id });
    }
    return publisher;
  }
  /** A publisher for a run that failed before it was set up: it can only write the job summary. */
  static detached(core, summaryFile) {
    return new _Publisher({ core, summaryFile });
  }
  /** Name of the report artifact: one per comment key (and one for a legs manifest), so several gates on one PR keep theirs. */
  get reportName() {
    const base = this.setup.run?.inputs.legs !== void 0 ? LEGS_ARTIFACT : REPORT_ARTIFACT;
    const key = this.setup.run?.inputs.commentKey ?? "default";
    return key === "default" ? base : `${base}-${markerKey(key)}`;
  }
  /** The sticky comment's key: the input's, or `legs` for a manifest with the default key, so it never takes the single pair's comment. */
  get commentKey() {
    const key = this.setup.run?.inputs.commentKey ?? "default";
    return key === "default" && this.setup.run?.inputs.legs !== void 0 ? "legs" : key;
  }
  /** The run page, stable across re-runs: an unchanged report leaves the comment untouched. */
  artifactsPage() {
    return this.setup.run && `${this.runUrl(this.setup.run.context)}#artifacts`;
  }
  get fromFork() {
    return this.setup.run?.context.fromFork ?? false;
  }
  runUrl(context) {
    return `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;
  }
  target() {
    const run2 = this.setup.run;
    if (run2 === void 0 || !run2.context.headSha) return void 0;
    const { context, inputs } = run2;
    return {
      owner: context.repo.owner,
      repo: context.repo.repo,
      name: inputs.checkName,
      headSha: context.headSha,
      externalId: checkRunExternalId(context.runId, context.runAttempt, context.job)
    };
  }
  checkRunLog() {
    const { core } = this.setup;
    return { retry: (message) => core.info(redact(message)), warn: (message) => core.warning(redact(message)) };
  }
  /** Runs `post`, turning any failure into a warning with the hint that is true for it. */
  async bestEffort(what, permission, post) {
    try {
      return await post();
    } catch (error2) {
      this.setup.core.warning(redact(`dualrun could not ${what}: ${describeHttpError(error2)}${failureHint(error2, permission, this.fromFork)}`));
      return void 0;
    }
  }
  /**
   * Sets outputs whose failure (the runner's output file gone) must not stop the posting: a warning
   * instead. Only the report's outputs ({@link outputs}) fail the run when they cannot be set.
   */
  tryOutputs(set) {
    try {
      set();
    } catch (error2) {
      this.setup.core.warning(redact(`dualrun could not set the step outputs: ${oneLine(error2)}`));
    }
  }
  checkRunOutputs(check) {
    this.tryOutputs(() => {
      this.setup.core.setOutput("check-run-id" /* CheckRunId */, String(check.id));
      if (check.url) this.setup.core.setOutput("check-run-url" /* CheckRunUrl */, check.url);
    });
  }
  /** Writes the full JSON, Markdown and HTML reports into a fresh folder under the runner's temp folder. */
  async files(report, runnerTemp) {
    const folder = await mkdtemp2(join2(runnerTemp, "dualrun-report-"));
    const files = { folder, json: join2(folder, `${REPORT_ARTIFACT}.json`), markdown: join2(folder, `${REPORT_ARTIFACT}.md`), html: join2(folder, HTML_FILE) };
    await writeFile(files.json, renderJson(report), "utf8");
    await writeFile(files.markdown, renderMarkdownReport(report), "utf8");
    await writeFile(files.html, renderHtmlReport(report), "utf8");
    return files;
  }
  /** Sets the outputs that come from the report and logs the verdict line. */
  outputs(report, files) {
    setReportOutputs(this.setup.core.setOutput, report, files);
    this.setup.core.info(`dualrun: ${verdictSummary(report)}; report: ${files.json}`);
  }
  /** Uploads the report files (every file of `files.folder` by default); returns the artifact's web address, or undefined when not uploaded. */
  async upload(files) {
    const run2 = this.setup.run;
    const upload = run2?.upload;
    if (run2 === void 0 || upload === void 0) return void 0;
    const all = files.all ?? [files.json, files.markdown, files.html];
    const id = await this.bestEffort("upload the report artifact", "actions: read", () => upload(this.reportName, all, files.folder));
    return id === void 0 ? void 0 : `${this.runUrl(run2.context)}/artifacts/${id}`;
  }
  /** Appends the job summary that `render` makes within what is left of the step's summary. */
  async summary(render) {
    const file = this.setup.summaryFile;
    if (!file) return;
    const text = render({ maxSize: await jobSummaryBudget(file), measure: utf8Bytes });
    try {
      await appendJobSummary(file, text);
    } catch (error2) {
      this.setup.core.warning(redact(`dualrun could not write the job summary: ${oneLine(error2)}`));
    }
  }
  /** The PR to comment on: the input, the event's PR, or (workflow_run from a fork) the open PR of the run's head. */
  async pullRequest(client, inputs, context) {
    if (inputs.prNumber !== void 0) return inputs.prNumber;
    if (context.prNumber !== void 0) return context.prNumber;
    if (context.workflowRunHead === void 0) return void 0;
    return findPullRequestByHead(client, context.repo.owner, context.repo.repo, context.workflowRunHead);
  }
  /** Writes the sticky (or a new) PR comment that `render` makes (given its marker and budget), unless comments are off or there is no PR. */
  async comment(render) {
    const run2 = this.setup.run;
    if (run2?.client === void 0 || run2.inputs.comment === "off" /* Off */) return;
    const { client, inputs, context } = run2;
    const { core } = this.setup;
    const issueNumber = await this.bestEffort("find the pull request", "pull-requests: write", () => this.pullRequest(client, inputs, context));
    if (issueNumber === void 0) {
      core.info(`dualrun: no pull request for this ${context.eventName} event (set pr-number); no comment written`);
      return;
    }
    const mode = inputs.comment === "new" /* New */ ? "new" /* New */ : "update" /* Update */;
    const marker = commentMarker(this.commentKey) + (mode === "new" /* New */ ? runMarker(context.runId, context.runAttempt, context.job) : "");
    const body = render(marker, { maxSize: COMMENT_BODY_MAX_CHARS });
    const result = await this.bestEffort(
      "write the pull request comment",
      "pull-requests: write",
      () => writeComment(client, { ...context.repo, issueNumber }, body, mode, marker, (message) => core.info(redact(`dualrun: ${message}`)))
    );
    if (result) {
      this.tryOutputs(() => {
        core.setOutput("comment-id" /* CommentId */, String(result.id));
        if (result.url) core.setOutput("comment-url" /* CommentUrl */, result.url);
      });
      core.info(`dualrun: PR #${issueNumber} comment ${result.id} ${result.action}`);
    }
  }
  /**
   * Completes the run's check run with `view` and `conclusion`; nothing when there is none. Only
   * the first completion is sent: a later one (a cancel arriving while the result is posted) waits for it.
   */
  checkRun(view, conclusion) {
    this.completion ??= this.sendCheckRun(view, conclusion);
    return this.completion;
  }
  async sendCheckRun(view, conclusion) {
    const client = this.setup.run?.client;
    const target = this.target();
    const check = this.check;
    if (client === void 0 || target === void 0) return;
    const result = { conclusion, ...view };
    const log = this.checkRunLog();
    saveCheckRunConclusion(this.setup.core, conclusion);
    let done;
    if (check !== void 0) {
      done = await this.bestEffort(`complete check run ${check.id}`, "checks: write", () => completeCheckRun(client, target, check, result, log));
    } else if (this.startError !== void 0 && conclusion !== "cancelled") {
      this.setup.core.info("dualrun: the check run could not be created at the start; creating it now with the result");
      done = await this.bestEffort("create the check run with the result", "checks: write", () => deliverWithoutStart(client, target, this.startError, result, log));
    }
    if (done) {
      saveCheckRunCompleted(this.setup.core);
      this.checkRunOutputs(done);
    }
  }
  /** When the job is cancelled: the check run completed as `cancelled` with one line, unless a result is already being posted. */
  async cancel(signal) {
    this.setup.core.info(`dualrun: cancelled (${signal}); completing the check run`);
    await this.checkRun(cancelledCheckRunView(signal), "cancelled");
  }
  reportLinks(artifactUrl) {
    return surfaceLinks(this.reportName, this.artifactsPage(), artifactUrl);
  }
  /** Every surface of a report, in order: files and outputs, artifact, job summary, comment, check run. */
  async publish(report) {
    const run2 = this.setup.run;
    if (run2 === void 0) throw new Error("Publisher.publish needs a run");
    const made = this.made = { report };
    const files = made.files = await this.files(report, run2.runnerTemp);
    this.outputs(report, files);
    const artifactUrl = await this.upload(files);
    if (artifactUrl !== void 0) made.artifactUrl = artifactUrl;
    const links = this.reportLinks(artifactUrl);
    await this.summary((budget) => jobSummary(report, links.summary, budget));
    made.summary = true;
    await this.comment((marker, budget) => commentBody(report, marker, links.comment, budget));
    made.comment = true;
    await this.checkRun(checkRunView(report, links.checkRun, CHECK_RUN_BUDGETS), checkConclusion(report, run2.inputs.failOn));
  }
  /**
   * Every surface of a legs manifest: each leg's report and the aggregate as files, the outputs
   * (`legs` the verdict of each leg), one artifact, one job summary, one sticky comment (keyed
   * apart from the single pair's) and one check run with leg-labelled annotations. Returns the aggregate.
   */
  async publishLegs(runs, failOn) {
    const run2 = this.setup.run;
    if (run2 === void 0) throw new Error("Publisher.publishLegs needs a run");
    const { core } = this.setup;
    const folder = await mkdtemp2(join2(run2.runnerTemp, "dualrun-legs-"));
    const legs = [];
    for (const { leg, report } of runs) {
      const path = join2(folder, `${leg.name}.report.json`);
      await writeFile(path, renderJson(report), "utf8");
      legs.push({ name: leg.name, report, path });
    }
    const aggregate = buildLegsReport(legs);
    const json = join2(folder, `${LEGS_ARTIFACT}.json`);
    const markdown = join2(folder, `${LEGS_ARTIFACT}.md`);
    await writeFile(json, renderJson(aggregate), "utf8");
    await writeFile(markdown, renderLegsMarkdown(aggregate, legs), "utf8");
    setAggregateOutputs(core.setOutput, aggregate, { json, markdown });
    core.info(`dualrun: ${aggregate.verdict} over ${legsHeadline(aggregate.counts)}; report: ${json}`);
    const artifactUrl = await this.upload({ folder, all: [json, markdown, ...legs.map((leg) => leg.path)] });
    const linked = { reportName: this.reportName };
    await this.summary((budget) => legsMarkdown(aggregate, legs, "", { ...linked, ...artifactUrl && { reportUrl: artifactUrl } }, budget));
    await this.comment((marker, budget) => legsMarkdown(aggregate, legs, marker, { ...linked, reportUrl: this.artifactsPage() }, budget));
    const conclusion = legsGateFails(aggregate, failOn) ? "failure" : aggregate.counts.total > 0 ? "neutral" : "success";
    await this.checkRun(legsCheckRunView(aggregate, legs, { ...linked, ...artifactUrl && { reportUrl: artifactUrl } }, CHECK_RUN_BUDGETS), conclusion);
    return aggregate;
  }
  /**
   * When the run failed with `message`: `verdict=error`, and on the surfaces not yet posted either
   * the report made before the failure under a banner naming it, or (no report) why in the job
   * summary; the check run completed as a failure.
   */
  async fail(message) {
    const made = this.made;
    if (made !== void 0) return this.failAfterReport(message, made);
    this.tryOutputs(() => this.setup.core.setOutput("verdict" /* Verdict */, "error"));
    await this.summary(() => failureSummary(message));
    await this.checkRun(failureCheckRunView(message, CHECK_RUN_BUDGETS.fallbackSummary), "failure");
  }
  /** A report was made, then something failed: its outputs (verdict `error`), summary, comment and check run, each with the error named. */
  async failAfterReport(message, made) {
    const { core } = this.setup;
    const { report, files } = made;
    this.tryOutputs(() => {
      if (files !== void 0) setReportOutputs(core.setOutput, report, files);
      core.setOutput("verdict" /* Verdict */, "error");
    });
    const links = this.reportLinks(made.artifactUrl);
    await this.summary((budget) => made.summary ? internalErrorBanner(message) : partialJobSummary(report, message, links.summary, budget));
    if (!made.comment) await this.comment((marker, budget) => partialCommentBody(report, message, marker, links.comment, budget));
    await this.checkRun(partialCheckRunView(report, message, links.checkRun, CHECK_RUN_BUDGETS), "failure");
  }
};

// src/action/main.ts
async function run() {
  let publisher;
  let starting;
  installCancelHandlers(async (signal) => (await starting?.catch(() => void 0))?.cancel(signal));
  try {
    const context = readRunContext();
    const runnerTemp = await runnerTempDir();
    registerSecret(getInput("github-token" /* GitHubToken */));
    registerSecret(process.env["ACTIONS_RUNTIME_TOKEN"]);
    const inputs = parseInputs((name) => getInput(name), process.env["GITHUB_REPOSITORY"]);
    if ((inputs.legs !== void 0 || inputs.left.kind === "artifact" || inputs.right.kind === "artifact") && isGhes(context.serverUrl)) {
      throw new UserError(
        `artifact download is not available on GitHub Enterprise Server (${context.serverUrl}); download the run dirs with actions/download-artifact@v3 and pass left-path and right-path instead`
      );
    }
    const client = inputs.token ? await createGitHubClient(inputs.token, (message) => info(message)) : void 0;
    publisher = await (starting = Publisher.start({ core: core_exports, summaryFile: process.env["GITHUB_STEP_SUMMARY"], run: { context, inputs, client, runnerTemp, upload: artifactUploader() } }));
    const env = { inputs, context, runnerTemp };
    const compare = {
      allowRunIdDrift: inputs.allowRunIdDrift,
      limits: inputs.limits,
      ...inputs.policyFile !== void 0 && { policyFile: inputs.policyFile },
      ...inputs.schemasDir !== void 0 && { schemasDir: inputs.schemasDir }
    };
    if (inputs.legs !== void 0) {
      const manifest = await loadLegsManifest(inputs.legs.manifest);
      const runs = await runLegs({ legs: manifest.legs, acquirer: legsAcquirer(env), compare, maxParallel: inputs.legs.maxParallel });
      const failOn = manifest.failOn ?? inputs.failOn;
      const aggregate = await publisher.publishLegs(runs, failOn);
      if (legsGateFails(aggregate, failOn)) setFailed(`dualrun: verdict ${aggregate.verdict} over ${legsHeadline(aggregate.counts)} (fail-on: ${failOn})`);
      return;
    }
    const [left, right] = await Promise.all([acquire(inputs.left, "left", env), acquire(inputs.right, "right", env)]);
    const report = await compareSides(left, right, compare);
    await publisher.publish(report);
    if (gateFails(report, inputs.failOn)) {
      setFailed(`dualrun: verdict ${report.verdict} with ${report.counts.errors} errors and ${report.counts.warnings} warnings (fail-on: ${inputs.failOn})`);
    }
  } catch (error2) {
    const message = redact(error2 instanceof UserError ? `dualrun: ${error2.message}` : `dualrun: internal error: ${oneLine(error2)}`);
    if (!(error2 instanceof UserError) && error2 instanceof Error && error2.stack) debug(redact(error2.stack));
    await (publisher ?? Publisher.detached(core_exports, process.env["GITHUB_STEP_SUMMARY"])).fail(message);
    setFailed(message);
  }
}

// src/index.ts
await run();
