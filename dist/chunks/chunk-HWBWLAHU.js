import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  findingSentence
} from "./chunk-PB4TSMUK.js";

// src/render/legsFormat.ts
function plural(count, noun) {
  return `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
}
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

export {
  plural,
  topCause,
  changesCell,
  legsHeadline
};
