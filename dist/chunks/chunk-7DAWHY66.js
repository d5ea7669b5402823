import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  STAGE_WORDS,
  causeCounts,
  changeCounts,
  coverageSentence,
  groupByArtifact,
  mdCode,
  mdText,
  percent,
  plural,
  presentEverywhere,
  tau,
  thousands
} from "./chunk-E6LWIQVA.js";

// src/render/markdown.ts
var VALUE_MAX_CHARS = 120;
var MESSAGE_MAX_CHARS = 300;
var NAME_MAX_CHARS = 80;
var CAUSE_MAX_CHARS = 240;
var CONSEQUENCES_SHOWN = 8;
var COVERAGE_MAX_CHARS = 600;
var VERDICT_ICON = { pass: "\u2705", fail: "\u274C", error: "\u26D4" };
var PRESENCE_CELL = {
  present: "\u2705 present",
  missing: "\u274C missing",
  unreadable: "\u26A0\uFE0F unreadable"
};
function formatValue(value) {
  return value === void 0 ? "<i>absent</i>" : mdCode(JSON.stringify(value), VALUE_MAX_CHARS);
}
function sideLabel(report, side) {
  return mdText(report[side].label, NAME_MAX_CHARS);
}
function where(report, f) {
  const parts = [];
  if (f.side) parts.push(f.path !== void 0 ? `${sideLabel(report, f.side)} ${mdCode(f.path, NAME_MAX_CHARS)}` : sideLabel(report, f.side));
  if (f.job !== void 0) parts.push(`job ${mdCode(f.job, NAME_MAX_CHARS)}`);
  if (f.field !== void 0) parts.push(`field ${mdCode(f.field, NAME_MAX_CHARS)}`);
  if (f.pointer !== void 0 && f.pointer !== "") parts.push(mdCode(f.pointer, NAME_MAX_CHARS));
  return parts.length > 0 ? parts.join(" \xB7 ") : "\u2014";
}
function findingRow(report, f) {
  const icon = f.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
  const values = f.left !== void 0 || f.right !== void 0;
  const location = where(report, f);
  const detail = values ? location : `${location === "\u2014" ? "" : `${location} \xB7 `}${mdText(f.message, MESSAGE_MAX_CHARS)}`;
  return `| ${icon} ${f.kind} | ${detail} | ${values ? formatValue(f.left) : "\u2014"} | ${values ? formatValue(f.right) : "\u2014"} |
`;
}
function severityCounts(findings) {
  const errors = findings.filter((f) => f.severity === "error").length;
  const parts = [errors > 0 ? plural(errors, "error") : "", findings.length > errors ? plural(findings.length - errors, "warning") : ""];
  return parts.filter(Boolean).join(", ");
}
function causeItem(cause, bullet, indent) {
  const example = cause.examples[0];
  const eg = example !== void 0 ? ` e.g. ${mdText(example.explanation, CAUSE_MAX_CHARS)}` : "";
  let text = `${indent}${bullet} **${STAGE_WORDS[cause.stage]}** \xB7 ${mdText(cause.title, CAUSE_MAX_CHARS)} \u2014 ${causeCounts(cause)}.${eg}
`;
  const consequences = cause.consequences ?? [];
  for (const consequence of consequences.slice(0, CONSEQUENCES_SHOWN)) text += causeItem(consequence, "-", `${indent}   `);
  if (consequences.length > CONSEQUENCES_SHOWN) text += `${indent}   - _\u2026${plural(consequences.length - CONSEQUENCES_SHOWN, "more consequence")} in the full report_
`;
  return text;
}
function rankingTable(report) {
  const ranking = report.ranking ?? [];
  if (ranking.length === 0) return "";
  const rows = ranking.map((s) => {
    const move = s.maxShift[0];
    const moved = move !== void 0 ? `${mdCode(move.job, NAME_MAX_CHARS)} ${move.left} \u2192 ${move.right}` : "\u2014";
    return `| ${mdCode(s.artifact, NAME_MAX_CHARS)} | ${thousands(s.shared)} / +${thousands(s.added)} / \u2212${thousands(s.removed)} | \u03C4-b ${tau(s.kendallTau)} \xB7 ${percent(s.topOverlap["10"])} \xB7 ${percent(s.topOverlap["50"])} | ${moved} |
`;
  });
  return `#### Ranking

| list | shared / added / removed | \u03C4-b \xB7 top-10 \xB7 top-50 | largest move |
|---|---|---|---|
${rows.join("")}
`;
}
function renderMarkdownReport(report, options = {}) {
  const measure = options.budget?.measure ?? ((text) => text.length);
  const piece = (text) => ({ text, size: measure(text) });
  const left = sideLabel(report, "left");
  const right = sideLabel(report, "right");
  const reportName = options.reportName ?? "dualrun-report";
  const reportRef = options.reportUrl ? `[${mdText(reportName, NAME_MAX_CHARS)}](${encodeURI(options.reportUrl).replace(/[()]/g, (c) => c === "(" ? "%28" : "%29")})` : `the ${mdCode(reportName, NAME_MAX_CHARS)} artifact of this run`;
  const runId = (side) => {
    const id = report[side].run_id;
    return id === null ? "<i>no run id</i>" : `run ${mdCode(id, NAME_MAX_CHARS)}`;
  };
  const head = piece(
    (options.header ?? "") + `### ${VERDICT_ICON[report.verdict]} dualrun: ${report.verdict.toUpperCase()} \u2014 ${left} vs ${right}

**${changeCounts(report)}** \xB7 ${left}: ${runId("left")} \xB7 ${right}: ${runId("right")} \xB7 policy ${mdCode(report.policy.name, NAME_MAX_CHARS)}` + (report.options.allowRunIdDrift ? " \xB7 run-id drift allowed" : "") + "\n\n" + (report.files.length > 0 ? `Covered: ${mdText(coverageSentence(report.files), COVERAGE_MAX_CHARS)}

` : "")
  );
  const causes = (report.causes ?? []).map((cause, i) => piece(causeItem(cause, `${i + 1}.`, "")));
  const causesHead = piece(causes.length > 0 ? "**Causes**, most important first:\n\n" : "");
  const causesMore = (hidden) => `${hidden > 0 ? `
_\u2026${plural(hidden, "more cause")} in the full report._
` : ""}${causes.length > 0 ? "\n" : ""}`;
  const ranking = piece(rankingTable(report));
  const collapsed = report.presence.length > 0 && presentEverywhere(report);
  const incomplete = report.presence.filter((row) => row.left !== "present" || row.right !== "present");
  const matrixHead = piece(
    collapsed ? `All ${plural(report.presence.length, "required artifact")} present on both sides.
` : incomplete.length > 0 ? `#### Required artifacts not present on both sides

| artifact | file | ${left} | ${right} |
|---|---|---|---|
` : ""
  );
  const matrixRows = (collapsed ? [] : incomplete).map(
    (row) => piece(`| ${mdCode(row.artifact, NAME_MAX_CHARS)} | ${mdCode(row.path, NAME_MAX_CHARS)} | ${PRESENCE_CELL[row.left]} | ${PRESENCE_CELL[row.right]} |
`)
  );
  const matrixMore = (hidden) => `| _\u2026${plural(hidden, "more artifact")} in the full report_ | | | |
`;
  const groups = [...groupByArtifact(report.findings)].map(([artifact, findings]) => ({
    open: piece(
      `<details open>
<summary><code>${mdText(artifact, NAME_MAX_CHARS)}</code> \xB7 ${severityCounts(findings)}</summary>

| finding | where | ${left} | ${right} |
|---|---|---|---|
`
    ),
    rows: findings.map((f) => piece(findingRow(report, f)))
  }));
  const groupClose = (hidden, shown) => (hidden > 0 ? `${shown > 0 ? "\n" : ""}_\u2026and ${plural(hidden, "more finding")} for this artifact in the full report._
` : "") + "\n</details>\n\n";
  const findingsHead = piece(report.findings.length > 0 ? `#### Findings by artifact

` : `No differences found.

`);
  const matrixGap = piece(report.presence.length > 0 ? "\n" : "");
  const groupsMore = (hidden) => `_\u2026${plural(hidden, "more artifact")} with findings in the full report._

`;
  const total = report.findings.length;
  const htmlLine = options.htmlFile ? `Pictures of where every job went: open ${mdCode(options.htmlFile, NAME_MAX_CHARS)} from it in a browser.
` : "";
  const footer = (shown) => (shown < total ? `Showing ${thousands(shown)} of ${plural(total, "finding")}; the full report (${reportRef}) lists every one.
` : `Full report: ${reportRef}.
`) + htmlLine;
  const layout = (d) => {
    const parts = [head.text, causesHead.text, ...causes.slice(0, d.causes).map((p) => p.text), causesMore(causes.length - d.causes)];
    if (d.ranking > 0) parts.push(ranking.text);
    parts.push(matrixHead.text, ...matrixRows.slice(0, d.matrixRows).map((p) => p.text));
    if (d.matrixRows < matrixRows.length) parts.push(matrixMore(matrixRows.length - d.matrixRows));
    parts.push(matrixGap.text, findingsHead.text);
    let shown = 0;
    for (const group of groups.slice(0, d.groups)) {
      const rows = group.rows.slice(0, d.rowsPerGroup);
      shown += rows.length;
      parts.push(group.open.text, ...rows.map((p) => p.text), groupClose(group.rows.length - rows.length, rows.length));
    }
    if (d.groups < groups.length) parts.push(groupsMore(groups.length - d.groups));
    parts.push(footer(shown));
    return parts.join("");
  };
  const sizeOf = (d) => {
    let size = head.size + causesHead.size + measure(causesMore(causes.length - d.causes)) + matrixHead.size + matrixGap.size + findingsHead.size;
    for (const cause of causes.slice(0, d.causes)) size += cause.size;
    if (d.ranking > 0) size += ranking.size;
    for (const row of matrixRows.slice(0, d.matrixRows)) size += row.size;
    if (d.matrixRows < matrixRows.length) size += measure(matrixMore(matrixRows.length - d.matrixRows));
    let shown = 0;
    for (const group of groups.slice(0, d.groups)) {
      const count = Math.min(d.rowsPerGroup, group.rows.length);
      shown += count;
      size += group.open.size + measure(groupClose(group.rows.length - count, count));
      for (let i = 0; i < count; i++) size += group.rows[i].size;
    }
    if (d.groups < groups.length) size += measure(groupsMore(groups.length - d.groups));
    return size + measure(footer(shown));
  };
  const full = {
    causes: causes.length,
    rowsPerGroup: Math.max(0, ...groups.map((g) => g.rows.length)),
    groups: groups.length,
    ranking: ranking.text === "" ? 0 : 1,
    matrixRows: matrixRows.length
  };
  const budget = options.budget;
  if (!budget) return layout(full);
  const fits = (d) => sizeOf(d) <= budget.maxSize;
  const chosen = chooseDetail(full, fits);
  if (chosen) return layout(chosen);
  const minimal = `${head.text}The report is too large to show here; see ${reportRef}.
`;
  return measure(minimal) <= budget.maxSize ? minimal : truncateToFit(minimal, budget.maxSize, measure);
}
function largest(lo, hi, ok) {
  let best = lo - 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
function chooseDetail(full, fits) {
  if (fits(full)) return full;
  const rows = largest(1, full.rowsPerGroup, (n) => fits({ ...full, rowsPerGroup: n }));
  if (rows >= 1) return { ...full, rowsPerGroup: rows };
  const noRows = { ...full, rowsPerGroup: 0 };
  const groups = largest(0, full.groups, (n) => fits({ ...noRows, groups: n }));
  if (groups >= 0) return { ...noRows, groups };
  const bare = { ...noRows, groups: 0, ranking: 0 };
  const matrixRows = largest(0, full.matrixRows, (n) => fits({ ...bare, matrixRows: n }));
  if (matrixRows >= 0) return { ...bare, matrixRows };
  const causes = largest(0, full.causes, (n) => fits({ ...bare, matrixRows: 0, causes: n }));
  return causes >= 0 ? { ...bare, matrixRows: 0, causes } : void 0;
}
function truncateToFit(text, maxSize, measure) {
  let cut = text;
  while (cut.length > 0 && measure(cut) > maxSize) cut = cut.slice(0, Math.max(0, cut.lastIndexOf("\n", cut.length - 2) + 1));
  return cut;
}

export {
  renderMarkdownReport
};
