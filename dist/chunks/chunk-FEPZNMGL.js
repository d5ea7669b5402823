import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/render/legsFormat.ts
function plural(count, noun) {
  return `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
}
function topCause(row, report) {
  return row.causes?.[0]?.title ?? report?.findings[0]?.message;
}
function changesCell(row) {
  return row.counts.changes !== void 0 ? plural(row.counts.changes, "change") : plural(row.counts.total, "finding");
}
function legsHeadline(counts) {
  const parts = ["pass", "fail", "error"].filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${v}`);
  return `${plural(counts.legs, "leg")}: ${parts.join(", ")}`;
}

export {
  plural,
  topCause,
  changesCell,
  legsHeadline
};
