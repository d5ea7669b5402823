import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderMarkdownReport
} from "./chunk-7DAWHY66.js";
import {
  findingSentence,
  mdCode,
  mdText,
  plural
} from "./chunk-E6LWIQVA.js";

// src/render/legsFormat.ts
function topCause(row, report) {
  const first = report?.findings[0];
  return row.causes?.[0]?.title ?? (first !== void 0 && report !== void 0 ? findingSentence(report, first) : void 0);
}
function changesCell(row) {
  return row.counts.changes !== void 0 ? plural(row.counts.changes, "change") : plural(row.counts.total, "finding");
}
function legsHeadline(counts) {
  const parts = ["pass", "fail", "error"].filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${v}`);
  return `${plural(counts.legs, "leg")}: ${parts.join(", ")}`;
}

// src/render/legsMarkdown.ts
var CAUSE_MAX_CHARS = 120;
var NAME_MAX_CHARS = 80;
var MIN_LEG_SHARE = 400;
var VERDICT_CELL = { pass: "\u2705 pass", fail: "\u274C fail", error: "\u26D4 error" };
function renderLegsMarkdown(aggregate, legs, options = {}) {
  const measure = options.budget?.measure ?? ((text) => text.length);
  const reports = new Map(legs.map((leg) => [leg.name, leg.report]));
  const reportName = options.reportName ?? "dualrun-legs";
  const icon = VERDICT_CELL[aggregate.verdict].split(" ")[0];
  const head = (options.header ?? "") + `### ${icon} dualrun: ${aggregate.verdict.toUpperCase()} \u2014 ${legsHeadline(aggregate.counts)}

| leg | verdict | top cause | changes |
|---|---|---|---|
` + aggregate.legs.map((row) => {
    const cause = topCause(row, reports.get(row.name));
    return `| ${mdCode(row.name, NAME_MAX_CHARS)} | ${VERDICT_CELL[row.verdict]} | ${cause === void 0 ? "\u2014" : mdText(cause, CAUSE_MAX_CHARS)} | ${changesCell(row)} |
`;
  }).join("") + "\n";
  const failing = aggregate.legs.filter((row) => row.verdict !== "pass" && reports.has(row.name));
  const open = (name, verdict, left, right) => `<details>
<summary>${VERDICT_CELL[verdict]} \xB7 <code>${mdText(name, NAME_MAX_CHARS)}</code> \xB7 ${mdText(left, NAME_MAX_CHARS)} vs ${mdText(right, NAME_MAX_CHARS)}</summary>

`;
  const close = "\n</details>\n\n";
  const skipped = (count) => `_\u2026details of ${plural(count, "more leg")} in their reports (${mdCode(reportName, NAME_MAX_CHARS)})._
`;
  if (options.budget && measure(head) + measure(skipped(failing.length)) > options.budget.maxSize) {
    return fitLines(head, options.budget.maxSize, measure);
  }
  let room = options.budget ? options.budget.maxSize - measure(head) - measure(skipped(failing.length)) : Infinity;
  const parts = [head];
  let shown = 0;
  for (const [i, row] of failing.entries()) {
    const wrapper = open(row.name, row.verdict, row.left.label, row.right.label);
    const share = Math.floor(room / (failing.length - i)) - measure(wrapper) - measure(close);
    if (share < MIN_LEG_SHARE) break;
    const body = renderMarkdownReport(reports.get(row.name), {
      reportName: `${reportName}: ${row.report !== null ? row.report.split(/[\\/]/).pop() ?? row.report : row.name}`,
      ...options.reportUrl !== void 0 && { reportUrl: options.reportUrl },
      ...options.budget && { budget: { maxSize: share, measure } }
    });
    parts.push(wrapper, body, close);
    room -= measure(wrapper) + measure(body) + measure(close);
    shown++;
  }
  if (shown < failing.length) parts.push(skipped(failing.length - shown));
  return parts.join("");
}
function fitLines(text, maxSize, measure) {
  let out = "";
  for (const line of text.split(/(?<=\n)/)) {
    if (measure(out + line) > maxSize) break;
    out += line;
  }
  return out;
}

export {
  topCause,
  changesCell,
  legsHeadline,
  renderLegsMarkdown
};
