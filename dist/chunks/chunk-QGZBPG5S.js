import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  legsHeadline,
  renderLegsMarkdown
} from "./chunk-XHST7S6G.js";
import {
  renderMarkdownReport
} from "./chunk-7DAWHY66.js";
import {
  mdText,
  plainText,
  shorten,
  shortenTo,
  singleLine,
  thousands
} from "./chunk-E6LWIQVA.js";
import {
  UserError
} from "./chunk-NEA5M7GT.js";

// src/core/model/defaults.ts
var DEFAULTS = {
  "allow-run-id-drift": true,
  "left-label": "aws",
  "right-label": "on-prem",
  "fail-on": "error",
  "max-file-size": "512MiB",
  "max-artifact-size": "2GiB",
  "max-files": "10000",
  "max-parallel-legs": "2",
  /** The action's only. */
  comment: "update",
  /** The action's only. */
  "download-timeout": "10m"
};
var UPSTREAM_DEFAULTS = {
  "allow-run-id-drift": false,
  "left-label": "left",
  "right-label": "right"
};

// src/core/model/byteSize.ts
var UNITS = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40
};
var BYTE_SIZE_FORMS = "a whole number of bytes (1048576) or a number with a unit (500MB, 2GiB; units B, KB, MB, GB, TB, KiB, MiB, GiB, TiB)";
var SIZE = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i;
function parseByteSize(text) {
  const match = SIZE.exec(text.trim());
  if (!match) return void 0;
  const factor = UNITS[(match[2] || "b").toLowerCase()];
  if (factor === void 0) return void 0;
  const bytes = Math.floor(Number(match[1]) * factor);
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : void 0;
}
function formatBytes(bytes) {
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = "";
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  const exact = `${thousands(bytes)} bytes`;
  return unit === "" ? exact : `${exact} (${Number(value.toFixed(1))} ${unit})`;
}

// src/core/model/options.ts
function setting(name) {
  return `--${name} / ${name}`;
}
function parsePositiveInteger(text) {
  return /^[1-9]\d{0,15}$/.test(text) ? Number(text) : void 0;
}
function parseReadLimits(raw, named) {
  const size = (name) => {
    const text = raw[name] || DEFAULTS[name];
    const bytes = parseByteSize(text);
    if (bytes === void 0) throw new UserError(`${named(name)} must be ${BYTE_SIZE_FORMS}; got '${text}'`);
    return bytes;
  };
  const files = raw["max-files"] || DEFAULTS["max-files"];
  const maxFiles = parsePositiveInteger(files);
  if (maxFiles === void 0) throw new UserError(`${named("max-files")} must be a positive whole number; got '${files}'`);
  return { maxFileBytes: size("max-file-size"), maxTotalBytes: size("max-artifact-size"), maxFiles };
}

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

// src/render/legsAnnotations.ts
function renderLegsAnnotations(legs, limits) {
  const result = { annotations: [], omitted: 0 };
  for (const { name, report } of legs) {
    const prefix = `[${name}] `;
    const rendered = renderAnnotations(report, {
      ...limits,
      maxAnnotations: Math.max(0, limits.maxAnnotations - result.annotations.length),
      // The prefix is ASCII: one unit in characters and in bytes alike.
      title: { ...limits.title, maxSize: Math.max(1, limits.title.maxSize - prefix.length) }
    });
    result.annotations.push(...rendered.annotations.map((a) => ({ ...a, title: prefix + a.title })));
    result.omitted += rendered.omitted;
  }
  return result;
}

