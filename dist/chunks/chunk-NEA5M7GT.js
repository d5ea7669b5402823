import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/core/model/errors.ts
var UserError = class extends Error {
  name = "UserError";
};
function oneLine(error) {
  return messageOf(error).replace(/\s*\n\s*/g, " ").trim();
}
function firstLine(error) {
  return oneLine((messageOf(error).split("\n", 1)[0] ?? "").trim());
}
function messageOf(error) {
  const message = typeof error === "object" && error !== null ? error.message : void 0;
  return typeof message === "string" ? message : String(error);
}
var UnusableSideError = class extends UserError {
  constructor(message, kind = "unreadable", problems = [message]) {
    super(message);
    this.kind = kind;
    this.problems = problems;
  }
  kind;
  problems;
  name = "UnusableSideError";
};

export {
  UserError,
  oneLine,
  firstLine,
  UnusableSideError
};
