import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  groupByArtifact,
  multiLine,
  shorten,
  singleLine,
  thousands
} from "./chunk-E6LWIQVA.js";

// src/render/html.ts
import { createHash } from "node:crypto";

// src/render/htmlSafe.ts
var HTML_REFERENCES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var HTML_CHARS = /[&<>"']/g;
function encode(text) {
  return text.replace(HTML_CHARS, (c) => HTML_REFERENCES[c] ?? c);
}
function htmlText(value, maxChars) {
  const line = singleLine(value);
  return encode(maxChars === void 0 ? line : shorten(line, maxChars));
}
function htmlAttr(value) {
  return encode(singleLine(value));
}
function htmlBlock(value) {
  return encode(multiLine(value, "  "));
}

// src/render/rankPicture.ts
var WIDTH = 480;
var HEIGHT = 440;
var PLOT = { x: 70, y: 24, size: 340 };
var STRIP = 16;
var coordinate = (n) => n.toFixed(1);
function stride(items, max) {
  if (items.length <= max) return [...items];
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)]);
}
function samplePoints(points, max) {
  if (points.length <= max) return [...points];
  const moved = points.filter((p) => p.moved);
  const keptMoved = stride(moved, max);
  const unmoved = points.filter((p) => !p.moved);
  return [...keptMoved, ...stride(unmoved, max - keptMoved.length)];
}
function rankPicture(ranking, options2) {
  const points = ranking.points ?? [];
  const shown = samplePoints(points, options2.maxPoints);
  const added = stride(ranking.addedRanks ?? [], options2.maxPoints);
  const removed = stride(ranking.removedRanks ?? [], options2.maxPoints);
  let ranks = Math.max(1, options2.ranks);
  for (const p of points) ranks = Math.max(ranks, p.left, p.right);
  for (const r of [...added, ...removed]) ranks = Math.max(ranks, r);
  const at = (rank) => (rank - 0.5) / ranks * PLOT.size;
  const notes = [];
  if (ranking.pointsSampled) notes.push(`The report holds a sample of the ${thousands(ranking.shared)} shared jobs as points.`);
  if (shown.length < points.length) notes.push(`Showing ${thousands(shown.length)} of ${thousands(points.length)} points (every moved job first, then an even sample).`);
  const addedTotal = ranking.addedRanks?.length ?? 0;
  const removedTotal = ranking.removedRanks?.length ?? 0;
  if (added.length < addedTotal || removed.length < removedTotal) notes.push("Added and removed jobs are sampled the same way.");
  const k = Math.min(Math.max(0, options2.topK), ranks);
  const band = k / ranks * PLOT.size;
  const radius = shown.length <= 200 ? 3.5 : shown.length <= 2e3 ? 2 : 1.2;
  const parts = [];
  parts.push(
    `<svg class="rank-picture" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img">`,
    `<title>Rank on ${htmlText(options2.leftLabel, 60)} against rank on ${htmlText(options2.rightLabel, 60)}</title>`,
    `<rect class="plot" x="${PLOT.x}" y="${PLOT.y}" width="${PLOT.size}" height="${PLOT.size}"/>`
  );
  if (k > 0) {
    parts.push(
      `<rect class="band" x="${PLOT.x}" y="${PLOT.y}" width="${coordinate(band)}" height="${PLOT.size}"/>`,
      `<rect class="band" x="${PLOT.x}" y="${PLOT.y}" width="${PLOT.size}" height="${coordinate(band)}"/>`,
      `<text class="band-label" x="${coordinate(PLOT.x + band + 4)}" y="${PLOT.y + 12}">top ${k}</text>`
    );
  }
  parts.push(`<line class="diagonal" x1="${PLOT.x}" y1="${PLOT.y}" x2="${PLOT.x + PLOT.size}" y2="${PLOT.y + PLOT.size}"/>`);
  for (const p of shown) if (!p.moved) parts.push(`<circle class="pt" cx="${coordinate(PLOT.x + at(p.left))}" cy="${coordinate(PLOT.y + at(p.right))}" r="${radius}"/>`);
  for (const p of shown) {
    if (!p.moved) continue;
    parts.push(
      `<circle class="pt moved" cx="${coordinate(PLOT.x + at(p.left))}" cy="${coordinate(PLOT.y + at(p.right))}" r="${radius + 0.5}"><title>${htmlText(p.job, 120)}: rank ${p.left} \u2192 ${p.right}</title></circle>`
    );
  }
  const addedX = PLOT.x - STRIP;
  for (const r of added) parts.push(`<line class="added" x1="${addedX}" x2="${addedX + STRIP - 4}" y1="${coordinate(PLOT.y + at(r))}" y2="${coordinate(PLOT.y + at(r))}"/>`);
  const removedY = PLOT.y + PLOT.size + 4;
  for (const r of removed) parts.push(`<line class="removed" y1="${removedY}" y2="${removedY + STRIP - 4}" x1="${coordinate(PLOT.x + at(r))}" x2="${coordinate(PLOT.x + at(r))}"/>`);
  const bottom = PLOT.y + PLOT.size + STRIP + 14;
  parts.push(
    `<text class="tick" x="${PLOT.x}" y="${bottom}">1</text>`,
    `<text class="tick end" x="${PLOT.x + PLOT.size}" y="${bottom}">${ranks}</text>`,
    `<text class="tick end" x="${addedX - 4}" y="${PLOT.y + 10}">1</text>`,
    `<text class="tick end" x="${addedX - 4}" y="${PLOT.y + PLOT.size}">${ranks}</text>`,
    `<text class="axis" x="${PLOT.x + PLOT.size / 2}" y="${bottom + 18}">rank on ${htmlText(options2.leftLabel, 40)} \u2192</text>`,
    `<text class="axis" transform="translate(${addedX - 20} ${PLOT.y + PLOT.size / 2}) rotate(-90)">rank on ${htmlText(options2.rightLabel, 40)} \u2192</text>`,
    `<text class="strip-label" x="${addedX + 2}" y="${PLOT.y - 6}">added</text>`,
    `<text class="strip-label" x="${PLOT.x + PLOT.size + 2}" y="${removedY + 10}">removed</text>`,
    "</svg>"
  );
  return { svg: parts.join(""), drawn: shown.length, notes };
}

