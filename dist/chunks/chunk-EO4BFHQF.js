import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/render/format.ts
function shorten(text, max) {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}\u2026`;
}
function showValue(value, max = 120) {
  return value === void 0 ? "absent" : shorten(JSON.stringify(value), max);
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
function locationOf(f) {
  const parts = [];
  if (f.side !== void 0) parts.push(f.side);
  if (f.job !== void 0) parts.push(`job ${shorten(f.job, 60)}`);
  if (f.pointer !== void 0 && f.pointer !== "") parts.push(f.pointer);
  return parts.join(" ");
}
var PRESENCE_WORDS = { present: "present", missing: "MISSING", unreadable: "UNREADABLE" };

export {
  showValue,
  groupByArtifact,
  locationOf,
  PRESENCE_WORDS
};
