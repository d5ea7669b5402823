#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  changesCell,
  legsHeadline,
  topCause
} from "./chunks/chunk-HWBWLAHU.js";
import {
  BYTE_SIZE_FORMS,
  DEFAULT_LIMITS,
  UserError,
  VERSION,
  ZipRefusedError,
  buildReport,
  commonJsExport,
  compareRuns,
  extractZip,
  finding,
  firstLine,
  formatBytes,
  loadPolicy,
  oneLine,
  parseByteSize,
  renderJson,
  validateLegsManifest
} from "./chunks/chunk-YZSLKEOD.js";
import "./chunks/chunk-ZKOSYENW.js";
import {
  PRESENCE_WORDS,
  STAGE_WORDS,
  causeCounts,
  changeCounts,
  coverageSentence,
  findingSentence,
  groupByArtifact,
  percent,
  presentEverywhere,
  shorten,
  singleLine,
  tau
} from "./chunks/chunk-PB4TSMUK.js";
import "./chunks/chunk-FA6EQWUK.js";

// src/cli/closedOutput.ts
var CLOSED_CODES = /* @__PURE__ */ new Set(["EPIPE", "ERR_STREAM_DESTROYED", "ERR_STREAM_WRITE_AFTER_END"]);
function endQuietlyWhenClosed(stream) {
  stream.on("error", (error) => {
    if (!CLOSED_CODES.has(error.code ?? "")) throw error;
    stream.write = (() => true);
  });
}