// src/render/html.ts
var DEFAULTS = { maxFindingsPerArtifact: 500, maxFindings: 2e3, maxFiles: 500, maxChangedJobs: 100, maxPoints: 2e3 };
var DEFAULT_TOP_K = 10;
var OPEN_CHANGED_JOBS = 5;
var VALUE_MAX_CHARS = 160;
var NAME_MAX_CHARS = 120;
var MESSAGE_MAX_CHARS = 300;
var STYLE = `
:root{color-scheme:light;--fail:#b3261e;--pass:#1b7f3b;--error:#8a4b00;--muted:#5f6368;--line:#d9dce1;--band:#1f6feb}
*{box-sizing:border-box}
[hidden]{display:none !important}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#fff}
main{max-width:1240px;margin:0 auto;padding:16px 24px 48px}
h1{font-size:24px;margin:0}
h2{font-size:18px;margin:28px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:15px;margin:16px 0 6px}
code,pre{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{background:#f6f8fa;padding:10px;overflow:auto;border:1px solid var(--line)}
table{border-collapse:collapse;margin:6px 0;width:100%}
th,td{border:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f6f8fa;font-weight:600}
#findings-table{table-layout:fixed}
#findings-table th:nth-child(1){width:74px}#findings-table th:nth-child(2){width:92px}#findings-table th:nth-child(3){width:200px}
#findings-table th:nth-child(4){width:44px}#findings-table th:nth-child(5){width:130px}#findings-table th:nth-child(6){width:96px}
#findings-table th:nth-child(7),#findings-table th:nth-child(8){width:16%}#findings-table th:nth-child(10){width:96px}
td code{overflow-wrap:anywhere}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.verdict{padding:14px 18px;border-radius:6px;color:#fff}
.verdict-pass{background:var(--pass)}.verdict-fail{background:var(--fail)}.verdict-error{background:var(--error)}
.verdict p{margin:4px 0 0}
.absent,.note,.more td{color:var(--muted);font-style:italic}
.state-missing,.state-unreadable,.state-unsafe,.outcome-differs,.outcome-one-side{color:var(--fail);font-weight:600}
.outcome-ignored{color:var(--muted)}
.sev-error{color:var(--fail);font-weight:600}.sev-warning{color:var(--error)}
.stage{display:inline-block;min-width:80px;padding:0 6px;border-radius:3px;background:#eef1f5;font-size:12px}
ol.causes>li{margin:6px 0}
.examples{margin:2px 0 0;color:#30363d}
del{background:#ffebe9;text-decoration:none}ins{background:#dafbe1;text-decoration:none}
.pictures{display:flex;flex-wrap:wrap;gap:16px}
figure{margin:0;border:1px solid var(--line);padding:8px}
figcaption{max-width:480px;font-size:12.5px}
.rank-picture .plot{fill:#fafbfc;stroke:#8c959f}
.rank-picture .band{fill:var(--band);fill-opacity:.08}
.rank-picture .band-label{fill:var(--band);font-size:11px}
.rank-picture .diagonal{stroke:#8c959f;stroke-dasharray:4 3}
.rank-picture .pt{fill:#57606a;fill-opacity:.7}
.rank-picture .pt.moved{fill:#d1242f;fill-opacity:.95}
.rank-picture .added{stroke:#1a7f37;stroke-width:2}
.rank-picture .removed{stroke:#9a6700;stroke-width:2}
.rank-picture text{font-size:11px;fill:#57606a}
.rank-picture .end{text-anchor:end}
.rank-picture .axis{text-anchor:middle;font-size:12px;fill:#1f2328}
.key{display:inline-block;width:10px;height:10px;border-radius:50%;margin:0 3px 0 8px;vertical-align:-1px}
.key-pt{background:#57606a}.key-moved{background:#d1242f}.key-added{background:#1a7f37;border-radius:0}.key-removed{background:#9a6700;border-radius:0}
#filters{margin:6px 0;display:flex;gap:12px;flex-wrap:wrap;align-items:center}
details.job{margin:6px 0}details.job>summary{cursor:pointer}
footer{margin-top:32px;color:var(--muted);font-size:12px}
`;
var SCRIPT = `
(function(){var form=document.getElementById('filters');if(!form)return;form.hidden=false;
var selects=form.querySelectorAll('select');var rows=document.querySelectorAll('#findings-table tr[data-kind]');
var count=document.getElementById('filter-count');
function apply(){var want=[];for(var i=0;i<selects.length;i++)if(selects[i].value)want.push([selects[i].name,selects[i].value]);
var shown=0;for(var j=0;j<rows.length;j++){var ok=true;for(var k=0;k<want.length;k++)if(rows[j].getAttribute('data-'+want[k][0])!==want[k][1])ok=false;
rows[j].hidden=!ok;if(ok)shown++}count.textContent=shown+' of '+rows.length+' rows shown';}
form.addEventListener('change',apply);apply();})();
`;
var sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
var CONTENT_SECURITY_POLICY = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; base-uri 'none'; form-action 'none'`;
var VERDICT_WORDS = { pass: "PASS", fail: "FAIL", error: "ERROR" };
var OUTCOME_ORDER = { differs: 0, "one-side": 1, ignored: 2, same: 3 };
var JOB_RECORD_KINDS = /* @__PURE__ */ new Set(["job-score", "job-field", "job-moved", "job-added", "job-removed", "family"]);
var count = (n, noun, plural = `${noun}s`) => `${thousands(n)} ${n === 1 ? noun : plural}`;
var code = (value, maxChars = NAME_MAX_CHARS) => `<code>${htmlText(value, maxChars)}</code>`;
var absent = (what) => `<p class="absent">${what} not in this report.</p>`;
var section = (id, title, body) => `<section id="${id}"><h2>${title}</h2>${body}</section>
`;
function jsonValue(value) {
  return value === void 0 ? '<span class="absent">absent</span>' : code(JSON.stringify(value), VALUE_MAX_CHARS);
}
function percent(fraction) {
  return `${(fraction * 100).toFixed(fraction === 1 || fraction === 0 ? 0 : 1)}%`;
}
function verdictSection(report, left, right) {
  const runId = (side) => {
    const id = report[side].run_id;
    return id === null ? '<span class="absent">no run id</span>' : code(id);
  };
  const { errors, warnings, total } = report.counts;
  return `<section id="verdict" class="verdict verdict-${report.verdict}"><h1>dualrun: ${VERDICT_WORDS[report.verdict]} \u2014 ${left} vs ${right}</h1><p>${count(errors, "error")}, ${count(warnings, "warning")} (${count(total, "finding")})${report.options.allowRunIdDrift ? " \xB7 run-id drift allowed" : ""}</p></section>
