import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/core/model/words.ts
function thousands(count) {
  if (!Number.isSafeInteger(count)) return count.toLocaleString("en-US");
  const digits = String(Math.abs(count));
  const grouped = digits.length <= 3 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, ",");
  return count < 0 || Object.is(count, -0) ? `-${grouped}` : grouped;
}
function plural(count, noun) {
  return `${thousands(count)} ${noun}${count === 1 ? "" : "s"}`;
}

// src/render/format.ts
var ELLIPSIS = "\u2026";
function shorten(text, maxChars) {
  if (text.length <= maxChars) return text;
  const codePoints = Array.from(text.slice(0, maxChars * 2));
  if (codePoints.length <= maxChars && text.length <= maxChars * 2) return text;
  return codePoints.slice(0, Math.max(0, maxChars - 1)).join("") + ELLIPSIS;
}
var graphemes;
function shortenTo(text, limit) {
  const measure = limit.measure ?? ((t) => t.length);
  if (measure(text) <= limit.maxSize) return text;
  const clusters = Array.from((graphemes ??= new Intl.Segmenter(void 0, { granularity: "grapheme" })).segment(text.slice(0, limit.maxSize + 16)), (s) => s.segment);
  let lo = 0;
  let hi = clusters.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(clusters.slice(0, mid).join("") + ELLIPSIS) <= limit.maxSize) lo = mid;
    else hi = mid - 1;
  }
  const cut = clusters.slice(0, lo).join("") + ELLIPSIS;
  return measure(cut) <= limit.maxSize ? cut : "";
}
function runPlace(runs, f) {
  if (f.side === void 0) return "";
  const label = runs[f.side].label;
  return f.path !== void 0 ? `${label} ${f.path}` : label;
}
function findingSentence(runs, f) {
  const where = [runPlace(runs, f), f.pointer ?? ""].filter((part) => part !== "").join(" ");
  return where === "" ? f.message : `${where}: ${f.message}`;
}
function groupByArtifact(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const group = groups.get(f.artifact);
    if (group === void 0) groups.set(f.artifact, [f]);
    else group.push(f);
  }
  return groups;
}
var PRESENCE_WORDS = { present: "present", missing: "MISSING", unreadable: "UNREADABLE" };
function changeCounts(report) {
  const { changes, total, errors, warnings } = report.counts;
  const severities = [errors > 0 ? plural(errors, "error") : "", warnings > 0 ? plural(warnings, "warning") : ""].filter(Boolean).join(", ");
  return `${plural(changes, "change")} (${plural(total, "finding")}${severities !== "" ? `: ${severities}` : ""})`;
}
var STAGE_WORDS = {
  "run-status": "run status",
  inputs: "inputs",
  scoring: "scoring",
  ranking: "ranking",
  derived: "derived outputs",
  metadata: "metadata"
};
function causeCounts(cause) {
  const followers = (cause.consequences ?? []).reduce((sum, c) => sum + c.changes.length, 0);
  const follow = followers > 0 ? `; ${plural(followers, "change")} follow${followers === 1 ? "s" : ""} from it` : "";
  return `${plural(cause.changes.length, "change")}, ${plural(cause.findings, "finding")}${follow}`;
}
function presentEverywhere(report) {
  return report.presence.every((row) => row.left === "present" && row.right === "present");
}
function percent(fraction) {
  const value = Math.round(fraction * 1e3) / 10;
  return `${value}%`;
}
function tau(value) {
  return value === null ? "n/a" : value.toFixed(3);
}
var COVERAGE_NAMED = 10;
function coverageSentence(files) {
  const ignored = files.filter((f) => f.outcome === "ignored");
  const oneSide = files.filter((f) => f.outcome === "one-side").length;
  const differs = files.filter((f) => f.outcome === "differs").length;
  const compared = files.length - ignored.length - oneSide;
  const named = ignored.slice(0, COVERAGE_NAMED).map((f) => f.path);
  if (ignored.length > named.length) named.push(`${ignored.length - named.length} more`);
  const parts = [`${compared} compared${differs > 0 ? ` (${differs} differ)` : ""}`];
  if (ignored.length > 0) parts.push(`${ignored.length} ignored by policy: ${named.join(", ")}`);
  if (oneSide > 0) parts.push(`${oneSide} on one side only`);
  return `${files.length} file${files.length === 1 ? "" : "s"}: ${parts.join(", ")}`;
}

// src/render/markdownSafe.ts
var ZWJ = "\u200D";
var BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
var CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
var MARKUP_REFERENCES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "|": "&#124;",
  "\\": "&#92;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "[": "&#91;",
  "]": "&#93;"
};
var MARKUP_CHARS = /[&<>|\\`*_~[\]]/g;
function singleLine(text) {
  return text.replace(BIDI_CONTROLS, "").replace(/\r\n|\r|\n/g, "\u23CE").replace(CONTROL_CHARS, (c) => c === "	" ? " " : "\uFFFD");
}
function multiLine(text, tab) {
  return text.replace(BIDI_CONTROLS, "").replace(/\r\n?/g, "\n").replace(CONTROL_CHARS, (c) => c === "\n" ? "\n" : c === "	" ? tab : "\uFFFD");
}
function plainText(text, maxChars) {
  return shorten(multiLine(text, " "), maxChars);
}
function encodeMarkup(text) {
  return text.replace(MARKUP_CHARS, (c) => MARKUP_REFERENCES[c] ?? c);
}
function mdText(value, maxChars) {
  return encodeMarkup(shorten(singleLine(value), maxChars).replace(/[@#]/g, (c) => c + ZWJ));
}
function mdCode(value, maxChars) {
  return `<code>${encodeMarkup(shorten(singleLine(value), maxChars))}</code>`;
}
function markerKey(key) {
  return key.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 64);
}

export {
  thousands,
  plural,
  shorten,
  shortenTo,
  findingSentence,
  groupByArtifact,
  PRESENCE_WORDS,
  changeCounts,
  STAGE_WORDS,
  causeCounts,
  presentEverywhere,
  percent,
  tau,
  coverageSentence,
  singleLine,
  multiLine,
  plainText,
  mdText,
  mdCode,
  markerKey
};
