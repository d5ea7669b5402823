import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
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
} from "./chunks/chunk-C3FTK5L6.js";
import "./chunks/chunk-KKBIEV2A.js";
import {
  renderMarkdownReport
} from "./chunks/chunk-QWDU3LKT.js";
import {
  markerKey,
  mdText,
  plainText,
  shorten,
  singleLine
} from "./chunks/chunk-MQUSVT3P.js";
import {
  debug,
  endGroup,
  error,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  warning
} from "./chunks/chunk-QDBDVSNK.js";
import "./chunks/chunk-OMYT7GQA.js";
import "./chunks/chunk-FA6EQWUK.js";

// src/action/main.ts
import { mkdtemp as mkdtemp2, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/render/annotations.ts
var VALUE_MAX_CHARS = 500;
function quoteValue(value) {
  return value === void 0 ? "absent" : JSON.stringify(value);
}
function annotationFor(report, f, paths, limits) {
  const location = [f.side ? `${report[f.side].label} only` : "", f.job !== void 0 ? `job ${f.job}` : "", f.field ?? "", f.pointer ?? ""].filter(Boolean).join(" ");
  const title = `${f.kind}: ${f.artifact}${location ? ` ${location}` : ""}`;
  const lines = [f.message];
  if (f.left !== void 0 || f.right !== void 0) {
    lines.push(`${report.left.label}: ${shorten(quoteValue(f.left), VALUE_MAX_CHARS)}`, `${report.right.label}: ${shorten(quoteValue(f.right), VALUE_MAX_CHARS)}`);
  }
  return {
    path: singleLine(paths.get(f.artifact) ?? f.artifact),
    start_line: 1,
    end_line: 1,
    annotation_level: f.severity === "error" ? "failure" : "warning",
    title: plainText(singleLine(title), limits.maxTitleChars),
    message: plainText(lines.map(singleLine).join("\n"), limits.maxMessageChars)
  };
}
function renderAnnotations(report, limits) {
  const paths = new Map(report.presence.map((row) => [row.artifact, row.path]));
  const shown = report.findings.slice(0, Math.max(0, limits.maxAnnotations));
  return {
    annotations: shown.map((f) => annotationFor(report, f, paths, limits)),
    omitted: report.findings.length - shown.length
  };
}

// src/action/artifacts.ts
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";

// src/action/limits.ts
var COMMENT_BODY_MAX_CHARS = 65536;
var CHECK_RUN_SUMMARY_MAX_CHARS = 65535;
var CHECK_RUN_TITLE_MAX_CHARS = 255;
var ANNOTATIONS_PER_REQUEST = 50;
var ANNOTATIONS_MAX_TOTAL = 1e3;
var ANNOTATION_MESSAGE_MAX_CHARS = 4096;
var ANNOTATION_TITLE_MAX_CHARS = 255;
var JOB_SUMMARY_MAX_BYTES = 1024 * 1024;
var COMMENTS_PER_PAGE = 100;
var RETRY_MAX_ATTEMPTS = 4;
var RETRY_BASE_DELAY_MS = 1e3;
var RETRY_MAX_DELAY_FACTOR = 60;
var API_TIMEOUT_MS = 3e4;

// src/action/retry.ts
function retryPolicy(env = process.env) {
  const override = Number(env["DUALRUN_RETRY_BASE_MS"]);
  const baseDelayMs = Number.isFinite(override) && override >= 0 && env["DUALRUN_RETRY_BASE_MS"] !== "" ? override : RETRY_BASE_DELAY_MS;
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
function httpStatus(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
}
function retryDelay(error2, attempt, policy) {
  const backoff = Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
  if (error2 instanceof RequestTimeoutError) return backoff;
  const status = httpStatus(error2);
  if (status === void 0) return void 0;
  const e = error2;
  const headers = e.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  const rateLimited = status === 429 || status === 403 && (headers["retry-after"] !== void 0 || String(headers["x-ratelimit-remaining"]) === "0" || /secondary rate limit/i.test(e.message ?? ""));
  if (status < 500 && !rateLimited) return void 0;
  const wanted = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.max(retryAfter * 1e3, backoff) : backoff;
  return Math.min(wanted, policy.maxDelayMs);
}
async function withRetry(call, onRetry, policy = retryPolicy()) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error2) {
      const delay = attempt + 1 < policy.attempts ? retryDelay(error2, attempt, policy) : void 0;
      if (delay === void 0) throw error2;
      onRetry(error2, delay);
      await new Promise((resolve2) => setTimeout(resolve2, delay));
    }
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

// src/action/github.ts
function apiTimeoutMs(env = process.env) {
  const override = Number(env["DUALRUN_API_TIMEOUT_MS"]);
  return env["DUALRUN_API_TIMEOUT_MS"] && Number.isFinite(override) && override > 0 ? override : API_TIMEOUT_MS;
}
async function createGitHubClient(token, onRetry) {
  const { getOctokit } = await import("./chunks/github-PGQQAXZE.js");
  const client = getOctokit(token);
  const timeoutMs = apiTimeoutMs();
  client.hook.wrap(
    "request",
    (request, options) => withRetry(
      async () => {
        const signal = AbortSignal.timeout(timeoutMs);
        options.request = { ...options.request, signal };
        try {
          return await request(options);
        } catch (error2) {
          throw signal.aborted ? new RequestTimeoutError(timeoutMs) : error2;
        }
      },
      (error2, delayMs) => onRetry(redact(`${options.method} ${options.url} failed (${describeHttpError(error2)}); retrying in ${delayMs} ms`))
    )
  );
  return client;
}
function describeHttpError(error2) {
  const e = error2;
  const status = typeof e?.status === "number" ? `HTTP ${e.status}` : "";
  const message = typeof e?.message === "string" ? e.message.split("\n")[0] : String(error2);
  return redact([status, message.slice(0, 300)].filter(Boolean).join(": ")).slice(0, 240);
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
  const bytes2 = parseByteSize(raw);
  if (bytes2 === void 0) throw new UserError(`input ${name} must be ${BYTE_SIZE_FORMS}; got '${raw}'`);
  return bytes2;
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
    }
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
function findOptions(request) {
  return request.runId === void 0 ? void 0 : {
    findBy: {
      token: request.token,
      workflowRunId: request.runId,
      repositoryOwner: request.repository.owner,
      repositoryName: request.repository.repo
    }
  };
}
function isNotFound(error2) {
  return error2?.name === "ArtifactNotFoundError";
}
function downloadError(request, error2) {
  const where = `artifact ${request.name} in ${describeSource(request)}`;
  switch (httpStatus(error2)) {
    case 410:
      return new ArtifactError(`${where} has expired or was deleted (HTTP 410); re-run the job that uploads it`, "missing");
    case 401:
    case 403:
    case 404:
      return new ArtifactError(`cannot read ${where}: ${describeHttpError(error2)}; the github-token needs actions:read on ${request.repository.owner}/${request.repository.repo}`);
    default:
      return new ArtifactError(`cannot download ${where}: ${describeHttpError(error2)}`);
  }
}
async function downloadedFile(folder, where) {
  const names = await readdir(folder);
  if (names.length !== 1) throw new ArtifactError(`${where}: the download left ${names.length} files instead of one zip`);
  return join(folder, names[0]);
}
async function downloadRunDir(request, runnerTemp, side2, runDir, limits) {
  const { DefaultArtifactClient } = await import("./chunks/artifact-M7DD42FA.js");
  const client = new DefaultArtifactClient();
  const options = findOptions(request);
  const where = `artifact ${request.name} in ${describeSource(request)}`;
  let artifact;
  try {
    artifact = (await client.getArtifact(request.name, options)).artifact;
  } catch (error2) {
    if (!isNotFound(error2)) throw downloadError(request, error2);
    const names = await client.listArtifacts({ ...options, latest: true }).then(
      (list) => list.artifacts.map((a) => a.name).sort(),
      () => void 0
    );
    const there = names === void 0 ? "the artifact list could not be read" : names.length > 0 ? `artifacts there: ${names.join(", ")}` : "that run has no artifacts";
    throw new ArtifactError(`artifact ${request.name} not found in ${describeSource(request)}; ${there}`, "missing");
  }
  const tooLarge = (size) => new ArtifactError(`${where} is ${formatBytes(size)} zipped, over the ${"max-artifact-size" /* MaxArtifactSize */} limit of ${formatBytes(limits.maxTotalBytes)}; refused before extraction (raise ${"max-artifact-size" /* MaxArtifactSize */} to accept it)`);
  if (artifact.size > limits.maxTotalBytes) throw tooLarge(artifact.size);
  const zipFolder = await mkdtemp(join(runnerTemp, `dualrun-${side2}-zip-`));
  try {
    let digestMismatch = false;
    try {
      const result = await client.downloadArtifact(artifact.id, {
        path: zipFolder,
        skipDecompress: true,
        ...artifact.digest && { expectedHash: artifact.digest },
        ...options && { findBy: options.findBy }
      });
      digestMismatch = result.digestMismatch === true;
    } catch (error2) {
      throw downloadError(request, error2);
    }
    if (digestMismatch) throw new ArtifactError(`${where} does not match its recorded digest ${artifact.digest ?? ""}; refusing to compare a corrupted download`);
    const zip = await downloadedFile(zipFolder, where);
    const size = (await stat(zip)).size;
    if (size > limits.maxTotalBytes) throw tooLarge(size);
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
  const { DefaultArtifactClient } = await import("./chunks/artifact-M7DD42FA.js");
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
  return id;
}

// src/action/checkRun.ts
async function startCheckRun(client, target, name, headSha) {
  const { data } = await client.rest.checks.create({ ...target, name, head_sha: headSha, status: "in_progress", started_at: (/* @__PURE__ */ new Date()).toISOString() });
  return data.id;
}
function annotationBatches(annotations) {
  const batches = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return batches;
}
async function completeCheckRun(client, target, checkRunId, result) {
  const batches = annotationBatches(result.annotations);
  const output = (annotations) => ({
    title: result.title,
    summary: result.summary,
    ...annotations && annotations.length > 0 && { annotations }
  });
  for (const batch of batches.slice(0, -1)) {
    await client.rest.checks.update({ ...target, check_run_id: checkRunId, output: output(batch) });
  }
  await client.rest.checks.update({
    ...target,
    check_run_id: checkRunId,
    status: "completed",
    conclusion: result.conclusion,
    completed_at: (/* @__PURE__ */ new Date()).toISOString(),
    output: output(batches.at(-1))
  });
}

// src/action/comment.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
function commentMarker(commentKey) {
  return `<!-- dualrun:comment key=${markerKey(commentKey)} -->
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
    if (mine) return { id: mine.id, body: mine.body ?? "" };
  }
  return void 0;
}
async function writeComment(client, target, body, mode, marker) {
  const where = { owner: target.owner, repo: target.repo };
  if (mode === "update" /* Update */) {
    const existing = await findStickyComment(client, target, marker, await ownLogin(client));
    if (existing && existing.body === body) return { id: existing.id, action: "unchanged" };
    if (existing) {
      try {
        const { data: data2 } = await client.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
        return { id: data2.id, action: "updated" };
      } catch (error2) {
        if (httpStatus(error2) !== 404) throw error2;
      }
    }
  }
  const { data } = await client.rest.issues.createComment({ ...where, issue_number: target.issueNumber, body });
  return { id: data.id, action: "created" };
}
async function findPullRequestByHead(client, owner, repo, head) {
  const { data } = await client.rest.pulls.list({ owner, repo, state: "open", head: `${head.owner}:${head.branch}`, per_page: COMMENTS_PER_PAGE });
  return data.find((pr) => pr.head.sha === head.sha)?.number;
}

// src/action/context.ts
import { readFileSync } from "node:fs";
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
  return {
    eventName: env["GITHUB_EVENT_NAME"] ?? "",
    repo: { owner, repo },
    runId: Number(env["GITHUB_RUN_ID"] ?? 0),
    serverUrl: (env["GITHUB_SERVER_URL"] ?? "https://github.com").replace(/\/+$/, ""),
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
function setReportOutputs(write, report, reportPath) {
  write("verdict" /* Verdict */, report.verdict);
  write("findings" /* Findings */, String(report.counts.total));
  write("report" /* Report */, reportPath);
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
    stats: []
  });
}

// src/action/main.ts
var REPORT_ARTIFACT = "dualrun-report";
var bytes = (text) => Buffer.byteLength(text, "utf8");
async function bestEffort(what, publish2) {
  try {
    return await publish2();
  } catch (error2) {
    const status = httpStatus(error2);
    const hint = status === 403 ? " (the token is read-only here, e.g. on a pull request from a fork; see the workflow_run pattern in the README)" : status === 404 ? " (it no longer exists, or the token cannot see it)" : "";
    warning(`dualrun could not ${what}: ${describeHttpError(error2)}${hint}`);
    return void 0;
  }
}
async function acquire(source, side2, inputs, context, runnerTemp) {
  if (source.kind === "path") return { side: side2, label: source.label, path: source.path };
  const request = {
    name: source.name,
    repository: source.runId === void 0 ? context.repo : inputs.repository,
    token: inputs.token,
    currentRunId: context.runId,
    ...source.runId !== void 0 && { runId: source.runId }
  };
  startGroup(`Downloading ${side2} artifact ${source.name}`);
  try {
    return { side: side2, label: source.label, path: await downloadRunDir(request, runnerTemp, side2, inputs.runDir, inputs.limits) };
  } catch (error2) {
    if (!(error2 instanceof ArtifactError)) throw error2;
    return { side: side2, label: source.label, source: `artifact ${source.name} in ${describeSource(request)}`, error: error2 };
  } finally {
    endGroup();
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
async function writeReportFiles(report, runnerTemp) {
  const folder = await mkdtemp2(join2(runnerTemp, "dualrun-report-"));
  const json = join2(folder, `${REPORT_ARTIFACT}.json`);
  const markdown = join2(folder, `${REPORT_ARTIFACT}.md`);
  await writeFile(json, renderJson(report), "utf8");
  await writeFile(markdown, renderMarkdownReport(report), "utf8");
  return { folder, json, markdown };
}
async function publish(report, inputs, context, client, checkRunId, runnerTemp) {
  const files = await writeReportFiles(report, runnerTemp);
  setReportOutputs(setOutput, report, files.json);
  info(`dualrun: ${report.verdict} (${report.counts.errors} errors, ${report.counts.warnings} warnings); report: ${files.json}`);
  const reportName = inputs.commentKey === "default" ? REPORT_ARTIFACT : `${REPORT_ARTIFACT}-${markerKey(inputs.commentKey)}`;
  const runUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;
  const artifactId = process.env["ACTIONS_RUNTIME_TOKEN"] ? await bestEffort("upload the report artifact", () => uploadReportArtifact(reportName, [files.json, files.markdown], files.folder)) : void 0;
  const artifactUrl = artifactId === void 0 ? void 0 : `${runUrl}/artifacts/${artifactId}`;
  const summaryFile = process.env["GITHUB_STEP_SUMMARY"];
  if (summaryFile) {
    const maxSize = await jobSummaryBudget(summaryFile);
    const summary = renderMarkdownReport(report, { reportName, ...artifactUrl && { reportUrl: artifactUrl }, budget: { maxSize, measure: bytes } });
    await bestEffort("write the job summary", () => appendJobSummary(summaryFile, summary));
  }
  if (client && inputs.comment !== "off" /* Off */) {
    const issueNumber = await bestEffort("find the pull request", () => pullRequestNumber(client, inputs, context));
    if (issueNumber === void 0) info(`dualrun: no pull request for this ${context.eventName} event (set pr-number); no comment written`);
    else {
      const marker = commentMarker(inputs.commentKey);
      const body = renderMarkdownReport(report, { header: marker, reportName, reportUrl: `${runUrl}#artifacts`, budget: { maxSize: COMMENT_BODY_MAX_CHARS } });
      const result = await bestEffort(
        "write the pull request comment",
        () => writeComment(client, { ...context.repo, issueNumber }, body, inputs.comment === "new" /* New */ ? "new" /* New */ : "update" /* Update */, marker)
      );
      if (result) {
        setOutput("comment-id" /* CommentId */, String(result.id));
        info(`dualrun: PR #${issueNumber} comment ${result.id} ${result.action}`);
      }
    }
  }
  if (client && checkRunId !== void 0) {
    const { annotations, omitted } = renderAnnotations(report, {
      maxAnnotations: ANNOTATIONS_MAX_TOTAL,
      maxTitleChars: ANNOTATION_TITLE_MAX_CHARS,
      maxMessageChars: ANNOTATION_MESSAGE_MAX_CHARS
    });
    const note = omitted > 0 ? `
${omitted.toLocaleString("en-US")} more findings are not annotated (at most ${ANNOTATIONS_MAX_TOTAL.toLocaleString("en-US")} per check run).
` : "";
    const summary = renderMarkdownReport(report, { reportName, ...artifactUrl && { reportUrl: artifactUrl }, budget: { maxSize: CHECK_RUN_SUMMARY_MAX_CHARS - note.length } }) + note;
    const title = `${report.verdict}: ${report.counts.errors} errors, ${report.counts.warnings} warnings`.slice(0, CHECK_RUN_TITLE_MAX_CHARS);
    await bestEffort(
      `complete check run ${checkRunId}`,
      () => completeCheckRun(client, checkTarget(context), checkRunId, { conclusion: checkConclusion(report, inputs.failOn), title, summary, annotations })
    );
  }
}
function checkTarget(context) {
  return { owner: context.repo.owner, repo: context.repo.repo };
}
async function run() {
  const runnerTemp = process.env["RUNNER_TEMP"] || tmpdir();
  let client;
  let context;
  let checkRunId;
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
      checkRunId = await bestEffort("create the check run", () => startCheckRun(github, checkTarget(runContext), inputs.checkName, runContext.headSha));
      if (checkRunId !== void 0) setOutput("check-run-id" /* CheckRunId */, String(checkRunId));
    }
    const left = await acquire(inputs.left, "left", inputs, context, runnerTemp);
    const right = await acquire(inputs.right, "right", inputs, context, runnerTemp);
    const report = await compareAcquired(left, right, inputs);
    await publish(report, inputs, context, client, checkRunId, runnerTemp);
    if (gateFails(report, inputs.failOn)) {
      setFailed(`dualrun: verdict ${report.verdict} with ${report.counts.errors} errors and ${report.counts.warnings} warnings (fail-on: ${inputs.failOn})`);
    }
  } catch (error2) {
    const message = redact(error2 instanceof UserError ? `dualrun: ${error2.message}` : `dualrun: unexpected error: ${oneLine(error2)}`);
    if (!(error2 instanceof UserError) && error2 instanceof Error && error2.stack) debug(redact(error2.stack));
    setOutput("verdict" /* Verdict */, "error");
    await reportFailure(message, client, context, checkRunId);
    setFailed(message);
  }
}
async function reportFailure(message, client, context, checkRunId) {
  const text = `### \u26D4 dualrun could not compare

${mdText(message, 2e3)}
`;
  await bestEffort("write the job summary", () => appendJobSummary(process.env["GITHUB_STEP_SUMMARY"], text));
  if (client && context && checkRunId !== void 0) {
    const github = client;
    const target = checkTarget(context);
    await bestEffort(
      `complete check run ${checkRunId}`,
      () => completeCheckRun(github, target, checkRunId, { conclusion: "failure", title: "dualrun could not compare", summary: text, annotations: [] })
    );
  }
}

// src/index.ts
await run();