<table class="runs"><tr><th></th><th>label</th><th>run id</th><th>run dir</th></tr><tr><th>left</th><td>${left}</td><td>${runId("left")}</td><td>${code(report.left.path)}</td></tr><tr><th>right</th><td>${right}</td><td>${runId("right")}</td><td>${code(report.right.path)}</td></tr></table>
`;
}
function example(e) {
  const where = [code(e.artifact), e.job !== void 0 ? `job ${code(e.job)}` : "", e.field !== void 0 ? `field ${code(e.field)}` : ""];
  const values = e.left !== void 0 || e.right !== void 0 ? ` <del>${jsonValue(e.left)}</del> \u2192 <ins>${jsonValue(e.right)}</ins>` : "";
  return `<li>${where.filter(Boolean).join(" \xB7 ")}${values} \u2014 ${htmlText(e.explanation, MESSAGE_MAX_CHARS)}</li>`;
}
function causeItem(cause) {
  const examples = cause.examples.length > 0 ? `<ul class="examples">${cause.examples.map(example).join("")}</ul>` : "";
  const consequences = cause.consequences && cause.consequences.length > 0 ? `<p class="note">which explains:</p><ol class="causes">${cause.consequences.map(causeItem).join("")}</ol>` : "";
  return `<li><span class="stage">${htmlText(cause.stage)}</span> <strong>${htmlText(cause.title, MESSAGE_MAX_CHARS)}</strong> \u2014 ${count(cause.changes.length, "change")}, ${count(cause.findings, "finding")}${examples}${consequences}</li>`;
}
function causesSection(report) {
  if (report.causes === void 0) return section("causes", "Causes", absent("The explained causes are"));
  if (report.causes.length === 0) return section("causes", "Causes", "<p>No causes: nothing differs.</p>");
  return section("causes", "Causes", `<ol class="causes">${report.causes.map(causeItem).join("")}</ol>`);
}
function changesSection(report) {
  const changes = report.counts.changes;
  if (changes === void 0) return section("changes", "Changes", absent("The changes count is"));
  return section("changes", "Changes", `<p><strong>${count(changes, "change")}</strong> behind ${count(report.counts.total, "finding")}.</p>`);
}
var stateCell = (state) => `<td class="state-${state}">${state}</td>`;
function presenceSection(report, left, right) {
  if (report.presence.length === 0) return section("presence", "Required artifacts", '<p class="absent">No presence matrix: a run dir could not be read.</p>');
  const rows = report.presence.map((row) => `<tr><td>${code(row.artifact)}</td><td>${code(row.path)}</td>${stateCell(row.left)}${stateCell(row.right)}</tr>`);
  return section("presence", "Required artifacts", `<table><tr><th>artifact</th><th>file</th><th>${left}</th><th>${right}</th></tr>${rows.join("")}</table>`);
}
function inventorySection(report, left, right, max) {
  if (report.files === void 0) return section("files", "File inventory", absent("The file inventory is"));
  const files = report.files;
  const byOutcome = /* @__PURE__ */ new Map();
  for (const f of files) byOutcome.set(f.outcome, (byOutcome.get(f.outcome) ?? 0) + 1);
  const summary = [...byOutcome].sort((a, b) => OUTCOME_ORDER[a[0]] - OUTCOME_ORDER[b[0]]).map(([outcome, n]) => `${thousands(n)} ${outcome}`);
  const shown = [...files].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]).slice(0, max);
  const rows = shown.map(
    (f) => `<tr><td>${code(f.path)}</td><td>${f.mode}</td>${stateCell(f.left)}${stateCell(f.right)}<td class="outcome-${f.outcome}">${f.outcome}</td><td>${f.reason === void 0 ? "" : htmlText(f.reason, MESSAGE_MAX_CHARS)}</td></tr>`
  );
  const more = files.length > shown.length ? `<p class="note">${count(files.length - shown.length, "more file")} in the JSON report.</p>` : "";
  return section(
    "files",
    "File inventory",
    `<p>${count(files.length, "file")}${summary.length > 0 ? `: ${summary.join(", ")}` : ""}.</p><table><tr><th>path</th><th>mode</th><th>${left}</th><th>${right}</th><th>outcome</th><th>reason</th></tr>${rows.join("")}</table>${more}`
  );
}
function rankingSection(report) {
  if (report.ranking === void 0) return section("ranking", "Ranking statistics", absent("Ranking statistics are"));
  if (report.ranking.length === 0) return section("ranking", "Ranking statistics", "<p>No ranked lists were compared.</p>");
  const rows = report.ranking.map((r) => {
    const top = r.maxShift[0];
    const shift = top === void 0 ? "\u2014" : `${code(top.job)}: ${top.left} \u2192 ${top.right} (${top.shift > 0 ? "+" : ""}${top.shift})`;
    return `<tr><td>${code(r.artifact)}</td><td class="num">${thousands(r.shared)}</td><td class="num">${thousands(r.added)}</td><td class="num">${thousands(r.removed)}</td><td class="num">${r.kendallTau === null ? "\u2014" : r.kendallTau.toFixed(3)}</td><td class="num">${percent(r.topOverlap["10"])}</td><td class="num">${percent(r.topOverlap["50"])}</td><td>${shift}</td></tr>`;
  });
  return section(
    "ranking",
    "Ranking statistics",
    `<table><tr><th>ranked list</th><th>shared</th><th>added</th><th>removed</th><th>Kendall \u03C4</th><th>top-10 overlap</th><th>top-50 overlap</th><th>largest move</th></tr>${rows.join("")}</table>`
  );
}
function picturesSection(report, maxPoints) {
  if (report.ranking === void 0) return section("pictures", "Where every job went", absent("Ranking points are"));
  const topK = report.policy.ranking?.topK ?? DEFAULT_TOP_K;
  const lengths = new Map(report.stats.map((s) => [s.artifact, Math.max(s.leftItems ?? 0, s.rightItems ?? 0)]));
  const figures = report.ranking.map((r) => {
    if (r.points === void 0) return `<figure data-artifact="${htmlAttr(r.artifact)}"><figcaption>${code(r.artifact)}</figcaption>${absent("Its points are")}</figure>`;
    const picture = rankPicture(r, { maxPoints, topK, ranks: lengths.get(r.artifact) ?? 0, leftLabel: report.left.label, rightLabel: report.right.label });
    const moved = r.points.filter((p) => p.moved).length;
    const notes = picture.notes.map((n) => `<br><span class="note">${n}</span>`).join("");
    return `<figure data-artifact="${htmlAttr(r.artifact)}">${picture.svg}<figcaption>${code(r.artifact)}: ${count(r.shared, "shared job")} (${count(moved, "moved", "moved")}), ${thousands(r.added)} added, ${thousands(r.removed)} removed; top-${topK} band shaded.<br><span class="key key-pt"></span>same rank<span class="key key-moved"></span>moved<span class="key key-added"></span>added (left strip, at its ${htmlText(report.right.label, 40)} rank)<span class="key key-removed"></span>removed (bottom strip, at its ${htmlText(report.left.label, 40)} rank)${notes}</figcaption></figure>`;
  });
  return section("pictures", "Where every job went", figures.length > 0 ? `<div class="pictures">${figures.join("")}</div>` : "<p>No ranked lists were compared.</p>");
}
var legOf = (f) => f.side ?? "both";
var legWords = (report, leg) => leg === "left" || leg === "right" ? report[leg].label : leg;
function options(name, label, values, words = (v) => v) {
  const choices = [...new Set(values)].sort().map((v) => `<option value="${htmlAttr(v)}">${htmlText(words(v), NAME_MAX_CHARS)}</option>`);
  return `<label>${label} <select name="${name}"><option value="">all</option>${choices.join("")}</select></label>`;
}
function findingsSection(report, left, right, perArtifact, total) {
  if (report.findings.length === 0) return section("findings", "Findings", "<p>No differences found.</p>");
  const withChange = report.findings.some((f) => f.change !== void 0);
  const columns = 9 + (withChange ? 1 : 0);
  const rows = [];
  let shown = 0;
  for (const [artifact, findings] of groupByArtifact(report.findings)) {
    const take = Math.max(0, Math.min(perArtifact, total - shown, findings.length));
    for (const f of findings.slice(0, take)) {
      rows.push(
        `<tr data-kind="${f.kind}" data-artifact="${htmlAttr(f.artifact)}" data-severity="${f.severity}" data-leg="${legOf(f)}"><td class="sev-${f.severity}">${f.severity}</td><td>${f.kind}</td><td>${code(f.artifact)}${f.path !== void 0 ? ` ${code(f.path)}` : ""}</td><td>${htmlText(legWords(report, legOf(f)), NAME_MAX_CHARS)}</td><td>${f.job === void 0 ? "" : code(f.job)}</td><td>${f.field === void 0 ? "" : code(f.field)}</td><td>${jsonValue(f.left)}</td><td>${jsonValue(f.right)}</td><td>${htmlText(f.message, MESSAGE_MAX_CHARS)}${f.pointer ? ` <code class="pointer">${htmlText(f.pointer, NAME_MAX_CHARS)}</code>` : ""}</td>${withChange ? `<td>${f.change === void 0 ? "" : code(f.change)}</td>` : ""}</tr>`
      );
    }
    shown += take;
    if (take < findings.length) rows.push(`<tr class="more"><td colspan="${columns}">${count(findings.length - take, "more finding")} for ${code(artifact)} in the JSON report.</td></tr>`);
  }
  const filters = `<form id="filters" hidden>${options("kind", "kind", report.findings.map((f) => f.kind))}${options("artifact", "artifact", report.findings.map((f) => f.artifact))}${options("severity", "severity", report.findings.map((f) => f.severity))}${options("leg", "leg", report.findings.map(legOf), (leg) => legWords(report, leg))}<span id="filter-count"></span></form>`;
  const cap = shown < report.findings.length ? `<p class="note">Showing ${count(shown, "finding")} of ${thousands(report.findings.length)}; the JSON report lists every one.</p>` : "";
  return section(
    "findings",
    "Findings",
    `${cap}${filters}<table id="findings-table"><thead><tr><th>severity</th><th>kind</th><th>artifact</th><th>leg</th><th>job</th><th>field</th><th>${left}</th><th>${right}</th><th>detail</th>${withChange ? "<th>change</th>" : ""}</tr></thead><tbody>${rows.join("")}</tbody></table>`
  );
}
function changedJobs(findings) {
  const jobs = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.job === void 0 || !JOB_RECORD_KINDS.has(f.kind)) continue;
    const key = JSON.stringify([f.artifact, f.job]);
    const group = jobs.get(key);
    if (group === void 0) jobs.set(key, [f]);
    else group.push(f);
  }
  return jobs;
}
function changedJobsSection(report, left, right, max) {
  const jobs = changedJobs(report.findings);
  if (jobs.size === 0) return section("jobs", "Changed jobs", "<p>No job changed.</p>");
  const views = [];
  for (const findings of jobs.values()) {
    if (views.length >= max) break;
    const first = findings[0];
    const rows = findings.map(
      (f) => `<tr><td>${f.field === void 0 ? htmlText(f.kind) : code(f.field)}</td><td><del>${jsonValue(f.left)}</del></td><td><ins>${jsonValue(f.right)}</ins></td></tr>`
    );
    views.push(
      `<details class="job"${views.length < OPEN_CHANGED_JOBS ? " open" : ""}><summary>${code(first.artifact)} \xB7 job ${code(first.job ?? "")} \xB7 ${count(findings.length, "changed field")}</summary><table class="side-by-side"><tr><th>field</th><th>${left}</th><th>${right}</th></tr>${rows.join("")}</table></details>`
    );
  }
  const more = jobs.size > views.length ? `<p class="note">${count(jobs.size - views.length, "more changed job")} in the JSON report.</p>` : "";
  return section("jobs", "Changed jobs", `<p>${count(jobs.size, "job")} changed; each shows its changed fields, ${left} on the left, ${right} on the right.</p>${views.join("")}${more}`);
}
function policySection(report) {
  return section("policy", "Effective policy", `<details><summary>${code(report.policy.name)}: the normalization policy this comparison used</summary><pre>${htmlBlock(JSON.stringify(report.policy, null, 2))}</pre></details>`);
}
function renderHtmlReport(report, options2 = {}) {
  const o = { ...DEFAULTS, ...options2 };
  const left = htmlText(report.left.label, NAME_MAX_CHARS);
  const right = htmlText(report.right.label, NAME_MAX_CHARS);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>dualrun ${VERDICT_WORDS[report.verdict]}: ${left} vs ${right}</title>
<style>${STYLE}</style></head>
<body><main>
` + verdictSection(report, left, right) + causesSection(report) + changesSection(report) + presenceSection(report, left, right) + inventorySection(report, left, right, o.maxFiles) + rankingSection(report) + picturesSection(report, o.maxPoints) + findingsSection(report, left, right, o.maxFindingsPerArtifact, o.maxFindings) + changedJobsSection(report, left, right, o.maxChangedJobs) + policySection(report) + `<footer>${htmlText(report.tool.name)} ${htmlText(report.tool.version)} \xB7 ${htmlText(report.schema)} \xB7 the JSON report holds everything shown here, uncapped.</footer>
</main><script>${SCRIPT}</script></body></html>
`;
}

export {
  CONTENT_SECURITY_POLICY,
  renderHtmlReport
};
