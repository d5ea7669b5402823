import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UserError,
  compareRuns,
  oneLine,
  renderJson
} from "./chunks/chunk-DN3ND6P5.js";
import "./chunks/chunk-KKBIEV2A.js";
import {
  markerKey,
  mdText,
  plainText,
  renderMarkdownReport,
  shorten,
  singleLine
} from "./chunks/chunk-J2OEJLZO.js";
import "./chunks/chunk-EO4BFHQF.js";
import {
  debug,
  endGroup,
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
import { mkdtemp, readdir, stat } from "node:fs/promises";
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

// src/action/retry.ts
function retryPolicy(env = process.env) {
  const override = Number(env["DUALRUN_RETRY_BASE_MS"]);
  const baseDelayMs = Number.isFinite(override) && override >= 0 && env["DUALRUN_RETRY_BASE_MS"] !== "" ? override : RETRY_BASE_DELAY_MS;
  return { attempts: RETRY_MAX_ATTEMPTS, baseDelayMs, maxDelayMs: baseDelayMs * RETRY_MAX_DELAY_FACTOR };
}
function httpStatus(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function retryDelay(error, attempt, policy) {
  const status = httpStatus(error);
  if (status === void 0) return void 0;
  const e = error;
  const headers = e.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  const rateLimited = status === 429 || status === 403 && (headers["retry-after"] !== void 0 || String(headers["x-ratelimit-remaining"]) === "0" || /secondary rate limit/i.test(e.message ?? ""));
  if (status < 500 && !rateLimited) return void 0;
  const backoff = policy.baseDelayMs * 2 ** attempt;
  const wanted = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.max(retryAfter * 1e3, backoff) : backoff;
  return Math.min(wanted, policy.maxDelayMs);
}
async function withRetry(call, onRetry, policy = retryPolicy()) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const delay = attempt + 1 < policy.attempts ? retryDelay(error, attempt, policy) : void 0;
      if (delay === void 0) throw error;
      onRetry(error, delay);
      await new Promise((resolve2) => setTimeout(resolve2, delay));
    }
  }
}

// src/action/github.ts
async function createGitHubClient(token, onRetry) {
  const { getOctokit } = await import("./chunks/github-PGQQAXZE.js");
  const client = getOctokit(token);
  client.hook.wrap(
    "request",
    (request, options) => withRetry(
      async () => request(options),
      (error, delayMs) => onRetry(`${options.method} ${options.url} failed (${describeHttpError(error)}); retrying in ${delayMs} ms`)
    )
  );
  return client;
}
function describeHttpError(error) {
  const e = error;
  const status = typeof e?.status === "number" ? `HTTP ${e.status}` : "";
  const message = typeof e?.message === "string" ? e.message.split("\n")[0].slice(0, 200) : String(error);
  return [status, message].filter(Boolean).join(": ");
}