// src/render/surfaces.ts
function verdictSummary(report) {
  return `${report.verdict} (${report.counts.errors} errors, ${report.counts.warnings} warnings)`;
}
function links(l) {
  return { reportName: l.reportName, ...l.htmlFile !== void 0 && { htmlFile: l.htmlFile }, ...l.reportUrl !== void 0 && { reportUrl: l.reportUrl } };
}
function commentBody(report, header, reportLinks, budget) {
  return renderMarkdownReport(report, { header, ...links(reportLinks), budget });
}
function jobSummary(report, reportLinks, budget) {
  return renderMarkdownReport(report, { ...links(reportLinks), budget });
}
function omittedAnnotationsNote(omitted, maxAnnotations) {
  return omitted > 0 ? `
${thousands(omitted)} more findings are not annotated (at most ${thousands(maxAnnotations)} per check run).
` : "";
}
function checkRunView(report, reportLinks, budgets) {
  const { annotations, omitted } = renderAnnotations(report, budgets.annotations);
  const note = omittedAnnotationsNote(omitted, budgets.annotations.maxAnnotations);
  const measure = budgets.summary.measure ?? ((text) => text.length);
  const summary = renderMarkdownReport(report, { reportName: reportLinks.reportName, ...reportLinks.reportUrl && { reportUrl: reportLinks.reportUrl }, budget: { ...budgets.summary, maxSize: budgets.summary.maxSize - measure(note) } }) + note;
  const title = `${report.verdict}: ${report.counts.errors} errors, ${report.counts.warnings} warnings`.slice(0, budgets.titleChars);
  const fallback = `### dualrun: ${report.verdict.toUpperCase()}

${title}. GitHub refused the full summary; the job summary and the ${mdText(reportLinks.reportName, 80)} artifact hold the report.
`;
  return { title, summary, fallbackSummary: shortenTo(fallback, budgets.fallbackSummary), annotations };
}
function legsMarkdown(aggregate, legs, header, reportLinks, budget) {
  return renderLegsMarkdown(aggregate, legs, { header, reportName: reportLinks.reportName, ...reportLinks.reportUrl !== void 0 && { reportUrl: reportLinks.reportUrl }, budget });
}
function legsCheckRunView(aggregate, legs, reportLinks, budgets) {
  const { annotations, omitted } = renderLegsAnnotations(legs, budgets.annotations);
  const note = omittedAnnotationsNote(omitted, budgets.annotations.maxAnnotations);
  const measure = budgets.summary.measure ?? ((text) => text.length);
  const summary = legsMarkdown(aggregate, legs, "", reportLinks, { ...budgets.summary, maxSize: budgets.summary.maxSize - measure(note) }) + note;
  const title = `${aggregate.verdict}: ${legsHeadline(aggregate.counts)}`.slice(0, budgets.titleChars);
  const fallback = `### dualrun: ${aggregate.verdict.toUpperCase()}

${title}. GitHub refused the full summary; the job summary and the ${mdText(reportLinks.reportName, 80)} artifact hold the reports.
`;
  return { title, summary, fallbackSummary: shortenTo(fallback, budgets.fallbackSummary), annotations };
}
var FAILURE_MESSAGE_CHARS = 2e3;
function failureSummary(message) {
  return `### \u26D4 dualrun could not compare

${mdText(message, FAILURE_MESSAGE_CHARS)}
`;
}
function failureCheckRunView(message, fallbackBudget) {
  const summary = failureSummary(message);
  return { title: "dualrun could not compare", summary, fallbackSummary: shortenTo(summary, fallbackBudget), annotations: [] };
}
function internalErrorBanner(message) {
  return `> \u26D4 **dualrun failed after the comparison**, so the step fails with verdict \`error\`: ${mdText(message, FAILURE_MESSAGE_CHARS)}
>
> What follows is the report it made.

`;
}
function after(text, budget) {
  return { ...budget, maxSize: Math.max(0, budget.maxSize - (budget.measure ?? ((t) => t.length))(text)) };
}
function partialJobSummary(report, message, reportLinks, budget) {
  const banner = internalErrorBanner(message);
  return banner + jobSummary(report, reportLinks, after(banner, budget));
}
function partialCommentBody(report, message, header, reportLinks, budget) {
  return commentBody(report, header + internalErrorBanner(message), reportLinks, budget);
}
function partialCheckRunView(report, message, reportLinks, budgets) {
  const banner = internalErrorBanner(message);
  const view = checkRunView(report, reportLinks, { ...budgets, summary: after(banner, budgets.summary) });
  return {
    ...view,
    title: `error: internal error after the comparison (${view.title})`.slice(0, budgets.titleChars),
    summary: banner + view.summary,
    fallbackSummary: shortenTo(banner + view.fallbackSummary, budgets.fallbackSummary)
  };
}
function unfinishedCheckRunView(reached) {
  const stopped = reached === void 0 || reached === "cancelled";
  const summary = stopped ? "dualrun's step ended before it finished (the job was cancelled or timed out, or the step was stopped); this commit has no result from this run.\n" : `dualrun's step reached its result (${reached}) but could not complete this check run with it; the job summary and the step's log hold the report.
`;
  return { title: stopped ? "ended before a result" : `${reached}: the result is in the job summary`, summary, fallbackSummary: summary, annotations: [] };
}
function cancelledCheckRunView(signal) {
  const summary = `dualrun was cancelled (${signal}) before it finished; this commit has no result from this run.
`;
  return { title: "cancelled before a result", summary, fallbackSummary: summary, annotations: [] };
}

export {
  formatBytes,
  DEFAULTS,
  UPSTREAM_DEFAULTS,
  setting,
  parsePositiveInteger,
  parseReadLimits,
  verdictSummary,
  commentBody,
  jobSummary,
  checkRunView,
  legsMarkdown,
  legsCheckRunView,
  failureSummary,
  failureCheckRunView,
  internalErrorBanner,
  partialJobSummary,
  partialCommentBody,
  partialCheckRunView,
  unfinishedCheckRunView,
  cancelledCheckRunView
};