// src/cli/main.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/core/legs/manifest.ts
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
var FAIL_ON_VALUES = ["error", "warning", "never"];
var MAX_MANIFEST_BYTES = 1024 * 1024;
var ALLOWED_KEYS = {
  manifest: ["legs", "fail-on"],
  leg: ["name", "left", "right", "policy"],
  side: ["artifact", "path", "zip", "run-id", "run-dir", "label"]
};
var LEG_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var SOURCE_KEYS = ["artifact", "path", "zip"];
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function legRef(data, index) {
  const leg = isObject(data) && Array.isArray(data.legs) ? data.legs[index] : void 0;
  const name = isObject(leg) ? leg.name : void 0;
  return typeof name === "string" && LEG_NAME.test(name) && name.length <= 64 ? `leg '${name}'` : `leg #${index + 1}`;
}
function at(data, segments) {
  let value = data;
  for (const s of segments) value = isObject(value) || Array.isArray(value) ? value[s] : void 0;
  return value;
}
var quote = (value) => typeof value === "string" ? `'${value}'` : JSON.stringify(value) ?? String(value);
function describeError(error, data) {
  const segments = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const where = [];
  let level = "manifest";
  if (segments[0] === "legs" && segments[1] !== void 0) {
    where.push(legRef(data, Number(segments[1])));
    level = "leg";
    if (segments[2] === "left" || segments[2] === "right") {
      where.push(segments[2]);
      level = "side";
    }
  }
  const depth = level === "manifest" ? 0 : level === "leg" ? 2 : 3;
  const key = segments[depth];
  const value = at(data, segments);
  const problem = (() => {
    switch (error.keyword) {
      case "additionalProperties":
        return `unknown key '${String(error.params.additionalProperty)}' (allowed: ${ALLOWED_KEYS[level].join(", ")})`;
      case "required":
        return error.params.missingProperty === "name" && level === "leg" ? `has no name` : `missing key '${String(error.params.missingProperty)}'`;
      case "oneOf": {
        const given = SOURCE_KEYS.filter((k) => isObject(value) && k in value);
        return given.length === 0 ? `has none of artifact, path, zip (exactly one names where the run dir comes from)` : `has ${given.map((k) => `'${k}'`).join(" and ")}; give exactly one of artifact, path, zip`;
      }
      case "minItems":
        return `'legs' is empty; list at least one leg`;
      case "type": {
        const expected = String(error.params.type);
        const noun = expected === "object" ? "a mapping" : expected === "array" ? "a list" : `a ${expected}`;
        if (level === "manifest" && key === void 0) return `must be a mapping with a 'legs' list`;
        if (key === void 0) return `must be a mapping`;
        return `'${key}' must be ${noun}, got ${quote(value)}`;
      }
      case "minLength":
        return `'${key}' must not be empty`;
      case "maxLength":
        return `'${key}' must be at most ${String(error.params.limit)} characters`;
      case "pattern":
        return `name ${quote(value)} must be letters, digits, '.', '_' or '-', starting with a letter or digit (it names the leg's report file)`;
      case "enum":
        return `'${key}' must be one of ${FAIL_ON_VALUES.join(", ")}, got ${quote(value)}`;
      case "anyOf":
        return `'run-id' must be a workflow run id (a positive whole number), got ${quote(value)}`;
      case "dependencies":
        return `'${String(error.params.property)}' goes with 'artifact' only`;
      case "not":
        return `'run-dir' does not go with 'path' (point 'path' at the run dir itself)`;
      default:
        return `${key !== void 0 ? `'${key}' ` : ""}${error.message ?? error.keyword}`;
    }
  })();
  return where.length > 0 ? `${where.join(" ")}: ${problem}` : problem;
}
function firstSchemaProblem(errors, data) {
  const relevant = errors.filter((e) => !/\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath ?? ""));
  const first = relevant.find((e) => e.keyword === "type") ?? relevant[0] ?? errors[0];
  return first === void 0 ? "invalid" : describeError(first, data);
}
function defaultLabel(source) {
  if (source.kind === "artifact") return source.name;
  const name = basename(source.path.replace(/[\\/]+$/, ""));
  return source.kind === "zip" ? name.replace(/\.zip$/i, "") : name;
}
function toSide(side) {
  const runDir = side["run-dir"] !== void 0 ? { runDir: side["run-dir"] } : {};
  const source = side.artifact !== void 0 ? { kind: "artifact", name: side.artifact, ...side["run-id"] !== void 0 && { runId: Number(side["run-id"]) }, ...runDir } : side.zip !== void 0 ? { kind: "zip", path: side.zip, ...runDir } : { kind: "path", path: side.path };
  return { source, label: side.label ?? defaultLabel(source) };
}
async function parseManifestText(text, source) {
  const parseDocument = commonJsExport(await import("./chunks/dist-VA3P5GNN.js"), "parseDocument");
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const error = doc.errors[0];
  if (error !== void 0) {
    const position = error.linePos?.[0];
    const message = (error.message.split("\n", 1)[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    throw new UserError(`legs manifest ${source}: ${position ? `line ${position.line}, column ${position.col}: ` : ""}not valid YAML or JSON: ${message}`);
  }
  return doc.toJS();
}
async function parseLegsManifest(text, source) {
  const data = await parseManifestText(text, source);
  const fail = (problem) => {
    throw new UserError(`legs manifest ${source}: ${problem}`);
  };
  if (data === null || data === void 0) fail(`is empty; it needs a 'legs' list`);
  if (!validateLegsManifest(data)) fail(firstSchemaProblem(validateLegsManifest.errors ?? [], data));
  const file = data;
  const seen = /* @__PURE__ */ new Map();
  file.legs.forEach((leg, index) => {
    const first = seen.get(leg.name.toLowerCase());
    if (first !== void 0) fail(`${legRef(data, index)} (#${index + 1}): duplicate name; leg #${first + 1} is named '${file.legs[first].name}' (names are compared ignoring case: they name files)`);
    seen.set(leg.name.toLowerCase(), index);
  });
  return {
    source,
    legs: file.legs.map((leg) => ({ name: leg.name, left: toSide(leg.left), right: toSide(leg.right), ...leg.policy !== void 0 && { policy: leg.policy } })),
    ...file["fail-on"] !== void 0 && { failOn: file["fail-on"] }
  };
}
async function readLegsManifest(path) {
  let text;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error("not a file");
    if (info.size > MAX_MANIFEST_BYTES) throw new Error(`larger than ${MAX_MANIFEST_BYTES} bytes`);
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UserError(`legs manifest ${path}: ${oneLine(error).replace(/^ENOENT: no such file or directory.*$/, "not found")}`);
  }
  return parseLegsManifest(text, path);
}

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run = async (function_, resolve3, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve3(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve3, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve3, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve3, reject) => {
    enqueue(function_, resolve3, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/core/legs/runLegs.ts
import { resolve } from "node:path";

// src/core/compareSides.ts
var UNUSABLE_RULES = { missing: "missing/not-found", unreadable: "unreadable/run-dir", "unsafe-path": "unsafe-path/not-followed" };
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
function unusableSide(side, label, source, error) {
  const { kind, problems } = error ?? {};
  const known = kind === "missing" || kind === "unreadable" || kind === "unsafe-path";
  const lines = Array.isArray(problems) && problems.every((p) => typeof p === "string") && problems.length > 0 ? problems : [oneLine(error)];
  return { side, label, source, unusable: { kind: known ? kind : "unreadable", problems: lines } };
}
async function compareSides(left, right, options) {
  if ("path" in left && "path" in right) return compareRuns({ ...options, left: { path: left.path, label: left.label }, right: { path: right.path, label: right.label } });
  const identity = (s) => ({ label: s.label, path: "path" in s ? s.path : s.source, run_id: null });
  return buildReport({
    left: identity(left),
    right: identity(right),
    options: { allowRunIdDrift: options.allowRunIdDrift, schemas: options.schemasDir ? options.schemasDir : "builtin" },
    presence: [],
    files: [],
    findings: [left, right].flatMap((s) => "unusable" in s ? s.unusable.problems.map((message) => finding(s.unusable.kind, { artifact: "run_dir", rule: UNUSABLE_RULES[s.unusable.kind], side: s.side, message })) : []),
    policy: await loadPolicy(options.policyFile),
    stats: []
  });
}

// src/core/legs/runLegs.ts
var DEFAULT_MAX_PARALLEL_LEGS = 2;
function sourceKey(source) {
  switch (source.kind) {
    case "artifact":
      return JSON.stringify(["artifact", source.runId ?? null, source.name, source.runDir ?? null]);
    case "path":
      return JSON.stringify(["path", resolve(source.path)]);
    case "zip":
      return JSON.stringify(["zip", resolve(source.path), source.runDir ?? null]);
  }
}
function describeLegSource(source) {
  switch (source.kind) {
    case "artifact":
      return `artifact ${source.name}${source.runId !== void 0 ? ` of run ${source.runId}` : ""}`;
    case "path":
      return source.path;
    case "zip":
      return `zip ${source.path}${source.runDir !== void 0 ? ` (run-dir ${source.runDir})` : ""}`;
  }
}
async function checkPolicies(legs) {
  for (const leg of legs) {
    if (leg.policy === void 0) continue;
    try {
      await loadPolicy(leg.policy);
    } catch (error) {
      if (error instanceof UserError) throw new UserError(`leg '${leg.name}': ${error.message}`);
      throw error;
    }
  }
}
async function runLegs(options) {
  const bound = options.maxParallel ?? DEFAULT_MAX_PARALLEL_LEGS;
  if (!Number.isInteger(bound) || bound < 1) throw new UserError(`max-parallel-legs must be a positive whole number, got ${bound}`);
  await checkPolicies(options.legs);
  const legSlots = pLimit(bound);
  const acquireSlots = pLimit(bound);
  const acquired = /* @__PURE__ */ new Map();
  const acquire = (source) => {
    const key = sourceKey(source);
    let pending = acquired.get(key);
    if (pending === void 0) {
      pending = acquireSlots(() => options.acquirer.acquire(source));
      acquired.set(key, pending);
    }
    return pending;
  };
  const sideOf = async (leg, side) => {
    try {
      return { side, label: leg.label, path: await acquire(leg.source) };
    } catch (error) {
      return unusableSide(side, leg.label, describeLegSource(leg.source), error);
    }
  };
  const compareLeg = async (leg) => {
    const [left, right] = await Promise.all([sideOf(leg.left, "left"), sideOf(leg.right, "right")]);
    const compare = { ...options.compare, ...leg.policy !== void 0 && { policyFile: leg.policy } };
    return { leg, report: await compareSides(left, right, compare) };
  };
  return Promise.all(options.legs.map((leg) => legSlots(() => compareLeg(leg))));
}

// src/cli/legs.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/core/legs/aggregate.ts
var LEG_CAUSES_KEPT = 3;
var VERDICT_RANK = { pass: 0, fail: 1, error: 2 };
function worseVerdict(a, b) {
  return VERDICT_RANK[b] > VERDICT_RANK[a] ? b : a;
}
function summarize({ name, report, path }) {
  const changes = report.counts.changes;
  const causes = report.causes?.slice(0, LEG_CAUSES_KEPT);
  return {
    name,
    verdict: report.verdict,
    counts: {
      errors: report.counts.errors,
      warnings: report.counts.warnings,
      total: report.counts.total,
      ...typeof changes === "number" && { changes }
    },
    ...causes !== void 0 && causes.length > 0 && { causes },
    report: path,
    left: { label: report.left.label, run_id: report.left.run_id },
    right: { label: report.right.label, run_id: report.right.run_id }
  };
}
function buildLegsReport(legs) {
  const rows = legs.map(summarize);
  const count = (verdict) => rows.filter((row) => row.verdict === verdict).length;
  const sum = (key) => rows.reduce((n, row) => n + row.counts[key], 0);
  return {
    schema: "dualrun-legs/v1",
    tool: { name: "dualrun", version: VERSION },
    verdict: rows.reduce((worst, row) => worseVerdict(worst, row.verdict), "pass"),
    legs: rows,
    counts: { legs: rows.length, pass: count("pass"), fail: count("fail"), error: count("error"), errors: sum("errors"), warnings: sum("warnings"), total: sum("total") }
  };
}

// src/core/legs/localSources.ts
import { mkdtemp, readdir, rm, stat as stat2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve as resolve2, sep } from "node:path";
var RUN_DIR_MARKER = "run_summary.v1.json";
var isDirectory = (path) => stat2(path).then(
  (s) => s.isDirectory(),
  () => false
);
var UNSAFE_ENTRIES_LISTED = 5;
function refusalProblem(refusal) {
  switch (refusal.reason) {
    case "limit":
      return `over the ${refusal.limit} limit (${refusal.limit === "maxFiles" ? refusal.value : formatBytes(refusal.value)}${refusal.entry !== void 0 ? ` in entry ${JSON.stringify(refusal.entry)}` : ""}); refused before extraction`;
    case "ratio":
      return `entry ${JSON.stringify(refusal.entry)} declares more bytes than deflate can produce (a zip bomb); refused before extraction`;
    case "corrupt":
      return `not a zip that can be read safely (${refusal.detail}); refused`;
    case "unsafe":
      return `holds ${refusal.entries.length} unsafe entries (${refusal.entries.slice(0, UNSAFE_ENTRIES_LISTED).map((e) => `${JSON.stringify(e.name.slice(0, 120))} ${e.problem}`).join("; ")}${refusal.entries.length > UNSAFE_ENTRIES_LISTED ? "; \u2026" : ""}); nothing was extracted`;
  }
}
async function runDirIn(root, runDir, where) {
  if (runDir !== void 0) {
    const chosen = resolve2(root, runDir);
    if (chosen !== root && !chosen.startsWith(root + sep)) throw new UnusableSideError(`${where}: run-dir '${runDir}' points outside the zip`, "unsafe-path");
    if (!await isDirectory(chosen)) throw new UnusableSideError(`${where}: run-dir '${runDir}' is not a folder in the zip`, "missing");
    return chosen;
  }
  const entries = await readdir(root, { withFileTypes: true });
  if (entries.some((e) => e.isFile() && e.name === RUN_DIR_MARKER)) return root;
  const only = entries.length === 1 && entries[0].isDirectory() ? join(root, entries[0].name) : void 0;
  if (only !== void 0 && (await readdir(only)).includes(RUN_DIR_MARKER)) return only;
  throw new UnusableSideError(`${where} holds no ${RUN_DIR_MARKER} at its top; set run-dir to the folder inside it that is the run dir`, "missing");
}
function localSources(limits = {}) {
  const effective = { ...DEFAULT_LIMITS, ...limits };
  const extracted = [];
  return {
    async acquire(source) {
      switch (source.kind) {
        case "artifact":
          throw new UnusableSideError(`artifact ${source.name}: workflow artifacts are downloaded by the action; the CLI reads path and zip sides`, "unreadable");
        case "path":
          if (!await isDirectory(source.path)) throw new UnusableSideError(`path ${source.path}: not found or not a folder`, "missing");
          return source.path;
        case "zip": {
          const where = `zip ${source.path}`;
          const info = await stat2(source.path).catch(() => void 0);
          if (info === void 0 || !info.isFile()) throw new UnusableSideError(`${where}: not found or not a file`, "missing");
          const folder = await mkdtemp(join(tmpdir(), "dualrun-leg-"));
          extracted.push(folder);
          try {
            await extractZip(source.path, folder, effective);
          } catch (error) {
            if (error instanceof ZipRefusedError) throw new UnusableSideError(`${where}: ${refusalProblem(error.refusal)}`, error.refusal.reason === "unsafe" ? "unsafe-path" : "unreadable");
            throw error;
          }
          return runDirIn(folder, source.runDir, where);
        }
      }
    },
    async dispose() {
      await Promise.all(extracted.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
    }
  };
}

// src/render/text.ts
var PASS_LINE = "PASS: dual-run deterministic comparison matched";
var FAIL_LINE = "FAIL: dual-run deterministic comparison failed";
function findingLine(runs, f) {
  const kind = f.severity === "error" ? f.kind : `${f.kind}, warning`;
  return singleLine(`  - [${kind}] ${findingSentence(runs, f)}`);
}
function rankedLine(report) {
  const count = (side) => report.stats.reduce((sum, s) => sum + (s[side] ?? 0), 0);
  const identical = report.stats.filter((s) => s.identicalBytes).length;
  return `ranked: ${report.stats.length} file pair${report.stats.length === 1 ? "" : "s"} (${identical} byte-identical), ${count("leftItems")} / ${count("rightItems")} items`;
}
function causeLines(cause, prefix, indent) {
  const lines = [singleLine(`${indent}${prefix}[${STAGE_WORDS[cause.stage]}] ${cause.title} \u2014 ${causeCounts(cause)}`)];
  const example = cause.examples[0];
  if (example !== void 0) lines.push(singleLine(`${indent}     e.g. ${example.explanation}`));
  for (const consequence of cause.consequences ?? []) lines.push(...causeLines(consequence, "\u2192 ", `${indent}     `));
  return lines;
}
function rankingLines(report) {
  const ranking = report.ranking ?? [];
  if (ranking.length === 0) return [];
  const width = Math.max(...ranking.map((s) => s.artifact.length));
  return [
    "ranking (Kendall tau-b over shared jobs; top-N overlap):",
    ...ranking.map((s) => {
      const move = s.maxShift[0];
      const moved = move !== void 0 ? `; largest move ${move.job} ${move.left} -> ${move.right}` : "";
      return singleLine(
        `  ${s.artifact.padEnd(width)}  ${s.shared} shared, ${s.added} added, ${s.removed} removed; tau ${tau(s.kendallTau)}; top-10 ${percent(s.topOverlap["10"])}, top-50 ${percent(s.topOverlap["50"])}${moved}`
      );
    }),
    ""
  ];
}
function presenceLines(report) {
  if (presentEverywhere(report)) return [`presence: all ${report.presence.length} required artifacts present on both sides`];
  const rows = report.presence.filter((row) => row.left !== "present" || row.right !== "present");
  const width = Math.max(8, ...rows.map((row) => row.artifact.length));
  const col = Math.max(10, report.left.label.length + 2);
  return [
    `${"presence".padEnd(width)}  ${report.left.label.padEnd(col)}${report.right.label}   (${report.presence.length - rows.length} more present on both sides)`,
    ...rows.map((row) => `${row.artifact.padEnd(width)}  ${PRESENCE_WORDS[row.left].padEnd(col)}${PRESENCE_WORDS[row.right]}`)
  ];
}
function renderText(report) {
  const lines = [report.verdict === "pass" ? PASS_LINE : FAIL_LINE];
  if (report.verdict === "pass") {
    lines.push(`left_run_dir=${report.left.path}`, `right_run_dir=${report.right.path}`, `allow_run_id_drift=${report.options.allowRunIdDrift ? "True" : "False"}`);
  }
  lines.push("", `verdict: ${report.verdict} \u2014 ${changeCounts(report)}`);
  const causes = report.causes ?? [];
  if (causes.length > 0) {
    lines.push("causes, most important first:");
    causes.forEach((cause, i) => lines.push(...causeLines(cause, `${i + 1}. `, "  ")));
  }
  lines.push(
    "",
    `left:  ${report.left.label} run_id=${report.left.run_id ?? "unknown"} ${report.left.path}`,
    `right: ${report.right.label} run_id=${report.right.run_id ?? "unknown"} ${report.right.path}`,
    `policy: ${report.policy.name}; run-id drift ${report.options.allowRunIdDrift ? "allowed" : "not allowed"}; schemas ${report.options.schemas}`,
    rankedLine(report),
    `files: ${singleLine(coverageSentence(report.files))}`,
    "",
    ...rankingLines(report),
    ...presenceLines(report)
  );
  for (const [artifact, group] of groupByArtifact(report.findings)) {
    lines.push("", `${artifact} (${group.length})`, ...group.map((f) => findingLine(report, f)));
  }
  return `${lines.join("\n")}
`;
}

// src/render/legsText.ts
var CAUSE_MAX_CHARS = 70;
function renderLegsText(aggregate, legs) {
  const reports = new Map(legs.map((leg) => [leg.name, leg.report]));
  const rows = aggregate.legs.map((row) => [row.name, row.verdict, singleLine(shorten(topCause(row, reports.get(row.name)) ?? "\u2014", CAUSE_MAX_CHARS)), changesCell(row)]);
  const header = ["leg", "verdict", "top cause", "changes"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ");
  const lines = [`dualrun legs: ${aggregate.verdict.toUpperCase()} (${legsHeadline(aggregate.counts)})`, "", line(header), ...rows.map(line)];
  for (const row of aggregate.legs) {
    const report = reports.get(row.name);
    if (row.verdict === "pass" || report === void 0) continue;
    lines.push("", `== ${row.name}: ${row.verdict} (${singleLine(row.left.label)} vs ${singleLine(row.right.label)})${row.report !== null ? `; report ${singleLine(row.report)}` : ""}`);
    for (const [artifact, group] of groupByArtifact(report.findings)) lines.push(`${artifact} (${group.length})`, ...group.map((f) => findingLine(report, f)));
  }
  return `${lines.join("\n")}
`;
}

// src/cli/legs.ts
var LEGS_REPORT_FILE = "dualrun-legs.json";
async function writeInto(dir, name, text) {
  const path = join2(dir, name);
  try {
    await writeFile(path, text);
  } catch (error) {
    throw new UserError(`--output ${dir}: ${oneLine(error)}`);
  }
  return path;
}
async function renderAggregate(aggregate, legs, format) {
  switch (format) {
    case "json":
      return renderJson(aggregate);
    case "markdown": {
      const { renderLegsMarkdown } = await import("./chunks/legsMarkdown-WZ7VCM2G.js");
      return renderLegsMarkdown(aggregate, legs);
    }
    case "text":
      return renderLegsText(aggregate, legs);
  }
}
async function compareLegsCli(options) {
  const manifest = await readLegsManifest(options.manifest);
  const sources = localSources(options.compare.limits);
  let runs;
  try {
    runs = await runLegs({ legs: manifest.legs, acquirer: sources, compare: options.compare, ...options.maxParallel !== void 0 && { maxParallel: options.maxParallel } });
  } finally {
    await sources.dispose();
  }
  const dir = options.outputDir;
  if (dir !== void 0) {
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      throw new UserError(`--output ${dir}: ${oneLine(error)}`);
    }
  }
  const legs = [];
  for (const { leg, report } of runs) {
    legs.push({ name: leg.name, report, path: dir === void 0 ? null : await writeInto(dir, `${leg.name}.report.json`, renderJson(report)) });
  }
  const aggregate = buildLegsReport(legs);
  if (dir !== void 0) await writeInto(dir, LEGS_REPORT_FILE, renderJson(aggregate));
  return { aggregate, output: await renderAggregate(aggregate, legs, options.format), failOn: options.failOn ?? manifest.failOn ?? "error" };
}

// src/render/index.ts
var RENDERERS = {
  text: { description: "plain text, upstream-compatible first line", render: async (report) => renderText(report) },
  json: { description: "the dualrun-report/v1 document", render: async (report) => renderJson(report) },
  markdown: {
    description: "GitHub Markdown",
    render: async (report) => (await import("./chunks/markdown-R5O2R7OZ.js")).renderMarkdownReport(report)
  },
  html: {
    description: "one self-contained HTML page with the rank-shift pictures",
    render: async (report) => (await import("./chunks/html-Q3MC5EIG.js")).renderHtmlReport(report)
  }
};
var FORMATS = Object.keys(RENDERERS);
function isFormat(name) {
  return Object.hasOwn(RENDERERS, name);
}

// src/cli/main.ts
var EXIT = { pass: 0, fail: 1, error: 2 };
var USAGE = `usage: dualrun compare LEFT_RUN_DIR RIGHT_RUN_DIR [options]
       dualrun compare --legs MANIFEST [options]     (every leg of a manifest, one verdict)
       dualrun LEFT_RUN_DIR RIGHT_RUN_DIR [options]   (drop-in for compare_run_artifacts.py)

options:
  --allow-run-id-drift      tolerate different run ids (two environments never share one)
  --repo-root DIR           accepted for compatibility; never widens what is read
  --policy NAME|FILE        a built-in preset (signalcraft-v1, signalcraft-published, none) or a policy file (YAML or JSON) extending one
  --schemas DIR             validate against your own schema files instead of the shipped ones
  --format FORMAT           output format (default text):
${FORMATS.map((name) => `                              ${name.padEnd(9)} ${RENDERERS[name].description}
`).join("")}  --output FILE             write the output to FILE instead of stdout
                            (with --legs: a folder for each leg's <leg>.report.json and dualrun-legs.json)
  --legs MANIFEST           compare every leg of a legs manifest (YAML or JSON; sides are path or zip)
  --max-parallel-legs N     legs compared at once (default ${DEFAULT_MAX_PARALLEL_LEGS})
  --fail-on error|warning|never   what fails: error (default) a fail or error verdict, warning also
                            warnings, never nothing (exit 0); with --legs it overrides the manifest's
  --left-label L, --right-label R   names of the two runs (default left, right)
  --max-file-size SIZE, --max-total-size SIZE, --max-files N   read limits per run dir
                            (SIZE: bytes or 500MB, 2GiB; defaults 512MiB, 2GiB, 10000)
  -h, --help, --version

exit status: 0 pass, 1 fail, 2 error (a required artifact missing or unreadable; with --legs, any leg
that could not be compared) or usage error
`;
function gateExitCode(verdict, warnings, failOn) {
  if (failOn === "never") return EXIT.pass;
  if (verdict !== "pass") return EXIT[verdict];
  return failOn === "warning" && warnings > 0 ? EXIT.fail : EXIT.pass;
}
async function writeOutput(path, output, io) {
  if (path === void 0) {
    io.stdout.write(output);
    return;
  }
  try {
    await writeFile2(path, output);
  } catch (error) {
    throw new UserError(`--output ${path}: ${oneLine(error)}`);
  }
}
function positiveInteger(name, value) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new UserError(`--${name} must be a positive whole number, got '${value}'`);
  return Number(value);
}
function byteSize(name, value) {
  if (value === void 0) return void 0;
  const bytes = parseByteSize(value);
  if (bytes === void 0) throw new UserError(`--${name} must be ${BYTE_SIZE_FORMS}, got '${value}'`);
  return bytes;
}
async function runCli(argv, io) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        "allow-run-id-drift": { type: "boolean", default: false },
        "repo-root": { type: "string" },
        policy: { type: "string" },
        schemas: { type: "string" },
        format: { type: "string", default: "text" },
        output: { type: "string" },
        "left-label": { type: "string", default: "left" },
        "right-label": { type: "string", default: "right" },
        "max-file-size": { type: "string" },
        "max-total-size": { type: "string" },
        "max-files": { type: "string" },
        legs: { type: "string" },
        "max-parallel-legs": { type: "string" },
        "fail-on": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false }
      }
    });
    if (values.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    if (values.version) {
      io.stdout.write(`dualrun ${VERSION}
`);
      return 0;
    }
    const args = positionals[0] === "compare" ? positionals.slice(1) : positionals;
    if (values.legs !== void 0 && args.length > 0) throw new UserError(`--legs takes the run dirs from the manifest; drop the ${args.length} run director${args.length === 1 ? "y" : "ies"} given`);
    if (values.legs === void 0 && args.length !== 2) throw new UserError(`expected two run directories, got ${args.length}
${USAGE}`);
    const format = values.format;
    if (!isFormat(format)) throw new UserError(`--format must be one of ${FORMATS.join(", ")}, got '${values.format}'`);
    const failOn = values["fail-on"];
    if (failOn !== void 0 && !FAIL_ON_VALUES.includes(failOn)) throw new UserError(`--fail-on must be one of ${FAIL_ON_VALUES.join(", ")}, got '${failOn}'`);
    const maxParallel = positiveInteger("max-parallel-legs", values["max-parallel-legs"]);
    const limits = {};
    const maxFile = byteSize("max-file-size", values["max-file-size"]);
    const maxTotal = byteSize("max-total-size", values["max-total-size"]);
    const maxFiles = positiveInteger("max-files", values["max-files"]);
    if (maxFile !== void 0) limits.maxFileBytes = maxFile;
    if (maxTotal !== void 0) limits.maxTotalBytes = maxTotal;
    if (maxFiles !== void 0) limits.maxFiles = maxFiles;
    const compare = {
      allowRunIdDrift: values["allow-run-id-drift"],
      ...values.policy !== void 0 ? { policyFile: values.policy } : {},
      ...values.schemas !== void 0 ? { schemasDir: values.schemas } : {},
      limits
    };
    if (values.legs !== void 0) {
      if (format === "html") throw new UserError("--format html renders one pair; with --legs use text, json or markdown");
      const legs = await compareLegsCli({
        manifest: values.legs,
        format,
        ...values.output !== void 0 && { outputDir: values.output },
        ...failOn !== void 0 && { failOn },
        ...maxParallel !== void 0 && { maxParallel },
        compare
      });
      io.stdout.write(legs.output);
      return gateExitCode(legs.aggregate.verdict, legs.aggregate.counts.warnings, legs.failOn);
    }
    const report = await compareRuns({
      ...compare,
      left: { path: args[0], label: values["left-label"] },
      right: { path: args[1], label: values["right-label"] }
    });
    await writeOutput(values.output, await RENDERERS[format].render(report), io);
    return gateExitCode(report.verdict, report.counts.warnings, failOn ?? "error");
  } catch (error) {
    if (error instanceof UserError) {
      const [first, ...rest] = error.message.split("\n");
      io.stderr.write(`dualrun: ${first}
${rest.length > 0 ? `${rest.join("\n")}` : ""}`);
    } else if (typeof error === "object" && error !== null && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.stderr.write(`dualrun: ${oneLine(error).replace(/\. To specify a positional.*$/, "")}
${USAGE}`);
    } else {
      io.stderr.write(`dualrun: internal error: ${firstLine(error)}
`);
    }
    return EXIT.error;
  }
}

// src/cli.ts
endQuietlyWhenClosed(process.stdout);
process.exitCode = await runCli(process.argv.slice(2), process);