// src/action/artifacts.ts
var RUN_DIR_MARKER = "run_summary.v1.json";
var RUN_DIR_SEARCH_DEPTH = 6;
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
function isNotFound(error) {
  return error?.name === "ArtifactNotFoundError";
}
function downloadError(request, error) {
  const where = `artifact ${request.name} in ${describeSource(request)}`;
  switch (httpStatus(error)) {
    case 410:
      return new UserError(`${where} has expired or was deleted (HTTP 410); re-run the job that uploads it`);
    case 401:
    case 403:
    case 404:
      return new UserError(`cannot read ${where}: ${describeHttpError(error)}; the github-token needs actions:read on ${request.repository.owner}/${request.repository.repo}`);
    default:
      return new UserError(`cannot download ${where}: ${describeHttpError(error)}`);
  }
}
async function downloadRunDir(request, runnerTemp, side2, runDir) {
  const { DefaultArtifactClient } = await import("./chunks/artifact-M7DD42FA.js");
  const client = new DefaultArtifactClient();
  const options = findOptions(request);
  const where = `artifact ${request.name} in ${describeSource(request)}`;
  let artifact;
  try {
    artifact = (await client.getArtifact(request.name, options)).artifact;
  } catch (error) {
    if (!isNotFound(error)) throw downloadError(request, error);
    const names = await client.listArtifacts({ ...options, latest: true }).then(
      (list) => list.artifacts.map((a) => a.name).sort(),
      () => void 0
    );
    const there = names === void 0 ? "the artifact list could not be read" : names.length > 0 ? `artifacts there: ${names.join(", ")}` : "that run has no artifacts";
    throw new UserError(`artifact ${request.name} not found in ${describeSource(request)}; ${there}`);
  }
  const folder = await mkdtemp(join(runnerTemp, `dualrun-${side2}-`));
  let digestMismatch = false;
  try {
    const result = await client.downloadArtifact(artifact.id, {
      path: folder,
      ...artifact.digest && { expectedHash: artifact.digest },
      ...options && { findBy: options.findBy }
    });
    digestMismatch = result.digestMismatch === true;
  } catch (error) {
    throw downloadError(request, error);
  }
  if (digestMismatch) throw new UserError(`${where} does not match its recorded digest ${artifact.digest ?? ""}; refusing to compare a corrupted download`);
  return locateRunDir(folder, runDir, where);
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
    if (chosen !== root && !chosen.startsWith(root + sep)) throw new UserError(`run-dir '${runDir}' points outside ${where}`);
    if (!await isDirectory(chosen)) throw new UserError(`run-dir '${runDir}' is not a folder in ${where}`);
    return chosen;
  }
  const folders = await foldersWithMarker(root);
  if (folders.length === 1) return join(root, folders[0]);
  if (folders.length === 0) throw new UserError(`${where} holds no ${RUN_DIR_MARKER}; set run-dir to the folder inside the artifact that is the run dir`);
  throw new UserError(`${where} holds ${folders.length} folders with ${RUN_DIR_MARKER} (${folders.join(", ")}); set run-dir to one of them`);
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
    checkName: read("check-name" /* CheckName */) || (commentKey ? `dualrun (${commentKey})` : "dualrun")
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
      } catch (error) {
        if (httpStatus(error) !== 404) throw error;
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

// src/action/main.ts
var REPORT_ARTIFACT = "dualrun-report";
var bytes = (text) => Buffer.byteLength(text, "utf8");
async function bestEffort(what, publish2) {
  try {
    return await publish2();
  } catch (error) {
    const status = httpStatus(error);
    const hint = status === 403 ? " (the token is read-only here, e.g. on a pull request from a fork; see the workflow_run pattern in the README)" : status === 404 ? " (it no longer exists, or the token cannot see it)" : "";
    warning(`dualrun could not ${what}: ${describeHttpError(error)}${hint}`);
    return void 0;
  }
}
async function acquire(source, side2, inputs, context, runnerTemp) {
  if (source.kind === "path") return source.path;
  startGroup(`Downloading ${side2} artifact ${source.name}`);
  try {
    return await downloadRunDir(
      {
        name: source.name,
        repository: source.runId === void 0 ? context.repo : inputs.repository,
        token: inputs.token,
        currentRunId: context.runId,
        ...source.runId !== void 0 && { runId: source.runId }
      },
      runnerTemp,
      side2,
      inputs.runDir
    );
  } finally {
    endGroup();
  }
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
    const inputs = parseInputs((name) => getInput(name), process.env["GITHUB_REPOSITORY"]);
    if (inputs.token) setSecret(inputs.token);
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
    const report = await compareRuns({
      left: { path: left, label: inputs.left.label },
      right: { path: right, label: inputs.right.label },
      allowRunIdDrift: inputs.allowRunIdDrift,
      ...inputs.policyFile !== void 0 && { policyFile: inputs.policyFile },
      ...inputs.schemasDir !== void 0 && { schemasDir: inputs.schemasDir }
    });
    await publish(report, inputs, context, client, checkRunId, runnerTemp);
    if (gateFails(report, inputs.failOn)) {
      setFailed(`dualrun: verdict ${report.verdict} with ${report.counts.errors} errors and ${report.counts.warnings} warnings (fail-on: ${inputs.failOn})`);
    }
  } catch (error) {
    const message = error instanceof UserError ? `dualrun: ${error.message}` : `dualrun: unexpected error: ${oneLine(error)}`;
    if (!(error instanceof UserError) && error instanceof Error && error.stack) debug(error.stack);
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
