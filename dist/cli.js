#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  BYTE_SIZE_FORMS,
  UserError,
  VERSION,
  compareRuns,
  firstLine,
  oneLine,
  parseByteSize,
  renderJson
} from "./chunks/chunk-SVXQJMV2.js";
import "./chunks/chunk-EUBOKAVK.js";
import {
  PRESENCE_WORDS,
  coverageSentence,
  groupByArtifact,
  singleLine
} from "./chunks/chunk-WIZFQIAR.js";
import "./chunks/chunk-FA6EQWUK.js";

// src/cli/main.ts
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/render/text.ts
var PASS_LINE = "PASS: dual-run deterministic comparison matched";
var FAIL_LINE = "FAIL: dual-run deterministic comparison failed";
function findingLine(f) {
  const kind = f.severity === "error" ? f.kind : `${f.kind}, warning`;
  const where = f.pointer !== void 0 && f.pointer !== "" && !f.message.includes(f.pointer) ? `${f.pointer}: ` : "";
  return singleLine(`  - [${kind}] ${where}${f.message}`);
}
function rankedLine(report) {
  const count = (side) => report.stats.reduce((sum, s) => sum + (s[side] ?? 0), 0);
  const identical = report.stats.filter((s) => s.identicalBytes).length;
  return `ranked: ${report.stats.length} file pair${report.stats.length === 1 ? "" : "s"} (${identical} byte-identical), ${count("leftItems")} / ${count("rightItems")} items`;
}
function renderText(report) {
  const lines = [report.verdict === "pass" ? PASS_LINE : FAIL_LINE];
  if (report.verdict === "pass") {
    lines.push(`left_run_dir=${report.left.path}`, `right_run_dir=${report.right.path}`, `allow_run_id_drift=${report.options.allowRunIdDrift ? "True" : "False"}`);
  }
  const { errors, warnings } = report.counts;
  lines.push(
    "",
    `verdict: ${report.verdict} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`,
    `left:  ${report.left.label} run_id=${report.left.run_id ?? "unknown"} ${report.left.path}`,
    `right: ${report.right.label} run_id=${report.right.run_id ?? "unknown"} ${report.right.path}`,
    `policy: ${report.policy.name}; run-id drift ${report.options.allowRunIdDrift ? "allowed" : "not allowed"}; schemas ${report.options.schemas}`,
    rankedLine(report),
    `files: ${singleLine(coverageSentence(report.files))}`,
    ""
  );
  const width = Math.max(8, ...report.presence.map((row) => row.artifact.length));
  const col = Math.max(10, report.left.label.length + 2);
  lines.push(`${"presence".padEnd(width)}  ${report.left.label.padEnd(col)}${report.right.label}`);
  for (const row of report.presence) lines.push(`${row.artifact.padEnd(width)}  ${PRESENCE_WORDS[row.left].padEnd(col)}${PRESENCE_WORDS[row.right]}`);
  for (const [artifact, group] of groupByArtifact(report.findings)) {
    lines.push("", `${artifact} (${group.length})`, ...group.map(findingLine));
  }
  return `${lines.join("\n")}
`;
}

// src/cli/main.ts
var EXIT = { pass: 0, fail: 1, error: 2 };
var FORMATS = ["text", "json", "markdown"];
var USAGE = `usage: dualrun compare LEFT_RUN_DIR RIGHT_RUN_DIR [options]
       dualrun LEFT_RUN_DIR RIGHT_RUN_DIR [options]   (drop-in for compare_run_artifacts.py)

options:
  --allow-run-id-drift      tolerate different run ids (two environments never share one)
  --repo-root DIR           accepted for compatibility; never widens what is read
  --policy NAME|FILE        a built-in preset (signalcraft-v1, signalcraft-published, none) or a policy file (YAML or JSON) extending one
  --schemas DIR             validate against your own schema files instead of the shipped ones
  --format text|json|markdown   output format (default text)
  --output FILE             write the output to FILE instead of stdout
  --left-label L, --right-label R   names of the two runs (default left, right)
  --max-file-size SIZE, --max-total-size SIZE, --max-files N   read limits per run dir
                            (SIZE: bytes or 500MB, 2GiB; defaults 512MiB, 2GiB, 10000)
  -h, --help, --version

exit status: 0 pass, 1 fail, 2 error (a required artifact missing or unreadable) or usage error
`;
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
async function render(report, format) {
  switch (format) {
    case "json":
      return renderJson(report);
    case "markdown": {
      const { renderMarkdownReport } = await import("./chunks/markdown-U26GCITS.js");
      return renderMarkdownReport(report);
    }
    case "text":
      return renderText(report);
  }
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
    if (args.length !== 2) throw new UserError(`expected two run directories, got ${args.length}
${USAGE}`);
    const format = values.format;
    if (!FORMATS.includes(format)) throw new UserError(`--format must be one of ${FORMATS.join(", ")}, got '${values.format}'`);
    const limits = {};
    const maxFile = byteSize("max-file-size", values["max-file-size"]);
    const maxTotal = byteSize("max-total-size", values["max-total-size"]);
    const maxFiles = positiveInteger("max-files", values["max-files"]);
    if (maxFile !== void 0) limits.maxFileBytes = maxFile;
    if (maxTotal !== void 0) limits.maxTotalBytes = maxTotal;
    if (maxFiles !== void 0) limits.maxFiles = maxFiles;
    const report = await compareRuns({
      left: { path: args[0], label: values["left-label"] },
      right: { path: args[1], label: values["right-label"] },
      allowRunIdDrift: values["allow-run-id-drift"],
      ...values.policy !== void 0 ? { policyFile: values.policy } : {},
      ...values.schemas !== void 0 ? { schemasDir: values.schemas } : {},
      limits
    });
    const output = await render(report, format);
    if (values.output !== void 0) {
      try {
        await writeFile(values.output, output);
      } catch (error) {
        throw new UserError(`--output ${values.output}: ${oneLine(error)}`);
      }
    } else io.stdout.write(output);
    return EXIT[report.verdict];
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
process.exitCode = await runCli(process.argv.slice(2), process);
