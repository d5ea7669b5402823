#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_MAX_PARALLEL_LEGS,
  FAIL_ON_VALUES,
  VERSION,
  acquireRunDir,
  buildLegsReport,
  closestNames,
  compareSides,
  readLegsManifest,
  renderJson,
  runLegs,
  unusableSide
} from "./chunks/chunk-EVZNZB77.js";
import {
  DEFAULTS,
  UPSTREAM_DEFAULTS,
  parsePositiveInteger,
  parseReadLimits,
  setting,
  verdictSummary
} from "./chunks/chunk-QGZBPG5S.js";
import {
  changesCell,
  legsHeadline,
  topCause
} from "./chunks/chunk-XHST7S6G.js";
import "./chunks/chunk-7DAWHY66.js";
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
} from "./chunks/chunk-E6LWIQVA.js";
import "./chunks/chunk-C2TSBTK6.js";
import {
  UnusableSideError,
  UserError,
  firstLine,
  oneLine
} from "./chunks/chunk-NEA5M7GT.js";
import "./chunks/chunk-ZKOSYENW.js";
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

// src/cli/legs.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/core/legs/localSources.ts
var RUN_DIR_KEY = "the side's run-dir key";
function localSources(limits = {}) {
  const acquired = [];
  return {
    async acquire(source) {
      if (source.kind === "artifact") {
        throw new UnusableSideError(`artifact ${source.name}: workflow artifacts are downloaded by the action; the CLI reads path and zip sides`, "unreadable");
      }
      const runDir = await acquireRunDir({ path: source.path, runDirSetting: RUN_DIR_KEY, limits, ...source.runDir !== void 0 && { runDir: source.runDir } });
      acquired.push(runDir);
      return runDir.root;
    },
    async dispose() {
      await Promise.all(acquired.splice(0).map((runDir) => runDir.cleanup()));
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
  const path = join(dir, name);
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
      const { renderLegsMarkdown } = await import("./chunks/legsMarkdown-STKB3EX3.js");
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
    render: async (report) => (await import("./chunks/markdown-6WLQEWAO.js")).renderMarkdownReport(report)
  },
  html: {
    description: "one self-contained HTML page with the rank-shift pictures",
    render: async (report) => (await import("./chunks/html-UPB2UEV2.js")).renderHtmlReport(report)
  }
};
var FORMATS = Object.keys(RENDERERS);
function isFormat(name) {
  return Object.hasOwn(RENDERERS, name);
}

// src/cli/main.ts
var EXIT = { pass: 0, fail: 1, error: 2, usage: 2, internal: 3 };
var USAGE = `usage: dualrun compare LEFT RIGHT [options]        (each a run dir, a folder holding run dirs, or a zip)
       dualrun compare --legs MANIFEST [options]     (every leg of a manifest, one verdict)
       dualrun LEFT_RUN_DIR RIGHT_RUN_DIR [options]   (drop-in for compare_run_artifacts.py)

options:
  --left-run-dir D, --right-run-dir D   which run dir inside LEFT / RIGHT when it holds several:
                            a folder name or path, or latest (the newest run_summary created_at_utc)
  --run-dir D               the same for both sides; --left-run-dir / --right-run-dir take precedence
  --allow-run-id-drift, --no-allow-run-id-drift   tolerate different run ids (two environments never
                            share one); default on for compare, off for the drop-in form (as upstream)
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
  --left-label L, --right-label R   names of the two runs (default ${DEFAULTS["left-label"]}, ${DEFAULTS["right-label"]};
                            left, right in the drop-in form)
  --max-file-size SIZE, --max-artifact-size SIZE, --max-files N   read limits per run dir or zip
                            (SIZE: bytes or 500MB, 2GiB; defaults ${DEFAULTS["max-file-size"]}, ${DEFAULTS["max-artifact-size"]}, ${DEFAULTS["max-files"]}; the action's
                            inputs of the same names; --max-total-size is --max-artifact-size)
  -h, --help, help          this text;  -V, --version   the version, one line

exit status: 0 pass, 1 fail, 2 error (a run dir or required artifact missing or unreadable; with --legs,
any leg that could not be compared) or usage error, 3 internal error (a bug in dualrun: please report it)
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
  const parsed = parsePositiveInteger(value);
  if (parsed === void 0) throw new UserError(`--${name} must be a positive whole number; got '${value}'`);
  return parsed;
}
function optionNames() {
  return [...USAGE.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]).filter((name, i, all) => all.indexOf(name) === i);
}
function parseArgsProblem(error) {
  const message = oneLine(error).replace(/\. To specify a positional.*$/, "");
  const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(message);
  if (unknown === null) return `${message}; dualrun --help shows the usage`;
  const near = closestNames(unknown[1], optionNames());
  return `unknown option '${unknown[1]}'${near.length > 0 ? `; did you mean ${near.join(", ")}?` : ""} (dualrun --help lists the options)`;
}
async function runCli(argv, io) {
  const made = {};
  try {
    return await compareCli(argv, io, made);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`dualrun: ${error.message}
`);
      return EXIT.usage;
    }
    if (typeof error === "object" && error !== null && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.stderr.write(`dualrun: ${parseArgsProblem(error)}
`);
      return EXIT.usage;
    }
    io.stderr.write(`dualrun: internal error: ${firstLine(error)}
`);
    if (made.report !== void 0) io.stdout.write(renderJson(made.report));
    return EXIT.internal;
  }
}
async function compareCli(argv, io, made) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      "allow-run-id-drift": { type: "boolean" },
      "no-allow-run-id-drift": { type: "boolean" },
      "repo-root": { type: "string" },
      policy: { type: "string" },
      schemas: { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      "left-label": { type: "string" },
      "right-label": { type: "string" },
      "max-file-size": { type: "string" },
      "max-total-size": { type: "string" },
      "max-artifact-size": { type: "string" },
      "max-files": { type: "string" },
      "run-dir": { type: "string" },
      "left-run-dir": { type: "string" },
      "right-run-dir": { type: "string" },
      legs: { type: "string" },
      "max-parallel-legs": { type: "string" },
      "fail-on": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "V", default: false }
    }
  });
  if (values.help || positionals[0] === "help") {
    io.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`dualrun ${VERSION}
`);
    return 0;
  }
  const dropIn = positionals[0] !== "compare";
  const args = dropIn ? positionals : positionals.slice(1);
  const defaults = dropIn ? { ...DEFAULTS, ...UPSTREAM_DEFAULTS } : DEFAULTS;
  if (values["allow-run-id-drift"] && values["no-allow-run-id-drift"]) throw new UserError("give --allow-run-id-drift or --no-allow-run-id-drift, not both");
  const allowRunIdDrift = values["allow-run-id-drift"] ? true : values["no-allow-run-id-drift"] ? false : defaults["allow-run-id-drift"];
  const labels = { left: values["left-label"] ?? defaults["left-label"], right: values["right-label"] ?? defaults["right-label"] };
  if (values.legs !== void 0 && args.length > 0) throw new UserError(`--legs takes the run dirs from the manifest; drop the ${args.length} run director${args.length === 1 ? "y" : "ies"} given`);
  if (values.legs === void 0 && args.length !== 2) throw new UserError(`expected two run directories (LEFT RIGHT), got ${args.length}; dualrun --help shows the usage`);
  const format = values.format;
  if (!isFormat(format)) throw new UserError(`--format must be one of ${FORMATS.join(", ")}, got '${values.format}'`);
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !FAIL_ON_VALUES.includes(failOn)) throw new UserError(`--fail-on must be one of ${FAIL_ON_VALUES.join(", ")}, got '${failOn}'`);
  const maxParallel = positiveInteger("max-parallel-legs", values["max-parallel-legs"]);
  if (values["max-total-size"] !== void 0 && values["max-artifact-size"] !== void 0) {
    throw new UserError("--max-artifact-size and --max-total-size are one setting (the most bytes read from one run dir or extracted from one zip); give one of them");
  }
  const limits = parseReadLimits(
    { "max-file-size": values["max-file-size"], "max-artifact-size": values["max-artifact-size"] ?? values["max-total-size"], "max-files": values["max-files"] },
    (name) => name === "max-artifact-size" && values["max-total-size"] !== void 0 ? "--max-total-size" : `--${name}`
  );
  const compare = {
    allowRunIdDrift,
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
  const shared = values["run-dir"];
  const acquireSide = async (side, path) => {
    const own = values[`${side}-run-dir`];
    const runDir = own ?? shared;
    try {
      const acquired = await acquireRunDir({
        path,
        limits,
        runDirSetting: setting(own !== void 0 || shared === void 0 ? `${side}-run-dir` : "run-dir"),
        ...runDir !== void 0 && { runDir }
      });
      return { side: { side, label: labels[side], path: acquired.root }, cleanup: acquired.cleanup };
    } catch (error) {
      if (!(error instanceof UnusableSideError)) throw error;
      io.stderr.write(`dualrun: ${error.message}
`);
      return { side: unusableSide(side, labels[side], path, error), cleanup: async () => {
      } };
    }
  };
  const [left, right] = await Promise.all([acquireSide("left", args[0]), acquireSide("right", args[1])]);
  let report;
  try {
    report = await compareSides(left.side, right.side, compare);
    made.report = report;
  } finally {
    await Promise.all([left.cleanup(), right.cleanup()]);
  }
  await writeOutput(values.output, await RENDERERS[format].render(report), io);
  if (values.output !== void 0) io.stderr.write(`dualrun: ${verdictSummary(report)}; report written to ${values.output}
`);
  return gateExitCode(report.verdict, report.counts.warnings, failOn ?? DEFAULTS["fail-on"]);
}

// src/cli.ts
endQuietlyWhenClosed(process.stdout);
process.exitCode = await runCli(process.argv.slice(2), process);
