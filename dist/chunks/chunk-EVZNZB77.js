import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULTS,
  formatBytes,
  setting
} from "./chunk-QGZBPG5S.js";
import {
  plural,
  thousands
} from "./chunk-E6LWIQVA.js";
import {
  CONSISTENCY_KINDS,
  CSV_KINDS,
  DOCUMENT_PATHS,
  FAMILIES,
  JOBS,
  KEYED_LIST_KINDS,
  LOAD_KINDS,
  MAX_LISTED_PER_FILE,
  RANKED_KINDS,
  artifactIdOfPath,
  checkConsistency,
  compactPrimary,
  comparePreparedSides,
  compareRankedCsv,
  compareRankedFamilies,
  compareRankedJobs,
  compilePolicy,
  consistencyFindings,
  conventionPath,
  decodeUtf8,
  describeValue,
  diffValues,
  discoverRankedTargets,
  familyJobRefs,
  findingOf,
  inexactNumberFindings,
  inspectPreparedSide,
  inspectRankedCsv,
  inspectRankedFamilies,
  inspectRankedJobs,
  isCleanJson,
  isJsonObject,
  isPlainName,
  makePointerNormalizer,
  mergeTargets,
  parseArtifactJson,
  pointerJoin,
  presentStrings,
  previewValue,
  printable,
  rankedArtifactId,
  rankedJsonSpec,
  rankedOutputRelative,
  readFindings,
  recordedRankedOutputs,
  runDirRelativeOfRecorded,
  runRankedTaskSafely,
  stringAt,
  unknownFamilyJobs,
  valuesEqual
} from "./chunk-C2TSBTK6.js";
import {
  UnusableSideError,
  UserError,
  firstLine,
  oneLine
} from "./chunk-NEA5M7GT.js";
import {
  require_equal,
  require_ucs2length
} from "./chunk-ZKOSYENW.js";
import {
  __commonJS,
  __toESM
} from "./chunk-FA6EQWUK.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values2 = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values2.length; i++) {
        for (let j = i + 1; j < values2.length; j++) {
          const a = values2[i];
          const b = values2[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/core/model/version.ts
var VERSION = "0.1.0";

// src/core/compare/contract.ts
var DOCUMENTS = ["run_summary", "run_health", "provider_availability"];
function get(doc, ...path) {
  let value = doc;
  for (const key of path) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
    value = value[key];
  }
  return value;
}
function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function values(left, right) {
  return { ...left !== void 0 ? { left } : {}, ...right !== void 0 ? { right } : {} };
}
var CONTRACT_KINDS = {
  contract: {
    severity: "error",
    category: "contract",
    stage: "inputs",
    description: "candidate_id, run_id (consistency, or equality without drift), snapshot set, scoring config or provider registry differs",
    fields: "pointer, field, left, right (or side for within-run consistency)",
    rules: []
  }
};
var finding = findingOf(CONTRACT_KINDS);
function checkContract(left, right, compiled) {
  const findings = [];
  const claimed = {
    run_summary: ["/candidate_id", "/snapshot_manifest/applicable", "/snapshot_manifest/sha256"],
    run_health: ["/candidate_id"],
    provider_availability: ["/candidate_id", "/provider_registry_sha256"]
  };
  const compareField = (doc, path, field2, what) => {
    if (left[doc] === void 0 || right[doc] === void 0) return;
    const l = get(left[doc], ...path);
    const r = get(right[doc], ...path);
    if (same(l, r)) return;
    findings.push(
      finding("contract", {
        artifact: doc,
        pointer: `/${path.join("/")}`,
        field: field2,
        ...values(l, r),
        message: `${what} differs: ${JSON.stringify(l ?? null)} != ${JSON.stringify(r ?? null)}`
      })
    );
  };
  for (const doc of DOCUMENTS) compareField(doc, ["candidate_id"], "candidate_id", `candidate namespace (${doc}.candidate_id)`);
  for (const [side, docs] of [
    ["left", left],
    ["right", right]
  ]) {
    const ids = DOCUMENTS.filter((d) => docs[d] !== void 0).map((d) => [d, get(docs[d], "run_id")]);
    if (new Set(ids.map(([, id]) => JSON.stringify(id))).size > 1) {
      findings.push(
        finding("contract", {
          artifact: "run_summary",
          side,
          field: "run_id",
          pointer: "/run_id",
          message: `run_id inconsistent across artifacts (${ids.map(([d, id]) => `${d}=${JSON.stringify(id ?? null)}`).join(", ")})`
        })
      );
    }
  }
  if (!compiled.allowRunIdDrift) {
    const l = get(left.run_summary, "run_id");
    const r = get(right.run_summary, "run_id");
    if (left.run_summary !== void 0 && right.run_summary !== void 0 && !same(l, r)) {
      findings.push(
        finding("contract", {
          artifact: "run_summary",
          pointer: "/run_id",
          field: "run_id",
          ...values(l, r),
          message: `run_id differs (${JSON.stringify(l ?? null)} != ${JSON.stringify(r ?? null)}); set --allow-run-id-drift / allow-run-id-drift for deterministic equivalent runs`
        })
      );
    }
  }
  compareField("run_summary", ["snapshot_manifest", "applicable"], "snapshot_manifest.applicable", "snapshot set (applicable)");
  compareField("run_summary", ["snapshot_manifest", "sha256"], "snapshot_manifest.sha256", "snapshot set (sha256)");
  for (const key of ["source", "config_sha256", "provider", "profile"]) {
    claimed.run_summary.push(`/scoring_config/${key}`);
    compareField("run_summary", ["scoring_config", key], `scoring_config.${key}`, `scoring config (${key})`);
  }
  compareField("provider_availability", ["provider_registry_sha256"], "provider_registry_sha256", "provider registry");
  return { findings, claimed };
}

// src/core/compare/documents.ts
function objectHash(item, index) {
  const o = item;
  if (typeof o.provider_id === "string") return `provider:${o.provider_id}`;
  if (typeof o.artifact_key === "string") return `artifact:${o.artifact_key}:${String(o.provider)}:${String(o.profile)}`;
  if (typeof o.provider === "string" && typeof o.profile === "string") return `ranked:${o.provider}:${o.profile}`;
  return `index:${index ?? 0}`;
}
function walkDelta(delta, pointer, emit) {
  if (delta === void 0) return;
  if (Array.isArray(delta)) {
    if (delta.length === 1) emit(pointer, { right: delta[0] });
    else if (delta.length === 2) emit(pointer, { left: delta[0], right: delta[1] });
    else if (delta[2] === 0) emit(pointer, { left: delta[0] });
    else if (delta[2] === 3) emit(pointer, { movedTo: delta[1] });
    return;
  }
  const isArray = delta._t === "a";
  for (const [key, child] of Object.entries(delta)) {
    if (isArray && key === "_t") continue;
    const index = isArray && key.startsWith("_") ? key.slice(1) : key;
    walkDelta(child, pointerJoin(pointer, index), emit);
  }
}
var DOCUMENT_KINDS = {
  document: {
    severity: "error",
    category: "content",
    stage: "metadata",
    description: "a normalized contract document differs at a pointer",
    fields: "pointer, left, right",
    rules: []
  }
};
var finding2 = findingOf(DOCUMENT_KINDS);
async function diffDocument(id, left, right, claimed, compiled) {
  const normalize = compiled.normalizer(id);
  const l = normalize(left);
  const r = normalize(right);
  if (valuesEqual(l, r, compiled.values)) return [];
  const { create } = await import("./lib-UGP2F4HJ.js");
  const delta = create({ objectHash, arrays: { detectMove: true, includeValueOnMove: false } }).diff(l, r);
  const findings = [];
  walkDelta(delta, "", (pointer, change) => {
    if (claimed.some((c) => pointer === c || pointer.startsWith(`${c}/`))) return;
    const key = pointer.slice(pointer.lastIndexOf("/") + 1).replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof change.left === "number" && typeof change.right === "number" && Math.abs(change.left - change.right) <= compiled.toleranceFor(key)) return;
    const message = change.movedTo !== void 0 ? `moved to index ${change.movedTo}` : `${describeValue(change.left)} != ${describeValue(change.right)}`;
    findings.push(
      finding2("document", {
        artifact: id,
        pointer,
        ...change.left !== void 0 ? { left: change.left } : {},
        ...change.right !== void 0 ? { right: change.right } : {},
        message
      })
    );
  });
  return findings;
}

// src/core/acquire/sha256.ts
import { createHash } from "node:crypto";
var OFF_THREAD_MIN_BYTES = 16 * 1024 * 1024;
var SHARED_MIN_BYTES = 4 * 1024 * 1024;
function allocateFileBuffer(size) {
  return size >= SHARED_MIN_BYTES ? Buffer.from(new SharedArrayBuffer(size)) : Buffer.allocUnsafe(size);
}
var WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { buffer, offset, length } = workerData
parentPort.postMessage(createHash('sha256').update(new Uint8Array(buffer, offset, length)).digest('hex'))`;
async function sha256Hex(bytes) {
  if (bytes.length < OFF_THREAD_MIN_BYTES || Object.prototype.toString.call(bytes.buffer) !== "[object SharedArrayBuffer]") {
    return createHash("sha256").update(bytes).digest("hex");
  }
  const { Worker } = await import("node:worker_threads");
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { buffer: bytes.buffer, offset: bytes.byteOffset, length: bytes.length }
  });
  return new Promise((resolve5, reject) => {
    worker.once("message", resolve5);
    worker.once("error", reject);
  }).finally(() => void worker.terminate());
}

// src/core/compare/content.ts
var MAX_LISTED_LINES = 5;
function more(i, listed2, total, what) {
  return i === listed2 - 1 && total > listed2 ? ` (and ${total - listed2} more ${what} in this file)` : "";
}
var CONTENT_KINDS = {
  content: {
    severity: "error",
    category: "content",
    stage: "derived",
    description: "a `content` file differs: a normalized JSON value (pointer), a text line (pointer `/<line>`, field `line`), or the bytes (field `sha256`)",
    fields: "pointer, field?, left, right",
    rules: ["content/json", "content/text", "content/bytes"]
  }
};
var finding3 = findingOf(CONTENT_KINDS);
function compareJson(artifact, relPath, runs, reads, cls, compiled) {
  const left = parseArtifactJson(artifact, runs.left, reads.left, { expectObject: false });
  const right = parseArtifactJson(artifact, runs.right, reads.right, { expectObject: false });
  const findings = [...left.findings, ...right.findings, ...inexactNumberFindings(artifact, left.inexact, right.inexact)];
  const unusable = ["left", "right"].filter((side) => (side === "left" ? left : right).value === void 0);
  if (left.value === void 0 || right.value === void 0) return { findings, differs: false, unusable };
  const normalize = makePointerNormalizer(compiled.documentDroppedKeys, cls.ignore);
  const differences = diffValues(normalize(left.value), normalize(right.value), { tolerance: compiled.policy.numericTolerance });
  const listed2 = differences.slice(0, MAX_LISTED_PER_FILE);
  listed2.forEach((d, i) => {
    findings.push(
      finding3("content", {
        artifact,
        rule: "content/json",
        pointer: d.pointer,
        ...d.left !== void 0 ? { left: d.left } : {},
        ...d.right !== void 0 ? { right: d.right } : {},
        message: `${d.pointer === "" ? "whole document: " : ""}${describeValue(d.left)} != ${describeValue(d.right)}${more(i, listed2.length, differences.length, "differing values")}`
      })
    );
  });
  return { findings, differs: differences.length > 0, unusable: [] };
}
function masked(text2, runId) {
  return runId ? text2.split(runId).join("<run_id>") : text2;
}
var MAX_LINE_EDITS = 500;
var placeOf = (d) => d.left ?? d.right;
function numbered(lines, from, count) {
  return lines.slice(from, from + count).map((text2, k) => ({ line: from + k + 1, text: text2 }));
}
function blockDifferences(removed, added) {
  return Array.from({ length: Math.max(removed.length, added.length) }, (_, k) => {
    const left = removed[k];
    const right = added[k];
    return { ...left !== void 0 ? { left } : {}, ...right !== void 0 ? { right } : {} };
  });
}
async function differingLines(l, r) {
  let head = 0;
  while (head < l.length && head < r.length && l[head] === r[head]) head++;
  let tail = 0;
  while (tail < l.length - head && tail < r.length - head && l[l.length - 1 - tail] === r[r.length - 1 - tail]) tail++;
  const left = l.slice(head, l.length - tail);
  const right = r.slice(head, r.length - tail);
  if (left.length === 0 || right.length === 0) return blockDifferences(numbered(l, head, left.length), numbered(r, head, right.length));
  const { diffArrays } = await import("./array-LSRBB4CJ.js");
  const parts = diffArrays(left, right, { maxEditLength: MAX_LINE_EDITS });
  if (parts === void 0) return blockDifferences(numbered(l, head, left.length), numbered(r, head, right.length)).filter((d) => d.left?.text !== d.right?.text);
  const differences = [];
  let li = head;
  let ri = head;
  let removed = [];
  let added = [];
  for (const part of parts) {
    if (part.removed) {
      removed.push(...numbered(l, li, part.count));
      li += part.count;
    } else if (part.added) {
      added.push(...numbered(r, ri, part.count));
      ri += part.count;
    } else {
      differences.push(...blockDifferences(removed, added));
      removed = [];
      added = [];
      li += part.count;
      ri += part.count;
    }
  }
  differences.push(...blockDifferences(removed, added));
  return differences;
}
function lineMessage(d) {
  if (d.left !== void 0 && d.right !== void 0) {
    const where = d.left.line === d.right.line ? `line ${d.left.line}` : `line ${d.left.line} (now line ${d.right.line})`;
    return `${where}: ${describeValue(d.left.text)} != ${describeValue(d.right.text)}`;
  }
  return `line ${placeOf(d).line} ${d.left !== void 0 ? "removed" : "added"}: ${describeValue(placeOf(d).text)}`;
}
async function compareText(artifact, texts) {
  const differing = await differingLines(texts.left.split(/\r?\n/), texts.right.split(/\r?\n/));
  const listed2 = differing.slice(0, MAX_LISTED_LINES);
  const findings = listed2.map(
    (d, i) => finding3("content", {
      artifact,
      rule: "content/text",
      pointer: `/${placeOf(d).line}`,
      field: "line",
      ...d.left !== void 0 ? { left: d.left.text } : {},
      ...d.right !== void 0 ? { right: d.right.text } : {},
      message: `${lineMessage(d)}${more(i, listed2.length, differing.length, "differing lines")}`
    })
  );
  return { findings, differs: differing.length > 0, unusable: [] };
}
async function compareContentFile(artifact, relPath, runs, reads, hashes, cls, compiled, runIds) {
  const lb = reads.left.bytes;
  const rb = reads.right.bytes;
  if (relPath.endsWith(".json")) {
    if (lb.equals(rb) && isCleanJson(lb)) return { findings: [], differs: false, unusable: [] };
    return compareJson(artifact, relPath, runs, reads, cls, compiled);
  }
  if (lb.equals(rb)) return { findings: [], differs: false, unusable: [] };
  const ld = decodeUtf8(lb);
  const rd = decodeUtf8(rb);
  if (ld.ok && rd.ok) {
    return compareText(artifact, { left: masked(ld.value.text, runIds.left), right: masked(rd.value.text, runIds.right) });
  }
  const [left, right] = await Promise.all([hashes.left, hashes.right]);
  return {
    findings: [finding3("content", { artifact, rule: "content/bytes", field: "sha256", left, right, message: `bytes differ (sha256 ${left} != ${right})` })],
    differs: true,
    unusable: []
  };
}

// src/core/compare/inventory.ts
var INVENTORY_KINDS = {
  "file-added": {
    severity: "error",
    category: "presence",
    stage: "derived",
    description: "a file exists only in the right run dir (and its rule does not ignore it, and it is not required: a required one is `missing`)",
    fields: "side, path",
    rules: []
  },
  "file-removed": {
    severity: "error",
    category: "presence",
    stage: "derived",
    description: "a file exists only in the left run dir (and its rule does not ignore it, and it is not required: a required one is `missing`)",
    fields: "side, path",
    rules: []
  }
};
var finding4 = findingOf(INVENTORY_KINDS);
function handledState(state, artifact, side, findings) {
  if (state === "unreadable" && findings.some((f) => f.artifact === artifact && f.side === side && f.kind === "unsafe-path")) return "unsafe";
  return state;
}
function outcomeOf(left, right, artifact, soFar) {
  if (left === "missing" !== (right === "missing")) return "one-side";
  if (left !== "present" || right !== "present") return "differs";
  return soFar.findings.some((f) => f.artifact === artifact && soFar.isDifference(f)) ? "differs" : "same";
}
function oneSideFinding(artifact, relPath, side) {
  return side === "right" ? finding4("file-added", { artifact, side, path: relPath, message: "only in this run dir: the other has no such file" }) : finding4("file-removed", { artifact, side, path: relPath, message: "only in this run dir: the other has no such file" });
}
function readState(read2, unsafe) {
  return read2.state === "unreadable" && unsafe ? "unsafe" : read2.state;
}
async function takeInventory(runs, classify, handled, soFar, compiled, hashes, runIds) {
  const [leftWalk, rightWalk] = await Promise.all([runs.left.walk(), runs.right.walk()]);
  const on = { left: new Set(leftWalk.files), right: new Set(rightWalk.files) };
  const complete = { left: leftWalk.complete, right: rightWalk.complete };
  const paths = [.../* @__PURE__ */ new Set([...leftWalk.files, ...rightWalk.files, ...handled.keys()])].sort();
  const files = [];
  const findings = [];
  const unread = { left: 0, right: 0 };
  for (const path of paths) {
    const known = handled.get(path);
    if (known !== void 0) {
      const left = handledState(known.left, known.artifact, "left", soFar.findings);
      const right = handledState(known.right, known.artifact, "right", soFar.findings);
      if (left === "missing" && right === "missing") continue;
      const outcome = outcomeOf(left, right, known.artifact, soFar);
      if (outcome === "one-side" && !known.required) findings.push(oneSideFinding(known.artifact, path, left === "missing" ? "right" : "left"));
      files.push({ path, mode: known.mode, left, right, outcome });
      continue;
    }
    const cls = classify(path);
    const listed2 = (side) => on[side].has(path) ? "present" : "missing";
    if (cls.mode === "ignored") {
      files.push({ path, mode: "ignored", ...cls.reason !== void 0 ? { reason: cls.reason } : {}, left: listed2("left"), right: listed2("right"), outcome: "ignored" });
      continue;
    }
    const artifact = artifactIdOfPath(path);
    const reads = {};
    const states = {};
    for (const side of ["left", "right"]) {
      const over = on[side].has(path) && !runs[side].canRead;
      if (over) unread[side]++;
      const read2 = !on[side].has(path) ? { state: "missing", relPath: path } : over ? { state: "unreadable", relPath: path, problem: "over max-files", unsafe: false } : await runs[side].read(path);
      reads[side] = readFindings(artifact, runs[side], read2);
      states[side] = readState(reads[side], read2.state === "unreadable" && read2.unsafe);
      if (read2.state !== "missing" && !over) findings.push(...reads[side].findings);
      if (reads[side].bytes !== void 0) hashes.set(side, path, sha256Hex(reads[side].bytes));
    }
    const entry = { path, mode: "content", ...cls.reason !== void 0 ? { reason: cls.reason } : {}, left: states.left, right: states.right, outcome: "same" };
    if (states.left === "missing" !== (states.right === "missing")) {
      const present = states.left === "missing" ? "right" : "left";
      const absent = present === "left" ? "right" : "left";
      if (!complete[absent]) {
        entry[absent] = "unreadable";
        entry.outcome = "differs";
      } else {
        entry.outcome = "one-side";
        if (states[present] === "present") findings.push(oneSideFinding(artifact, path, present));
      }
    } else if (states.left !== "present" || states.right !== "present") {
      entry.outcome = "differs";
    } else {
      const hashesOf = { left: hashes.get("left", path), right: hashes.get("right", path) };
      const compared = await compareContentFile(artifact, path, runs, reads, hashesOf, cls, compiled, runIds);
      findings.push(...compared.findings);
      for (const side of compared.unusable) entry[side] = "unreadable";
      entry.outcome = compared.differs || compared.unusable.length > 0 || compared.findings.some((f) => f.severity === "error") ? "differs" : "same";
    }
    files.push(entry);
  }
  for (const side of ["left", "right"]) {
    if (unread[side] > 0) runs[side].problem(`${unread[side]} file${unread[side] === 1 ? " was" : "s were"} not compared: over the max-files limit of files read from one run dir (raise --max-files / max-files)`);
  }
  return { files, findings };
}

// src/core/compare/rankedFile.ts
import { isAbsolute } from "node:path";
var RANKED_FILE_KINDS = {
  unrecorded: {
    severity: "warning",
    category: "validity",
    stage: "metadata",
    description: "a ranked file found by the run-dir convention is not listed in that side's `run_summary.ranked_outputs`. Ranked outputs are always found by the union of both run_summaries and the convention, so it is compared anyway",
    fields: "side, path",
    rules: []
  }
};
var finding5 = findingOf({ ...RANKED_FILE_KINDS, ...LOAD_KINDS });
function unrecordedFinding(side, artifact, relPath) {
  return finding5("unrecorded", {
    artifact,
    side,
    path: relPath,
    message: "found in the run dir but not listed in run_summary.ranked_outputs; compared anyway"
  });
}
var COMPARERS = {
  ranked_json: {
    compare: (a, l, r, compiled) => compareRankedJobs(a, json(l), json(r), compiled),
    inspect: (a, side, v, compiled) => inspectRankedJobs(a, side, json(v), compiled)
  },
  ranked_families_json: {
    compare: (a, l, r, compiled) => compareRankedFamilies(a, json(l), json(r), compiled),
    inspect: (a, side, v, compiled) => inspectRankedFamilies(a, side, json(v), compiled)
  },
  ranked_csv: {
    compare: (a, l, r, compiled) => compareRankedCsv(a, text(l), text(r), compiled),
    inspect: (a, side, v, compiled) => inspectRankedCsv(a, side, text(v), compiled)
  }
};
function json(p) {
  return "json" in p ? p.json : null;
}
function text(p) {
  return "text" in p ? p.text : "";
}
function climbs(path) {
  return path.split(/[\\/]/).includes("..");
}
async function locate(runDir, kind, target, recorded) {
  const artifact = rankedArtifactId(kind, target);
  const byConvention = await runDir.read(conventionPath(kind, target));
  const recordedPath = recorded?.path;
  if (byConvention.state !== "missing" || recordedPath === void 0) return readFindings(artifact, runDir, byConvention);
  const side = runDir.side;
  const shown2 = JSON.stringify(recordedPath);
  const rel = recordedPath.includes("\0") ? void 0 : runDir.recordedToRelative(recordedPath);
  if (rel !== void 0) {
    const byRecord = await runDir.read(rel);
    if (byRecord.state !== "missing") return readFindings(artifact, runDir, byRecord);
    return missing(artifact, "missing/not-found", side, byConvention.relPath, `not found (nor at ${shown2}, the path recorded in run_summary.ranked_outputs)`);
  }
  if (isAbsolute(recordedPath) && !climbs(recordedPath) && !recordedPath.includes("\0")) {
    return missing(
      artifact,
      "missing/recorded-outside",
      side,
      byConvention.relPath,
      `not found; the path recorded in run_summary.ranked_outputs, ${shown2}, lies outside the run dir and was not read`
    );
  }
  const problem = recordedPath.includes("\0") ? "contains a NUL byte" : "leaves the run directory";
  return {
    state: "unreadable",
    relPath: byConvention.relPath,
    findings: [
      finding5("unsafe-path", {
        artifact,
        rule: "unsafe-path/recorded-path",
        side,
        path: byConvention.relPath,
        message: `not found, and the path recorded in run_summary.ranked_outputs, ${shown2}, ${problem}; it was not read`
      })
    ]
  };
}
function missing(artifact, rule, side, relPath, message) {
  return { state: "missing", relPath, findings: [finding5("missing", { artifact, rule, side, path: relPath, message })] };
}
function parse(kind, artifact, runDir, read2) {
  if (read2.bytes === void 0) return { findings: [] };
  if (kind !== "ranked_csv") {
    const result = parseArtifactJson(artifact, runDir, read2, { expectObject: false });
    return {
      ...result.value !== void 0 ? { parsed: { json: result.value } } : {},
      findings: result.findings,
      ...result.inexact !== void 0 ? { inexact: result.inexact } : {}
    };
  }
  const decoded = decodeUtf8(read2.bytes);
  if (!decoded.ok) {
    return { findings: [finding5("unreadable", { artifact, rule: "unreadable/not-utf8", side: runDir.side, path: read2.relPath, message: decoded.problem })] };
  }
  return { parsed: { text: decoded.value.text }, findings: [] };
}
async function compareRankedArtifact(kind, target, runs, recorded, compiled, hashes, located) {
  const artifact = rankedArtifactId(kind, target);
  const [l, r] = located !== void 0 ? [located.left, located.right] : await Promise.all([locate(runs.left, kind, target, recorded.left.get(artifact)), locate(runs.right, kind, target, recorded.right.get(artifact))]);
  const findings = [...l.findings, ...r.findings];
  const identical = l.bytes !== void 0 && r.bytes !== void 0 && l.bytes.equals(r.bytes);
  const leftHash = l.bytes === void 0 ? void 0 : sha256Hex(l.bytes);
  const rightHash = identical ? leftHash : r.bytes === void 0 ? void 0 : sha256Hex(r.bytes);
  if (leftHash !== void 0) hashes.set("left", l.relPath, leftHash);
  if (rightHash !== void 0) hashes.set("right", r.relPath, rightHash);
  const parseThenRelease = async (runDir, read2, hash) => {
    const parsed2 = parse(kind, artifact, runDir, read2);
    await hash?.catch(() => void 0);
    delete read2.bytes;
    return parsed2;
  };
  const stats = { artifact, identicalBytes: false };
  const unusable = /* @__PURE__ */ new Set();
  let matching;
  const parsed = { left: void 0, right: void 0 };
  const comparer = COMPARERS[kind];
  const onFile = onFileOf(l, r);
  if (identical) {
    stats.identicalBytes = true;
    delete r.bytes;
    const once = await parseThenRelease(runs.left, l, leftHash);
    findings.push(...once.findings.flatMap(mirrorTo(r.relPath)));
    if (once.inexact !== void 0) findings.push(...inexactNumberFindings(artifact, once.inexact, { ...once.inexact, side: "right", relPath: r.relPath }));
    parsed.left = parsed.right = once.parsed;
    if (once.parsed === void 0) unusable.add("left").add("right");
    else matching = takeInspectedOnce(comparer.inspect(artifact, "left", once.parsed, compiled), { findings, stats, unusable, onFile, rightPath: r.relPath });
  } else {
    const pl = await parseThenRelease(runs.left, l, leftHash);
    const pr = await parseThenRelease(runs.right, r, rightHash);
    findings.push(...pl.findings, ...pr.findings, ...inexactNumberFindings(artifact, pl.inexact, pr.inexact));
    parsed.left = pl.parsed;
    parsed.right = pr.parsed;
    if (pl.parsed === void 0) unusable.add("left");
    if (pr.parsed === void 0) unusable.add("right");
    if (pl.parsed !== void 0 && pr.parsed !== void 0) {
      matching = takeCompared(comparer.compare(artifact, pl.parsed, pr.parsed, compiled), { findings, stats, unusable, onFile });
    } else {
      for (const [side, parsed2] of [
        ["left", pl.parsed],
        ["right", pr.parsed]
      ]) {
        if (parsed2 === void 0) continue;
        const inspected = comparer.inspect(artifact, side, parsed2, compiled);
        if (inspected.unusable === true) unusable.add(side);
        findings.push(...inspected.findings.map(onFile));
        stats[side === "left" ? "leftItems" : "rightItems"] = inspected.items;
      }
    }
  }
  return { presence: rankedPresence(artifact, l, r, unusable), findings, stats, ...matching !== void 0 ? { matching } : {}, parsed };
}
function takeCompared(compared, into) {
  for (const side of compared.unusable ?? []) into.unusable.add(side);
  into.findings.push(...compared.findings.map(into.onFile));
  into.stats.leftItems = compared.leftItems;
  into.stats.rightItems = compared.rightItems;
  return compared.matching;
}
function takeInspectedOnce(inspected, into) {
  if (inspected.unusable === true) into.unusable.add("left").add("right");
  into.findings.push(...inspected.findings.map(into.onFile).flatMap(mirrorTo(into.rightPath)));
  into.stats.leftItems = into.stats.rightItems = inspected.items;
  return inspected.matching;
}
function onFileOf(l, r) {
  return (f) => f.side === void 0 || f.path !== void 0 ? f : { ...f, path: (f.side === "left" ? l : r).relPath };
}
function mirrorTo(rightPath) {
  return (f) => f.side === "left" ? [f, { ...f, side: "right", ...f.path !== void 0 ? { path: rightPath } : {} }] : [f];
}
function rankedPresence(artifact, l, r, unusable) {
  const state = (read2, side) => read2.state === "present" && unusable.has(side) ? "unreadable" : read2.state;
  return { artifact, path: l.state === "present" ? l.relPath : r.relPath, left: state(l, "left"), right: state(r, "right") };
}

// src/core/compare/rankedTarget.ts
var JsonRow = class {
  constructor(compact, k, scoreFields, listPointer, bytes, start, end) {
    this.compact = compact;
    this.k = k;
    this.scoreFields = scoreFields;
    this.listPointer = listPointer;
    this.bytes = bytes;
    this.start = start;
    this.end = end;
    this.index = compact.index[k];
    this.identity = stringAt(compact.identity, k);
    this.key = stringAt(compact.key, k) ?? this.identity;
  }
  compact;
  k;
  scoreFields;
  listPointer;
  bytes;
  start;
  end;
  index;
  identity;
  key;
  parsed;
  get title() {
    return stringAt(this.compact.title, this.k);
  }
  get primary() {
    return compactPrimary(this.compact, this.k, this.scoreFields);
  }
  get source() {
    return this;
  }
  get raw() {
    return this.parsed ??= JSON.parse(this.bytes.toString("utf8", this.start, this.end));
  }
};
function preparedFrom(flavour, artifact, compact, bytes, compiled) {
  const { scoreFields } = compiled.policy;
  const rows = Array.from(compact.rows.index, (_, k) => new JsonRow(compact.rows, k, scoreFields, compact.listPointer, bytes, compact.start[k], compact.end[k]));
  return { spec: rankedJsonSpec(flavour, artifact, compiled), rows, findings: compact.rowFindings, items: compact.items };
}
function usable(pair) {
  return pair.left.bytes !== void 0 && pair.right.bytes !== void 0;
}
function release(pair) {
  delete pair.left.bytes;
  delete pair.right.bytes;
}
function bailed(result) {
  return result.bail !== void 0;
}
async function compareTargetFast(env) {
  const { target, runs, recorded, compiled, hashes, runner } = env;
  const locatePair = async (kind) => {
    const artifact = rankedArtifactId(kind, target);
    const [left2, right] = await Promise.all([locate(runs.left, kind, target, recorded.left.get(artifact)), locate(runs.right, kind, target, recorded.right.get(artifact))]);
    return { left: left2, right };
  };
  const ctx = { policy: compiled.policy, allowRunIdDrift: compiled.allowRunIdDrift };
  const files = (kind, reads) => {
    const artifact = rankedArtifactId(kind, target);
    const file = (read2) => ({ artifact, relPath: read2.relPath, bytes: read2.bytes });
    return { left: file(reads.left), right: file(reads.right) };
  };
  const [jobs, csv] = await Promise.all([locatePair("ranked_json"), locatePair("ranked_csv")]);
  if (!usable(jobs) || !usable(csv)) return env.plainTarget({ ranked_json: jobs, ranked_csv: csv });
  let jsonJoined;
  let csvJoined;
  let jsonPosted = () => void 0;
  const jsonArrived = new Promise((resolve5) => jsonPosted = resolve5);
  const joinPart = (part) => {
    if (part.op === "jobs-csv") {
      csvJoined = assemble("ranked_csv", csv, [], part.outcome);
      return;
    }
    const leftJobs = new Set(presentStrings(part.left.jobIds));
    jsonJoined = {
      joined: jsonResult(JOBS, "ranked_json", jobs, part.left.jobs, part.right.jobs, part.same),
      knownJobs: { left: leftJobs, right: part.right.jobIds === part.left.jobIds ? leftJobs : new Set(presentStrings(part.right.jobIds)) }
    };
    jsonPosted();
  };
  const jobsFiles = { jobs: files("ranked_json", jobs), csv: files("ranked_csv", csv) };
  const jobsJoined = runner.run({ op: "jobs", ctx, ...jobsFiles }, 0, joinPart).then((answer) => {
    if (bailed(answer) || answer.op !== "jobs" || jsonJoined === void 0 || csvJoined === void 0) return void 0;
    return { answer, json: jsonJoined, csv: csvJoined };
  });
  let hashed = Promise.resolve();
  const familiesJoined = locatePair("ranked_families_json").then(async (families2) => {
    if (!usable(families2)) {
      hashed = hashOnLane([jobsFiles.jobs, jobsFiles.csv]);
      return { families: families2, fast: void 0 };
    }
    const familiesFiles = files("ranked_families_json", families2);
    const checked = runner.run({ op: "families", ctx, families: familiesFiles }, 1);
    hashed = hashOnLane([jobsFiles.jobs, jobsFiles.csv, familiesFiles]);
    const answer = await checked;
    if (bailed(answer) || answer.op !== "families") return { families: families2, fast: void 0 };
    return { families: families2, fast: { answer, joined: jsonResult(FAMILIES, "ranked_families_json", families2, answer.left.families, answer.right.families, answer.same) } };
  });
  familiesJoined.catch(() => void 0);
  const whileCsvChecked = Promise.all([jsonArrived, familiesJoined.then(() => hashed)]).then(async () => {
    const { fast: fast2 } = await familiesJoined;
    const json2 = jsonJoined;
    if (json2.joined.matching !== void 0) env.onMatching?.(json2.joined.stats.artifact, json2.joined.matching);
    if (fast2 === void 0) return void 0;
    if (fast2.joined.matching !== void 0) env.onMatching?.(fast2.joined.stats.artifact, fast2.joined.matching);
    const { knownJobs: knownJobs2 } = json2;
    const left2 = familyCheck(knownJobs2.left, fast2.answer.left.refs);
    const same2 = knownJobs2.right === knownJobs2.left && fast2.answer.right.refs === fast2.answer.left.refs;
    return { left: left2, right: same2 ? left2 : familyCheck(knownJobs2.right, fast2.answer.right.refs) };
  });
  whileCsvChecked.catch(() => void 0);
  const jobsDone = await jobsJoined;
  if (jobsDone === void 0) {
    const families2 = await familiesJoined.then(({ families: families3 }) => families3, () => void 0);
    await hashed;
    return env.plainTarget({ ranked_json: jobs, ranked_csv: csv, ...families2 !== void 0 ? { ranked_families_json: families2 } : {} });
  }
  const { answer: j, json: { knownJobs } } = jobsDone;
  const results = [jobsDone.json.joined, jobsDone.csv];
  release(jobs);
  release(csv);
  const refs = { left: void 0, right: void 0 };
  const { families, fast } = await familiesJoined;
  if (fast !== void 0) {
    results.push(fast.joined);
    refs.left = fast.answer.left.refs;
    refs.right = fast.answer.right.refs;
    release(families);
  } else {
    const plain = await env.plainArtifact("ranked_families_json", families);
    results.push(plain);
    for (const side of ["left", "right"]) {
      const parsed = plain.parsed[side];
      if (parsed !== void 0 && "json" in parsed) refs[side] = familyJobRefs(parsed.json, compiled.policy.identityFields);
    }
  }
  const checkedEarly = await whileCsvChecked;
  const familyProblems = (side) => checkedEarly?.[side] ?? familyCheck(knownJobs[side], refs[side]);
  const left = [...j.left, ...familyProblems("left")];
  await hashed;
  return { results, consistency: consistencyFindings(target, { left, right: j.right === j.left && refs.left === refs.right ? left : [...j.right, ...familyProblems("right")] }) };
  function hashOnLane(pairs) {
    const answer = runner.run({ op: "hashes", files: pairs.map((pair) => ({ left: pair.left.bytes, right: pair.right.bytes })) }, 1);
    pairs.forEach((pair, k) => {
      for (const side of ["left", "right"]) {
        const here = () => sha256Hex(pair[side].bytes);
        hashes.set(side, pair[side].relPath, answer.then((done) => !bailed(done) && done.op === "hashes" ? done.sha256[k][side] : here(), here));
      }
    });
    return answer.then(
      () => void 0,
      () => void 0
    );
  }
  function assemble(kind, reads, parseFindings, outcome) {
    const artifact = rankedArtifactId(kind, target);
    const findings = [...reads.left.findings, ...reads.right.findings, ...parseFindings];
    const stats = { artifact, identicalBytes: outcome.once };
    const unusable = /* @__PURE__ */ new Set();
    const parts = { findings, stats, unusable, onFile: onFileOf(reads.left, reads.right) };
    const matching = outcome.once ? takeInspectedOnce(outcome.inspected, { ...parts, rightPath: reads.right.relPath }) : takeCompared(outcome.compared, parts);
    return { presence: rankedPresence(artifact, reads.left, reads.right, unusable), findings, stats, ...matching !== void 0 ? { matching } : {}, parsed: { left: void 0, right: void 0 } };
  }
  function jsonResult(flavour, kind, reads, l, r, once) {
    const artifact = rankedArtifactId(kind, target);
    const prepared = (side, compact) => preparedFrom(flavour, artifact, compact, reads[side].bytes, compiled);
    if (once) {
      const parseFindings2 = l.parseFindings.flatMap(mirrorTo(reads.right.relPath));
      if (l.inexact !== void 0) parseFindings2.push(...inexactNumberFindings(artifact, l.inexact, { ...l.inexact, side: "right", relPath: reads.right.relPath }));
      return assemble(kind, reads, parseFindings2, { once, inspected: "inspected" in l ? l.inspected : inspectPreparedSide("left", prepared("left", l)) });
    }
    if ("inspected" in l || "inspected" in r) throw new Error("a ranked JSON inspected alone was given two different sides");
    const parseFindings = [...l.parseFindings, ...r.parseFindings, ...inexactNumberFindings(artifact, l.inexact, r.inexact)];
    return assemble(kind, reads, parseFindings, { once, compared: comparePreparedSides(prepared("left", l), prepared("right", r)) });
  }
}
function familyCheck(known, refs) {
  return refs !== void 0 ? unknownFamilyJobs(known, refs) : [];
}
function failedTarget(target, failure) {
  return {
    results: RANKED_KINDS.map((kind) => {
      const artifact = rankedArtifactId(kind, target);
      return {
        presence: { artifact, path: conventionPath(kind, target), left: "unreadable", right: "unreadable" },
        findings: [failure(artifact)],
        stats: { artifact, identicalBytes: false },
        parsed: { left: void 0, right: void 0 }
      };
    }),
    consistency: []
  };
}

// src/core/compare/rankedWorkers.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
var inlineRunner = {
  run: async (task, _lane, onPart) => {
    const parts = [];
    const answer = runRankedTaskSafely(task, (part) => parts.push(part));
    for (const part of parts) onPart?.(part);
    return answer;
  },
  warm: () => void 0,
  close: async () => void 0
};
function workerScript() {
  for (const relative3 of ["./rankedWorker.js", "../rankedWorker.js"]) {
    const url = new URL(relative3, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  return void 0;
}
var REUSE_MAX_TASK_BYTES = 64 * 1024 * 1024;
function workerRunner(script, heapLimit = workerHeapLimit()) {
  const newLane = () => ({ busy: false, queued: [], warm: void 0, workerWaits: false });
  const lanes = [newLane(), newLane()];
  const live = /* @__PURE__ */ new Set();
  let loaded;
  const spawn = (Thread) => {
    const lane = { worker: new Thread(script, { env: process.env, ...heapLimit !== void 0 && { resourceLimits: { maxOldGenerationSizeMb: heapLimit } } }) };
    const { worker } = lane;
    live.add(worker);
    worker.on("error", (error) => lane.failure ??= new Error(`ranked-file worker failed: ${error.message}`));
    worker.on("messageerror", (error) => lane.failure ??= new Error(`ranked-file worker sent an unreadable message: ${error.message}`));
    worker.on("exit", (code) => {
      lane.failure ??= new Error(`ranked-file worker exited (code ${code})`);
      live.delete(worker);
    });
    return lane;
  };
  const keepWarm = (lane, worker) => {
    lane.warm = worker;
    worker.worker.unref();
  };
  const end = (lane) => {
    live.delete(lane.worker);
    lane.worker.removeAllListeners("exit");
    void lane.worker.terminate();
  };
  const ask = (lane, task, onPart) => {
    if (lane.failure !== void 0) return Promise.reject(lane.failure);
    const { worker } = lane;
    return new Promise((resolve5, reject) => {
      let partFailure;
      const settle = () => {
        worker.off("message", answered);
        worker.off("error", failed);
        worker.off("messageerror", failed);
        worker.off("exit", failed);
      };
      const answered = (message) => {
        if (message.answer === void 0) {
          try {
            onPart?.(message.part);
          } catch (error) {
            partFailure ??= error;
          }
          return;
        }
        settle();
        if (partFailure !== void 0) reject(partFailure);
        else resolve5(message.answer);
      };
      const failed = () => {
        settle();
        reject(lane.failure);
      };
      worker.on("message", answered);
      worker.on("error", failed);
      worker.on("messageerror", failed);
      worker.on("exit", failed);
      worker.ref();
      worker.postMessage(task);
    });
  };
  const runOne = async (task, index, onPart) => {
    const { Worker: Thread } = await (loaded ??= import("node:worker_threads"));
    const lane = lanes[index];
    const small = taskBytes(task) < REUSE_MAX_TASK_BYTES;
    const fresh = lane.workerWaits ? void 0 : spawn(Thread);
    lane.workerWaits = small;
    return new Promise((resolve5, reject) => {
      const start = () => {
        const worker = fresh ?? (lane.warm?.failure === void 0 ? lane.warm : void 0) ?? spawn(Thread);
        lane.warm = void 0;
        const finish = (kept) => {
          if (kept) keepWarm(lane, worker);
          else end(worker);
          const next = lane.queued.shift();
          if (next === void 0) lane.busy = false;
          else next();
        };
        ask(worker, task, onPart).then(
          (answer) => {
            finish(small);
            resolve5(answer);
          },
          (error) => {
            finish(false);
            reject(error);
          }
        );
      };
      if (lane.busy) lane.queued.push(start);
      else {
        lane.busy = true;
        start();
      }
    });
  };
  return {
    run(task, lane, onPart) {
      const answer = runOne(task, lane, onPart);
      answer.catch(() => void 0);
      return answer;
    },
    warm() {
      void (loaded ??= import("node:worker_threads")).then(({ Worker: Thread }) => {
        for (const lane of lanes) {
          if (lane.busy || lane.workerWaits) continue;
          keepWarm(lane, spawn(Thread));
          lane.workerWaits = true;
        }
      });
    },
    async close() {
      await Promise.all([...live].map((worker) => worker.terminate()));
    }
  };
}
function workerHeapLimit() {
  const raw = process.env["DUALRUN_WORKER_MAX_HEAP_MB"];
  if (raw === void 0 || raw === "") return void 0;
  const mb = Number(raw);
  return Number.isInteger(mb) && mb > 0 ? mb : void 0;
}
var WORKER_MIN_TASK_BYTES = 4 * 1024 * 1024;
function taskBytes(task) {
  if (task.op === "hashes") return task.files.reduce((sum, pair) => sum + pair.left.length + pair.right.length, 0);
  const files = task.op === "jobs" ? [task.jobs, task.csv] : [task.families];
  return files.reduce((sum, pair) => sum + pair.left.bytes.length + pair.right.bytes.length, 0);
}
function runnerFor(engine) {
  if (engine === "plain") return void 0;
  const script = engine === "inline" ? void 0 : workerScript();
  if (script === void 0) return inlineRunner;
  const workers = workerRunner(script);
  if (engine === "workers") return workers;
  return {
    run: (task, lane, onPart) => (taskBytes(task) < WORKER_MIN_TASK_BYTES ? inlineRunner : workers).run(task, lane, onPart),
    warm: () => workers.warm(),
    close: () => workers.close()
  };
}

// src/core/compare/receipts.ts
function receiptsOf(summary, rankedAt) {
  if (!isJsonObject(summary)) return [];
  const out = [];
  const take = (pointer, entry, locate2) => {
    if (!isJsonObject(entry) || typeof entry.path !== "string" || typeof entry.sha256 !== "string") return;
    out.push({ pointer, recordedPath: entry.path, relPath: locate2(entry.path, entry), sha256: entry.sha256.toLowerCase() });
  };
  const inRunDir = (path) => runDirRelativeOfRecorded(path);
  for (const key of ["run_health", "run_report", "costs"]) take(`/${key}`, summary[key], inRunDir);
  if (Array.isArray(summary.primary_artifacts)) summary.primary_artifacts.forEach((entry, i) => take(`/primary_artifacts/${i}`, entry, inRunDir));
  const ranked = summary.ranked_outputs;
  if (isJsonObject(ranked)) {
    for (const [kind, entries] of Object.entries(ranked)) {
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry, i) => {
        if (!isJsonObject(entry) || typeof entry.provider !== "string" || typeof entry.profile !== "string") return;
        if (!isPlainName(entry.provider) || !isPlainName(entry.profile)) return;
        const { provider, profile } = entry;
        take(`/ranked_outputs/${kind}/${i}`, entry, (path) => rankedAt(kind, provider, profile) ?? rankedOutputRelative(provider, profile, path));
      });
    }
  }
  return out;
}
var RECEIPT_KINDS = {
  integrity: {
    severity: "warning",
    category: "validity",
    stage: "metadata",
    description: "a file run_summary records with a sha256 (`ranked_outputs` of every kind, `primary_artifacts`, `run_health`, `run_report`, `costs`) differs from that record, or is absent from its run dir (severity: the policy's `integrity`). Recorded paths name the producing machine; the file is looked for in its own run dir by the convention (`\u2026/runs/<id>/<rest>` \u2192 `<rest>`; ranked outputs as `<provider>/<profile>/<file>`)",
    fields: "side, path, field `sha256`, the side's actual hash as its value",
    rules: ["integrity/mismatch", "integrity/absent", "integrity/unlocatable"]
  }
};
var finding6 = findingOf(RECEIPT_KINDS);
async function checkReceipts(runDir, summary, hashes, policy, rankedAt, reportedIfMissing) {
  const side = runDir.side;
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const receipt of receiptsOf(summary, rankedAt)) {
    const key = JSON.stringify([receipt.relPath ?? receipt.recordedPath, receipt.sha256]);
    if (seen.has(key)) continue;
    seen.add(key);
    const integrity = (rule, artifact2, path, message, actual2) => finding6("integrity", {
      artifact: artifact2,
      rule,
      side,
      path,
      field: "sha256",
      severity: policy.integrity,
      ...actual2 !== void 0 ? { [side]: actual2 } : {},
      message
    });
    const where = `run_summary ${receipt.pointer}`;
    if (receipt.relPath === void 0) {
      findings.push(integrity("integrity/unlocatable", "run_summary", DOCUMENT_PATHS.run_summary, `${where} records ${JSON.stringify(receipt.recordedPath)}, which cannot be located in the run dir by its convention`));
      continue;
    }
    const artifact = artifactIdOfPath(receipt.relPath);
    let hash = hashes.get(side, receipt.relPath);
    if (hash === void 0) {
      const read2 = await runDir.read(receipt.relPath);
      if (read2.state === "missing") {
        if (reportedIfMissing.has(receipt.relPath)) continue;
        findings.push(integrity("integrity/absent", artifact, receipt.relPath, `recorded in ${where} with sha256 ${receipt.sha256}, but absent from the run dir`));
        continue;
      }
      if (read2.state !== "present") continue;
      hash = sha256Hex(read2.bytes);
      hashes.set(side, receipt.relPath, hash);
    }
    const actual = await hash;
    if (actual !== receipt.sha256) findings.push(integrity("integrity/mismatch", artifact, receipt.relPath, `sha256 ${actual} differs from the ${receipt.sha256} recorded in ${where}`, actual));
  }
  return findings;
}

// src/core/compare/runStatus.ts
function field(doc, key) {
  return isJsonObject(doc) ? doc[key] : void 0;
}
var RUN_STATUS_KINDS = {
  "run-status": {
    severity: "error",
    category: "validity",
    stage: "run-status",
    description: '`status` of run_summary or run_health is not in the policy\'s `acceptStatus` (`["success"]`): the run failed. Checked per side, so two runs that failed the same way still fail. The message names the status, `failed_stage` and `failure_codes`',
    fields: "side, path, pointer `/status`, the side's status",
    rules: []
  }
};
var finding7 = findingOf(RUN_STATUS_KINDS);
function checkRunStatus(side, docs, policy) {
  const findings = [];
  const accepted = new Set(policy.acceptStatus);
  const failedStage = field(docs.run_health, "failed_stage");
  const failureCodes = field(docs.run_health, "failure_codes");
  for (const id of ["run_summary", "run_health"]) {
    const doc = docs[id];
    if (doc === void 0) continue;
    const status = field(doc, "status");
    if (typeof status === "string" && accepted.has(status)) continue;
    const detail = [
      `failed_stage ${JSON.stringify(failedStage ?? null)}`,
      `failure_codes ${JSON.stringify(failureCodes ?? null)}`
    ].join(", ");
    findings.push(
      finding7("run-status", {
        artifact: id,
        side,
        path: DOCUMENT_PATHS[id],
        pointer: "/status",
        field: "status",
        [side]: status ?? null,
        message: `status is ${JSON.stringify(status ?? null)}, not ${policy.acceptStatus.map((s) => JSON.stringify(s)).join(" or ")} (${detail}): the run did not succeed`
      })
    );
  }
  return findings;
}

// src/core/load/hashes.ts
var FileHashes = class {
  bySide = { left: /* @__PURE__ */ new Map(), right: /* @__PURE__ */ new Map() };
  /** Records the hash of one side's file. */
  set(side, relPath, hash) {
    this.bySide[side].set(relPath, hash);
  }
  /** The hash of one side's file, when it was read. */
  get(side, relPath) {
    return this.bySide[side].get(relPath);
  }
};

// src/core/policy/fileRules.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var UNMATCHED = { mode: "content", ignore: [] };
function compileFileRules(policy) {
  const rules = policy.files.map((rule) => ({
    matches: (0, import_picomatch.default)(rule.glob, { dot: true }),
    cls: {
      mode: rule.mode,
      ...rule.reason !== void 0 ? { reason: rule.reason } : {},
      ignore: rule.ignore ?? []
    }
  }));
  return (relPath) => rules.find((rule) => rule.matches(relPath))?.cls ?? UNMATCHED;
}

// src/core/findingKinds.ts
import { createHash as createHash2 } from "node:crypto";

// src/core/validate/schemas.ts
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

// src/core/validate/ajv.ts
function toViolations(errors) {
  return (errors ?? []).map((e) => {
    const pointer = e.instancePath === "" ? "/" : e.instancePath;
    let message = e.message ?? e.keyword;
    if (e.keyword === "additionalProperties") message = `unknown key '${String(e.params.additionalProperty)}'`;
    else if (e.keyword === "required") message = `missing required key '${String(e.params.missingProperty)}'`;
    else if (e.keyword === "enum") message = `must be one of ${JSON.stringify(e.params.allowedValues)}`;
    return { pointer, message };
  });
}

// src/core/validate/lazyImport.ts
function commonJsExport(module, name) {
  const named = module[name];
  if (named !== void 0) return named;
  const exported = module.default;
  if (exported === void 0 || exported[name] === void 0) throw new Error(`lazy import: no export '${String(name)}'`);
  return exported[name];
}

// src/core/validate/validators.generated.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var validateRunSummary = validate21;
var schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/dualrun/dualrun/schemas/run_summary.v1.schema.json", "title": "run_summary schema v1", "type": "object", "required": ["run_summary_schema_version", "run_id", "candidate_id", "status", "git_sha", "created_at_utc", "run_health", "run_report", "ranked_outputs", "primary_artifacts", "costs", "scoring_config", "snapshot_manifest", "quicklinks"], "properties": { "run_summary_schema_version": { "type": "integer", "enum": [1] }, "run_id": { "type": "string" }, "candidate_id": { "type": "string" }, "status": { "type": "string" }, "git_sha": { "type": "string" }, "created_at_utc": { "type": "string" }, "run_health": { "type": "object", "required": ["path", "sha256", "status"], "properties": { "path": { "type": ["string", "null"] }, "sha256": { "type": ["string", "null"] }, "status": { "type": ["string", "null"] } }, "additionalProperties": false }, "run_report": { "$ref": "#/$defs/file_pointer" }, "ranked_outputs": { "type": "object", "required": ["ranked_json", "ranked_csv", "ranked_families_json", "shortlist_md"], "properties": { "ranked_json": { "type": "array", "items": { "$ref": "#/$defs/ranked_pointer" } }, "ranked_csv": { "type": "array", "items": { "$ref": "#/$defs/ranked_pointer" } }, "ranked_families_json": { "type": "array", "items": { "$ref": "#/$defs/ranked_pointer" } }, "shortlist_md": { "type": "array", "items": { "$ref": "#/$defs/ranked_pointer" } } }, "additionalProperties": false }, "primary_artifacts": { "type": "array", "items": { "$ref": "#/$defs/primary_artifact_pointer" } }, "costs": { "$ref": "#/$defs/file_pointer" }, "scoring_config": { "type": "object", "required": ["source", "config_sha256", "path", "provider", "profile"], "properties": { "source": { "type": "string" }, "config_sha256": { "type": ["string", "null"] }, "path": { "type": ["string", "null"] }, "provider": { "type": ["string", "null"] }, "profile": { "type": ["string", "null"] } }, "additionalProperties": false }, "snapshot_manifest": { "type": "object", "required": ["applicable", "path", "sha256"], "properties": { "applicable": { "type": "boolean" }, "path": { "type": "string" }, "sha256": { "type": ["string", "null"] } }, "additionalProperties": false }, "quicklinks": { "type": "object", "required": ["run_dir", "run_report", "run_health", "costs", "ranked_json", "ranked_csv", "ranked_families_json", "shortlist_md"], "properties": { "run_dir": { "type": "string" }, "run_report": { "type": ["string", "null"] }, "run_health": { "type": ["string", "null"] }, "costs": { "type": ["string", "null"] }, "provider_availability": { "type": ["string", "null"] }, "ranked_json": { "type": "array", "items": { "type": "string" } }, "ranked_csv": { "type": "array", "items": { "type": "string" } }, "ranked_families_json": { "type": "array", "items": { "type": "string" } }, "shortlist_md": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false } }, "$defs": { "file_pointer": { "type": "object", "required": ["path", "sha256", "bytes"], "properties": { "path": { "type": ["string", "null"] }, "sha256": { "type": ["string", "null"] }, "bytes": { "type": ["integer", "null"] } }, "additionalProperties": false }, "ranked_pointer": { "type": "object", "required": ["provider", "profile", "path", "sha256", "bytes"], "properties": { "provider": { "type": "string" }, "profile": { "type": "string" }, "path": { "type": ["string", "null"] }, "sha256": { "type": ["string", "null"] }, "bytes": { "type": ["integer", "null"] } }, "additionalProperties": false }, "primary_artifact_pointer": { "type": "object", "required": ["artifact_key", "provider", "profile", "path", "sha256", "bytes"], "properties": { "artifact_key": { "type": "string", "enum": ["ranked_json", "ranked_csv", "shortlist_md", "provider_availability", "digest", "digest_receipt"] }, "provider": { "type": "string" }, "profile": { "type": "string" }, "path": { "type": "string" }, "sha256": { "type": ["string", "null"] }, "bytes": { "type": ["integer", "null"] } }, "additionalProperties": false } }, "additionalProperties": false, "description": "dualrun: artifact_key also allows digest and digest_receipt, which the upstream writer emits since commit 979924e (2026-02-28)." };
var func2 = Object.prototype.hasOwnProperty;
var schema7 = { "type": "object", "required": ["path", "sha256", "bytes"], "properties": { "path": { "type": ["string", "null"] }, "sha256": { "type": ["string", "null"] }, "bytes": { "type": ["integer", "null"] } }, "additionalProperties": false };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sha256 === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.bytes === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "sha256" || key0 === "bytes")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: schema7.properties.path.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data1 = data.sha256;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/type", keyword: "type", params: { type: schema7.properties.sha256.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.bytes !== void 0) {
      let data2 = data.bytes;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && data2 !== null) {
        const err6 = { instancePath: instancePath + "/bytes", schemaPath: "#/properties/bytes/type", keyword: "type", params: { type: schema7.properties.bytes.type }, message: "must be integer,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema8 = { "type": "object", "required": ["provider", "profile", "path", "sha256", "bytes"], "properties": { "provider": { "type": "string" }, "profile": { "type": "string" }, "path": { "type": ["string", "null"] }, "sha256": { "type": ["string", "null"] }, "bytes": { "type": ["integer", "null"] } }, "additionalProperties": false };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.profile === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "profile" }, message: "must have required property 'profile'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.sha256 === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.bytes === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "provider" || key0 === "profile" || key0 === "path" || key0 === "sha256" || key0 === "bytes")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      if (typeof data.provider !== "string") {
        const err6 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.profile !== void 0) {
      if (typeof data.profile !== "string") {
        const err7 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data2 = data.path;
      if (typeof data2 !== "string" && data2 !== null) {
        const err8 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: schema8.properties.path.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data3 = data.sha256;
      if (typeof data3 !== "string" && data3 !== null) {
        const err9 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/type", keyword: "type", params: { type: schema8.properties.sha256.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.bytes !== void 0) {
      let data4 = data.bytes;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4)) && data4 !== null) {
        const err10 = { instancePath: instancePath + "/bytes", schemaPath: "#/properties/bytes/type", keyword: "type", params: { type: schema8.properties.bytes.type }, message: "must be integer,null" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var schema9 = { "type": "object", "required": ["artifact_key", "provider", "profile", "path", "sha256", "bytes"], "properties": { "artifact_key": { "type": "string", "enum": ["ranked_json", "ranked_csv", "shortlist_md", "provider_availability", "digest", "digest_receipt"] }, "provider": { "type": "string" }, "profile": { "type": "string" }, "path": { "type": "string" }, "sha256": { "type": ["string", "null"] }, "bytes": { "type": ["integer", "null"] } }, "additionalProperties": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.artifact_key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact_key" }, message: "must have required property 'artifact_key'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.provider === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.profile === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "profile" }, message: "must have required property 'profile'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.sha256 === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.bytes === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "artifact_key" || key0 === "provider" || key0 === "profile" || key0 === "path" || key0 === "sha256" || key0 === "bytes")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.artifact_key !== void 0) {
      let data0 = data.artifact_key;
      if (typeof data0 !== "string") {
        const err7 = { instancePath: instancePath + "/artifact_key", schemaPath: "#/properties/artifact_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data0 === "ranked_json" || data0 === "ranked_csv" || data0 === "shortlist_md" || data0 === "provider_availability" || data0 === "digest" || data0 === "digest_receipt")) {
        const err8 = { instancePath: instancePath + "/artifact_key", schemaPath: "#/properties/artifact_key/enum", keyword: "enum", params: { allowedValues: schema9.properties.artifact_key.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      if (typeof data.provider !== "string") {
        const err9 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.profile !== void 0) {
      if (typeof data.profile !== "string") {
        const err10 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err11 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data4 = data.sha256;
      if (typeof data4 !== "string" && data4 !== null) {
        const err12 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/type", keyword: "type", params: { type: schema9.properties.sha256.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.bytes !== void 0) {
      let data5 = data.bytes;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5)) && data5 !== null) {
        const err13 = { instancePath: instancePath + "/bytes", schemaPath: "#/properties/bytes/type", keyword: "type", params: { type: schema9.properties.bytes.type }, message: "must be integer,null" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.run_summary_schema_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run_summary_schema_version" }, message: "must have required property 'run_summary_schema_version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.run_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run_id" }, message: "must have required property 'run_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.candidate_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "candidate_id" }, message: "must have required property 'candidate_id'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.git_sha === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "git_sha" }, message: "must have required property 'git_sha'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.created_at_utc === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at_utc" }, message: "must have required property 'created_at_utc'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.run_health === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run_health" }, message: "must have required property 'run_health'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.run_report === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run_report" }, message: "must have required property 'run_report'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.ranked_outputs === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ranked_outputs" }, message: "must have required property 'ranked_outputs'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.primary_artifacts === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "primary_artifacts" }, message: "must have required property 'primary_artifacts'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.costs === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "costs" }, message: "must have required property 'costs'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.scoring_config === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "scoring_config" }, message: "must have required property 'scoring_config'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.snapshot_manifest === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "snapshot_manifest" }, message: "must have required property 'snapshot_manifest'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.quicklinks === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quicklinks" }, message: "must have required property 'quicklinks'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema6.properties, key0)) {
        const err14 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.run_summary_schema_version !== void 0) {
      let data0 = data.run_summary_schema_version;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err15 = { instancePath: instancePath + "/run_summary_schema_version", schemaPath: "#/properties/run_summary_schema_version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (!(data0 === 1)) {
        const err16 = { instancePath: instancePath + "/run_summary_schema_version", schemaPath: "#/properties/run_summary_schema_version/enum", keyword: "enum", params: { allowedValues: schema6.properties.run_summary_schema_version.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.run_id !== void 0) {
      if (typeof data.run_id !== "string") {
        const err17 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.candidate_id !== void 0) {
      if (typeof data.candidate_id !== "string") {
        const err18 = { instancePath: instancePath + "/candidate_id", schemaPath: "#/properties/candidate_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err19 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.git_sha !== void 0) {
      if (typeof data.git_sha !== "string") {
        const err20 = { instancePath: instancePath + "/git_sha", schemaPath: "#/properties/git_sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.created_at_utc !== void 0) {
      if (typeof data.created_at_utc !== "string") {
        const err21 = { instancePath: instancePath + "/created_at_utc", schemaPath: "#/properties/created_at_utc/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.run_health !== void 0) {
      let data6 = data.run_health;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.path === void 0) {
          const err22 = { instancePath: instancePath + "/run_health", schemaPath: "#/properties/run_health/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data6.sha256 === void 0) {
          const err23 = { instancePath: instancePath + "/run_health", schemaPath: "#/properties/run_health/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data6.status === void 0) {
          const err24 = { instancePath: instancePath + "/run_health", schemaPath: "#/properties/run_health/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === "path" || key1 === "sha256" || key1 === "status")) {
            const err25 = { instancePath: instancePath + "/run_health", schemaPath: "#/properties/run_health/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data6.path !== void 0) {
          let data7 = data6.path;
          if (typeof data7 !== "string" && data7 !== null) {
            const err26 = { instancePath: instancePath + "/run_health/path", schemaPath: "#/properties/run_health/properties/path/type", keyword: "type", params: { type: schema6.properties.run_health.properties.path.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data6.sha256 !== void 0) {
          let data8 = data6.sha256;
          if (typeof data8 !== "string" && data8 !== null) {
            const err27 = { instancePath: instancePath + "/run_health/sha256", schemaPath: "#/properties/run_health/properties/sha256/type", keyword: "type", params: { type: schema6.properties.run_health.properties.sha256.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data6.status !== void 0) {
          let data9 = data6.status;
          if (typeof data9 !== "string" && data9 !== null) {
            const err28 = { instancePath: instancePath + "/run_health/status", schemaPath: "#/properties/run_health/properties/status/type", keyword: "type", params: { type: schema6.properties.run_health.properties.status.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/run_health", schemaPath: "#/properties/run_health/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.run_report !== void 0) {
      if (!validate22(data.run_report, { instancePath: instancePath + "/run_report", parentData: data, parentDataProperty: "run_report", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.ranked_outputs !== void 0) {
      let data11 = data.ranked_outputs;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.ranked_json === void 0) {
          const err30 = { instancePath: instancePath + "/ranked_outputs", schemaPath: "#/properties/ranked_outputs/required", keyword: "required", params: { missingProperty: "ranked_json" }, message: "must have required property 'ranked_json'" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data11.ranked_csv === void 0) {
          const err31 = { instancePath: instancePath + "/ranked_outputs", schemaPath: "#/properties/ranked_outputs/required", keyword: "required", params: { missingProperty: "ranked_csv" }, message: "must have required property 'ranked_csv'" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data11.ranked_families_json === void 0) {
          const err32 = { instancePath: instancePath + "/ranked_outputs", schemaPath: "#/properties/ranked_outputs/required", keyword: "required", params: { missingProperty: "ranked_families_json" }, message: "must have required property 'ranked_families_json'" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data11.shortlist_md === void 0) {
          const err33 = { instancePath: instancePath + "/ranked_outputs", schemaPath: "#/properties/ranked_outputs/required", keyword: "required", params: { missingProperty: "shortlist_md" }, message: "must have required property 'shortlist_md'" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key2 in data11) {
          if (!(key2 === "ranked_json" || key2 === "ranked_csv" || key2 === "ranked_families_json" || key2 === "shortlist_md")) {
            const err34 = { instancePath: instancePath + "/ranked_outputs", schemaPath: "#/properties/ranked_outputs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data11.ranked_json !== void 0) {
          let data12 = data11.ranked_json;
          if (Array.isArray(data12)) {
            const len0 = data12.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate24(data12[i0], { instancePath: instancePath + "/ranked_outputs/ranked_json/" + i0, parentData: data12, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/ranked_outputs/ranked_json", schemaPath: "#/properties/ranked_outputs/properties/ranked_json/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data11.ranked_csv !== void 0) {
          let data14 = data11.ranked_csv;
          if (Array.isArray(data14)) {
            const len1 = data14.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!validate24(data14[i1], { instancePath: instancePath + "/ranked_outputs/ranked_csv/" + i1, parentData: data14, parentDataProperty: i1, rootData })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/ranked_outputs/ranked_csv", schemaPath: "#/properties/ranked_outputs/properties/ranked_csv/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data11.ranked_families_json !== void 0) {
          let data16 = data11.ranked_families_json;
          if (Array.isArray(data16)) {
            const len2 = data16.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (!validate24(data16[i2], { instancePath: instancePath + "/ranked_outputs/ranked_families_json/" + i2, parentData: data16, parentDataProperty: i2, rootData })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/ranked_outputs/ranked_families_json", schemaPath: "#/properties/ranked_outputs/properties/ranked_families_json/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data11.shortlist_md !== void 0) {
          let data18 = data11.shortlist_md;
          if (Array.isArray(data18)) {
            const len3 = data18.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (!validate24(data18[i3], { instancePath: instancePath + "/ranked_outputs/shortlist_md/" + i3, parentData: data18, parentDataProperty: i3, rootData })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/ranked_outputs/shortlist_md", schemaPath: "#/properties/ranked_outputs/properties/shortlist_md/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/ranked_outputs", schemaPath: "#/properties/ranked_outputs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.primary_artifacts !== void 0) {
      let data20 = data.primary_artifacts;
      if (Array.isArray(data20)) {
        const len4 = data20.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate29(data20[i4], { instancePath: instancePath + "/primary_artifacts/" + i4, parentData: data20, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/primary_artifacts", schemaPath: "#/properties/primary_artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.costs !== void 0) {
      if (!validate22(data.costs, { instancePath: instancePath + "/costs", parentData: data, parentDataProperty: "costs", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.scoring_config !== void 0) {
      let data23 = data.scoring_config;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        if (data23.source === void 0) {
          const err41 = { instancePath: instancePath + "/scoring_config", schemaPath: "#/properties/scoring_config/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data23.config_sha256 === void 0) {
          const err42 = { instancePath: instancePath + "/scoring_config", schemaPath: "#/properties/scoring_config/required", keyword: "required", params: { missingProperty: "config_sha256" }, message: "must have required property 'config_sha256'" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data23.path === void 0) {
          const err43 = { instancePath: instancePath + "/scoring_config", schemaPath: "#/properties/scoring_config/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data23.provider === void 0) {
          const err44 = { instancePath: instancePath + "/scoring_config", schemaPath: "#/properties/scoring_config/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data23.profile === void 0) {
          const err45 = { instancePath: instancePath + "/scoring_config", schemaPath: "#/properties/scoring_config/required", keyword: "required", params: { missingProperty: "profile" }, message: "must have required property 'profile'" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        for (const key3 in data23) {
          if (!(key3 === "source" || key3 === "config_sha256" || key3 === "path" || key3 === "provider" || key3 === "profile")) {
            const err46 = { instancePath: instancePath + "/scoring_config", schemaPath: "#/properties/scoring_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data23.source !== void 0) {
          if (typeof data23.source !== "string") {
            const err47 = { instancePath: instancePath + "/scoring_config/source", schemaPath: "#/properties/scoring_config/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data23.config_sha256 !== void 0) {
          let data25 = data23.config_sha256;
          if (typeof data25 !== "string" && data25 !== null) {
            const err48 = { instancePath: instancePath + "/scoring_config/config_sha256", schemaPath: "#/properties/scoring_config/properties/config_sha256/type", keyword: "type", params: { type: schema6.properties.scoring_config.properties.config_sha256.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data23.path !== void 0) {
          let data26 = data23.path;
          if (typeof data26 !== "string" && data26 !== null) {
            const err49 = { instancePath: instancePath + "/scoring_config/path", schemaPath: "#/properties/scoring_config/properties/path/type", keyword: "type", params: { type: schema6.properties.scoring_config.properties.path.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data23.provider !== void 0) {
          let data27 = data23.provider;
          if (typeof data27 !== "string" && data27 !== null) {
            const err50 = { instancePath: instancePath + "/scoring_config/provider", schemaPath: "#/properties/scoring_config/properties/provider/type", keyword: "type", params: { type: schema6.properties.scoring_config.properties.provider.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data23.profile !== void 0) {
          let data28 = data23.profile;
          if (typeof data28 !== "string" && data28 !== null) {
            const err51 = { instancePath: instancePath + "/scoring_config/profile", schemaPath: "#/properties/scoring_config/properties/profile/type", keyword: "type", params: { type: schema6.properties.scoring_config.properties.profile.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/scoring_config", schemaPath: "#/properties/scoring_config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.snapshot_manifest !== void 0) {
      let data29 = data.snapshot_manifest;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        if (data29.applicable === void 0) {
          const err53 = { instancePath: instancePath + "/snapshot_manifest", schemaPath: "#/properties/snapshot_manifest/required", keyword: "required", params: { missingProperty: "applicable" }, message: "must have required property 'applicable'" };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (data29.path === void 0) {
          const err54 = { instancePath: instancePath + "/snapshot_manifest", schemaPath: "#/properties/snapshot_manifest/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data29.sha256 === void 0) {
          const err55 = { instancePath: instancePath + "/snapshot_manifest", schemaPath: "#/properties/snapshot_manifest/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        for (const key4 in data29) {
          if (!(key4 === "applicable" || key4 === "path" || key4 === "sha256")) {
            const err56 = { instancePath: instancePath + "/snapshot_manifest", schemaPath: "#/properties/snapshot_manifest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data29.applicable !== void 0) {
          if (typeof data29.applicable !== "boolean") {
            const err57 = { instancePath: instancePath + "/snapshot_manifest/applicable", schemaPath: "#/properties/snapshot_manifest/properties/applicable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data29.path !== void 0) {
          if (typeof data29.path !== "string") {
            const err58 = { instancePath: instancePath + "/snapshot_manifest/path", schemaPath: "#/properties/snapshot_manifest/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data29.sha256 !== void 0) {
          let data32 = data29.sha256;
          if (typeof data32 !== "string" && data32 !== null) {
            const err59 = { instancePath: instancePath + "/snapshot_manifest/sha256", schemaPath: "#/properties/snapshot_manifest/properties/sha256/type", keyword: "type", params: { type: schema6.properties.snapshot_manifest.properties.sha256.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/snapshot_manifest", schemaPath: "#/properties/snapshot_manifest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.quicklinks !== void 0) {
      let data33 = data.quicklinks;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        if (data33.run_dir === void 0) {
          const err61 = { instancePath: instancePath + "/quicklinks", schemaPath: "#/properties/quicklinks/required", keyword: "required", params: { missingProperty: "run_dir" }, message: "must have required property 'run_dir'" };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        if (data33.run_report === void 0) {
          const err62 = { instancePath: instancePath + "/quicklinks", schemaPath: "#/properties/quicklinks/required", keyword: "required", params: { missingProperty: "run_report" }, message: "must have required property 'run_report'" };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
        if (data33.run_health === void 0) {
          const err63 = { instancePath: instancePath + "/quicklinks", schemaPath: "#/properties/quicklinks/required", keyword: "required", params: { missingProperty: "run_health" }, message: "must have required property 'run_health'" };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
        if (data33.costs === void 0) {
          const err64 = { instancePath: instancePath + "/quicklinks", schemaPath: "#/properties/quicklinks/required", keyword: "required", params: { missingProperty: "costs" }, message: "must have required property 'costs'" };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
        if (data33.ranked_json === void 0) {
          const err65 = { instancePath: instancePath + "/quicklinks", schemaPath: "#/properties/quicklinks/required", keyword: "required", params: { missingProperty: "ranked_json" }, message: "must have required property 'ranked_json'" };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        if (data33.ranked_csv === void 0) {
          const err66 = { instancePath: instancePath + "/quicklinks", schemaPath: "#/properties/quicklinks/required", keyword: "required", params: { missingProperty: "ranked_csv" }, message: "must have required property 'ranked_csv'" };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        if (data33.ranked_families_json === void 0) {
          const err67 = { instancePath: instancePath + "/quicklinks", schemaPath: "#/properties/quicklinks/required", keyword: "required", params: { missingProperty: "ranked_families_json" }, message: "must have required property 'ranked_families_json'" };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        if (data33.shortlist_md === void 0) {
          const err68 = { instancePath: instancePath + "/quicklinks", schemaPath: "#/properties/quicklinks/required", keyword: "required", params: { missingProperty: "shortlist_md" }, message: "must have required property 'shortlist_md'" };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        for (const key5 in data33) {
          if (!func2.call(schema6.properties.quicklinks.properties, key5)) {
            const err69 = { instancePath: instancePath + "/quicklinks", schemaPath: "#/properties/quicklinks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data33.run_dir !== void 0) {
          if (typeof data33.run_dir !== "string") {
            const err70 = { instancePath: instancePath + "/quicklinks/run_dir", schemaPath: "#/properties/quicklinks/properties/run_dir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data33.run_report !== void 0) {
          let data35 = data33.run_report;
          if (typeof data35 !== "string" && data35 !== null) {
            const err71 = { instancePath: instancePath + "/quicklinks/run_report", schemaPath: "#/properties/quicklinks/properties/run_report/type", keyword: "type", params: { type: schema6.properties.quicklinks.properties.run_report.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data33.run_health !== void 0) {
          let data36 = data33.run_health;
          if (typeof data36 !== "string" && data36 !== null) {
            const err72 = { instancePath: instancePath + "/quicklinks/run_health", schemaPath: "#/properties/quicklinks/properties/run_health/type", keyword: "type", params: { type: schema6.properties.quicklinks.properties.run_health.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data33.costs !== void 0) {
          let data37 = data33.costs;
          if (typeof data37 !== "string" && data37 !== null) {
            const err73 = { instancePath: instancePath + "/quicklinks/costs", schemaPath: "#/properties/quicklinks/properties/costs/type", keyword: "type", params: { type: schema6.properties.quicklinks.properties.costs.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data33.provider_availability !== void 0) {
          let data38 = data33.provider_availability;
          if (typeof data38 !== "string" && data38 !== null) {
            const err74 = { instancePath: instancePath + "/quicklinks/provider_availability", schemaPath: "#/properties/quicklinks/properties/provider_availability/type", keyword: "type", params: { type: schema6.properties.quicklinks.properties.provider_availability.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data33.ranked_json !== void 0) {
          let data39 = data33.ranked_json;
          if (Array.isArray(data39)) {
            const len5 = data39.length;
            for (let i5 = 0; i5 < len5; i5++) {
              if (typeof data39[i5] !== "string") {
                const err75 = { instancePath: instancePath + "/quicklinks/ranked_json/" + i5, schemaPath: "#/properties/quicklinks/properties/ranked_json/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/quicklinks/ranked_json", schemaPath: "#/properties/quicklinks/properties/ranked_json/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data33.ranked_csv !== void 0) {
          let data41 = data33.ranked_csv;
          if (Array.isArray(data41)) {
            const len6 = data41.length;
            for (let i6 = 0; i6 < len6; i6++) {
              if (typeof data41[i6] !== "string") {
                const err77 = { instancePath: instancePath + "/quicklinks/ranked_csv/" + i6, schemaPath: "#/properties/quicklinks/properties/ranked_csv/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
          } else {
            const err78 = { instancePath: instancePath + "/quicklinks/ranked_csv", schemaPath: "#/properties/quicklinks/properties/ranked_csv/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data33.ranked_families_json !== void 0) {
          let data43 = data33.ranked_families_json;
          if (Array.isArray(data43)) {
            const len7 = data43.length;
            for (let i7 = 0; i7 < len7; i7++) {
              if (typeof data43[i7] !== "string") {
                const err79 = { instancePath: instancePath + "/quicklinks/ranked_families_json/" + i7, schemaPath: "#/properties/quicklinks/properties/ranked_families_json/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
          } else {
            const err80 = { instancePath: instancePath + "/quicklinks/ranked_families_json", schemaPath: "#/properties/quicklinks/properties/ranked_families_json/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data33.shortlist_md !== void 0) {
          let data45 = data33.shortlist_md;
          if (Array.isArray(data45)) {
            const len8 = data45.length;
            for (let i8 = 0; i8 < len8; i8++) {
              if (typeof data45[i8] !== "string") {
                const err81 = { instancePath: instancePath + "/quicklinks/shortlist_md/" + i8, schemaPath: "#/properties/quicklinks/properties/shortlist_md/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
          } else {
            const err82 = { instancePath: instancePath + "/quicklinks/shortlist_md", schemaPath: "#/properties/quicklinks/properties/shortlist_md/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/quicklinks", schemaPath: "#/properties/quicklinks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
  } else {
    const err84 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err84];
    } else {
      vErrors.push(err84);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var validateRunHealth = validate32;
var schema10 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/dualrun/dualrun/schemas/run_health.v1.schema.json", "title": "run_health schema v1", "description": "run_health v1 as upstream defines it; the failure-code list and the phase shape are shared definitions here instead of six inline copies (same constraints).", "type": "object", "required": ["run_health_schema_version", "run_id", "candidate_id", "status", "timestamps", "durations", "failed_stage", "failure_codes", "phases", "logs", "proof_bundle_path"], "properties": { "run_health_schema_version": { "type": "integer", "enum": [1] }, "run_id": { "type": "string" }, "candidate_id": { "type": "string" }, "status": { "type": "string", "enum": ["success", "partial", "failed"] }, "timestamps": { "type": "object", "required": ["started_at", "ended_at"], "properties": { "started_at": { "type": ["string", "null"] }, "ended_at": { "type": ["string", "null"] } }, "additionalProperties": false }, "durations": { "type": "object", "required": ["total_sec"], "properties": { "total_sec": { "type": ["number", "null"] } }, "additionalProperties": false }, "failed_stage": { "type": ["string", "null"] }, "failure_codes": { "$ref": "#/$defs/failure_codes" }, "phases": { "type": "object", "required": ["snapshot_fetch", "normalize", "score", "publish", "ai_sidecar"], "properties": { "snapshot_fetch": { "$ref": "#/$defs/phase" }, "normalize": { "$ref": "#/$defs/phase" }, "score": { "$ref": "#/$defs/phase" }, "publish": { "$ref": "#/$defs/phase" }, "ai_sidecar": { "$ref": "#/$defs/phase" } }, "additionalProperties": false }, "logs": { "type": "object", "additionalProperties": true }, "fallback_triggered": { "type": "boolean", "description": "Whether any provider fell back from LIVE to SNAPSHOT mode" }, "fallback_details": { "type": "array", "items": { "type": "object", "properties": { "provider": { "type": "string" }, "reason": { "type": "string" }, "exception_class": { "type": "string" } } }, "description": "Details of provider fallback events" }, "proof_bundle_path": { "type": ["string", "null"] } }, "additionalProperties": false, "$defs": { "failure_codes": { "type": "array", "items": { "type": "string", "enum": ["AI_DISABLED", "AI_STAGE_FAILED", "CLASSIFY_STAGE_FAILED", "COST_GUARDRAILS_EXCEEDED", "ENRICH_STAGE_FAILED", "LOCK_HELD", "PROVIDER_POLICY_FAILED", "PROVIDER_TOMBSTONED", "PUBLISH_FAILED", "PUBLISH_NO_BUCKET", "PUBLISH_NO_CREDS", "PUBLISH_PREFLIGHT_FAILED", "SCORING_CONFIG_INVALID", "SCORING_INPUT_MISSING", "SCORING_STAGE_FAILED", "SNAPSHOT_FETCH_FAILED", "SNAPSHOT_MISSING", "UNEXPECTED_FAILURE", "FORCED_FAILURE"] } }, "phase": { "type": "object", "required": ["status", "duration_sec", "failure_codes"], "properties": { "status": { "type": "string", "enum": ["not_run", "skipped", "success", "failed"] }, "duration_sec": { "type": "number" }, "failure_codes": { "$ref": "#/$defs/failure_codes" } }, "additionalProperties": false } } };
var schema11 = { "type": "array", "items": { "type": "string", "enum": ["AI_DISABLED", "AI_STAGE_FAILED", "CLASSIFY_STAGE_FAILED", "COST_GUARDRAILS_EXCEEDED", "ENRICH_STAGE_FAILED", "LOCK_HELD", "PROVIDER_POLICY_FAILED", "PROVIDER_TOMBSTONED", "PUBLISH_FAILED", "PUBLISH_NO_BUCKET", "PUBLISH_NO_CREDS", "PUBLISH_PREFLIGHT_FAILED", "SCORING_CONFIG_INVALID", "SCORING_INPUT_MISSING", "SCORING_STAGE_FAILED", "SNAPSHOT_FETCH_FAILED", "SNAPSHOT_MISSING", "UNEXPECTED_FAILURE", "FORCED_FAILURE"] } };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 !== "string") {
        const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (!(data0 === "AI_DISABLED" || data0 === "AI_STAGE_FAILED" || data0 === "CLASSIFY_STAGE_FAILED" || data0 === "COST_GUARDRAILS_EXCEEDED" || data0 === "ENRICH_STAGE_FAILED" || data0 === "LOCK_HELD" || data0 === "PROVIDER_POLICY_FAILED" || data0 === "PROVIDER_TOMBSTONED" || data0 === "PUBLISH_FAILED" || data0 === "PUBLISH_NO_BUCKET" || data0 === "PUBLISH_NO_CREDS" || data0 === "PUBLISH_PREFLIGHT_FAILED" || data0 === "SCORING_CONFIG_INVALID" || data0 === "SCORING_INPUT_MISSING" || data0 === "SCORING_STAGE_FAILED" || data0 === "SNAPSHOT_FETCH_FAILED" || data0 === "SNAPSHOT_MISSING" || data0 === "UNEXPECTED_FAILURE" || data0 === "FORCED_FAILURE")) {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/enum", keyword: "enum", params: { allowedValues: schema11.items.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
var schema12 = { "type": "object", "required": ["status", "duration_sec", "failure_codes"], "properties": { "status": { "type": "string", "enum": ["not_run", "skipped", "success", "failed"] }, "duration_sec": { "type": "number" }, "failure_codes": { "$ref": "#/$defs/failure_codes" } }, "additionalProperties": false };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.status === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.duration_sec === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duration_sec" }, message: "must have required property 'duration_sec'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.failure_codes === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failure_codes" }, message: "must have required property 'failure_codes'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "status" || key0 === "duration_sec" || key0 === "failure_codes")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data0 = data.status;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "not_run" || data0 === "skipped" || data0 === "success" || data0 === "failed")) {
        const err5 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema12.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.duration_sec !== void 0) {
      let data1 = data.duration_sec;
      if (!(typeof data1 == "number" && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/duration_sec", schemaPath: "#/properties/duration_sec/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.failure_codes !== void 0) {
      if (!validate33(data.failure_codes, { instancePath: instancePath + "/failure_codes", parentData: data, parentDataProperty: "failure_codes", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.run_health_schema_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run_health_schema_version" }, message: "must have required property 'run_health_schema_version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.run_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run_id" }, message: "must have required property 'run_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.candidate_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "candidate_id" }, message: "must have required property 'candidate_id'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.timestamps === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timestamps" }, message: "must have required property 'timestamps'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.durations === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "durations" }, message: "must have required property 'durations'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.failed_stage === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failed_stage" }, message: "must have required property 'failed_stage'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.failure_codes === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failure_codes" }, message: "must have required property 'failure_codes'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.phases === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "phases" }, message: "must have required property 'phases'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.logs === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "logs" }, message: "must have required property 'logs'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.proof_bundle_path === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "proof_bundle_path" }, message: "must have required property 'proof_bundle_path'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema10.properties, key0)) {
        const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.run_health_schema_version !== void 0) {
      let data0 = data.run_health_schema_version;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err12 = { instancePath: instancePath + "/run_health_schema_version", schemaPath: "#/properties/run_health_schema_version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data0 === 1)) {
        const err13 = { instancePath: instancePath + "/run_health_schema_version", schemaPath: "#/properties/run_health_schema_version/enum", keyword: "enum", params: { allowedValues: schema10.properties.run_health_schema_version.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.run_id !== void 0) {
      if (typeof data.run_id !== "string") {
        const err14 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.candidate_id !== void 0) {
      if (typeof data.candidate_id !== "string") {
        const err15 = { instancePath: instancePath + "/candidate_id", schemaPath: "#/properties/candidate_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data3 = data.status;
      if (typeof data3 !== "string") {
        const err16 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data3 === "success" || data3 === "partial" || data3 === "failed")) {
        const err17 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema10.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.timestamps !== void 0) {
      let data4 = data.timestamps;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.started_at === void 0) {
          const err18 = { instancePath: instancePath + "/timestamps", schemaPath: "#/properties/timestamps/required", keyword: "required", params: { missingProperty: "started_at" }, message: "must have required property 'started_at'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data4.ended_at === void 0) {
          const err19 = { instancePath: instancePath + "/timestamps", schemaPath: "#/properties/timestamps/required", keyword: "required", params: { missingProperty: "ended_at" }, message: "must have required property 'ended_at'" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "started_at" || key1 === "ended_at")) {
            const err20 = { instancePath: instancePath + "/timestamps", schemaPath: "#/properties/timestamps/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data4.started_at !== void 0) {
          let data5 = data4.started_at;
          if (typeof data5 !== "string" && data5 !== null) {
            const err21 = { instancePath: instancePath + "/timestamps/started_at", schemaPath: "#/properties/timestamps/properties/started_at/type", keyword: "type", params: { type: schema10.properties.timestamps.properties.started_at.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data4.ended_at !== void 0) {
          let data6 = data4.ended_at;
          if (typeof data6 !== "string" && data6 !== null) {
            const err22 = { instancePath: instancePath + "/timestamps/ended_at", schemaPath: "#/properties/timestamps/properties/ended_at/type", keyword: "type", params: { type: schema10.properties.timestamps.properties.ended_at.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/timestamps", schemaPath: "#/properties/timestamps/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.durations !== void 0) {
      let data7 = data.durations;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.total_sec === void 0) {
          const err24 = { instancePath: instancePath + "/durations", schemaPath: "#/properties/durations/required", keyword: "required", params: { missingProperty: "total_sec" }, message: "must have required property 'total_sec'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (!(key2 === "total_sec")) {
            const err25 = { instancePath: instancePath + "/durations", schemaPath: "#/properties/durations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data7.total_sec !== void 0) {
          let data8 = data7.total_sec;
          if (!(typeof data8 == "number" && isFinite(data8)) && data8 !== null) {
            const err26 = { instancePath: instancePath + "/durations/total_sec", schemaPath: "#/properties/durations/properties/total_sec/type", keyword: "type", params: { type: schema10.properties.durations.properties.total_sec.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/durations", schemaPath: "#/properties/durations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.failed_stage !== void 0) {
      let data9 = data.failed_stage;
      if (typeof data9 !== "string" && data9 !== null) {
        const err28 = { instancePath: instancePath + "/failed_stage", schemaPath: "#/properties/failed_stage/type", keyword: "type", params: { type: schema10.properties.failed_stage.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.failure_codes !== void 0) {
      if (!validate33(data.failure_codes, { instancePath: instancePath + "/failure_codes", parentData: data, parentDataProperty: "failure_codes", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.phases !== void 0) {
      let data11 = data.phases;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.snapshot_fetch === void 0) {
          const err29 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/required", keyword: "required", params: { missingProperty: "snapshot_fetch" }, message: "must have required property 'snapshot_fetch'" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data11.normalize === void 0) {
          const err30 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/required", keyword: "required", params: { missingProperty: "normalize" }, message: "must have required property 'normalize'" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data11.score === void 0) {
          const err31 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data11.publish === void 0) {
          const err32 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/required", keyword: "required", params: { missingProperty: "publish" }, message: "must have required property 'publish'" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data11.ai_sidecar === void 0) {
          const err33 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/required", keyword: "required", params: { missingProperty: "ai_sidecar" }, message: "must have required property 'ai_sidecar'" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key3 in data11) {
          if (!(key3 === "snapshot_fetch" || key3 === "normalize" || key3 === "score" || key3 === "publish" || key3 === "ai_sidecar")) {
            const err34 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data11.snapshot_fetch !== void 0) {
          if (!validate35(data11.snapshot_fetch, { instancePath: instancePath + "/phases/snapshot_fetch", parentData: data11, parentDataProperty: "snapshot_fetch", rootData })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
        if (data11.normalize !== void 0) {
          if (!validate35(data11.normalize, { instancePath: instancePath + "/phases/normalize", parentData: data11, parentDataProperty: "normalize", rootData })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
        if (data11.score !== void 0) {
          if (!validate35(data11.score, { instancePath: instancePath + "/phases/score", parentData: data11, parentDataProperty: "score", rootData })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
        if (data11.publish !== void 0) {
          if (!validate35(data11.publish, { instancePath: instancePath + "/phases/publish", parentData: data11, parentDataProperty: "publish", rootData })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
        if (data11.ai_sidecar !== void 0) {
          if (!validate35(data11.ai_sidecar, { instancePath: instancePath + "/phases/ai_sidecar", parentData: data11, parentDataProperty: "ai_sidecar", rootData })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.logs !== void 0) {
      let data17 = data.logs;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
      } else {
        const err36 = { instancePath: instancePath + "/logs", schemaPath: "#/properties/logs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.fallback_triggered !== void 0) {
      if (typeof data.fallback_triggered !== "boolean") {
        const err37 = { instancePath: instancePath + "/fallback_triggered", schemaPath: "#/properties/fallback_triggered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.fallback_details !== void 0) {
      let data19 = data.fallback_details;
      if (Array.isArray(data19)) {
        const len0 = data19.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data20 = data19[i0];
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.provider !== void 0) {
              if (typeof data20.provider !== "string") {
                const err38 = { instancePath: instancePath + "/fallback_details/" + i0 + "/provider", schemaPath: "#/properties/fallback_details/items/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data20.reason !== void 0) {
              if (typeof data20.reason !== "string") {
                const err39 = { instancePath: instancePath + "/fallback_details/" + i0 + "/reason", schemaPath: "#/properties/fallback_details/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data20.exception_class !== void 0) {
              if (typeof data20.exception_class !== "string") {
                const err40 = { instancePath: instancePath + "/fallback_details/" + i0 + "/exception_class", schemaPath: "#/properties/fallback_details/items/properties/exception_class/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/fallback_details/" + i0, schemaPath: "#/properties/fallback_details/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/fallback_details", schemaPath: "#/properties/fallback_details/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.proof_bundle_path !== void 0) {
      let data24 = data.proof_bundle_path;
      if (typeof data24 !== "string" && data24 !== null) {
        const err43 = { instancePath: instancePath + "/proof_bundle_path", schemaPath: "#/properties/proof_bundle_path/type", keyword: "type", params: { type: schema10.properties.proof_bundle_path.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
  } else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
var validateProviderAvailability = validate42;
var schema13 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/dualrun/dualrun/schemas/provider_availability.v1.schema.json", "title": "provider_availability schema v1", "type": "object", "required": ["provider_availability_schema_version", "run_id", "candidate_id", "generated_at_utc", "provider_registry_sha256", "providers"], "properties": { "provider_availability_schema_version": { "type": "integer", "enum": [1] }, "run_id": { "type": "string" }, "candidate_id": { "type": "string" }, "generated_at_utc": { "type": "string" }, "provider_registry_sha256": { "type": ["string", "null"] }, "providers": { "type": "array", "items": { "$ref": "#/$defs/provider_availability" } } }, "$defs": { "provider_availability": { "type": "object", "required": ["provider_id", "mode", "enabled", "snapshot_enabled", "live_enabled", "availability", "reason_code", "unavailable_reason", "attempts_made", "policy"], "properties": { "provider_id": { "type": "string" }, "mode": { "type": "string", "enum": ["snapshot", "live", "disabled"] }, "enabled": { "type": "boolean" }, "snapshot_enabled": { "type": "boolean" }, "live_enabled": { "type": "boolean" }, "availability": { "type": "string", "enum": ["available", "unavailable"] }, "reason_code": { "type": "string" }, "unavailable_reason": { "type": ["string", "null"] }, "attempts_made": { "type": ["integer", "null"] }, "policy": { "type": "object", "required": ["robots", "network_shield", "canonical_url_policy"], "properties": { "robots": { "type": "object", "required": ["url", "fetched", "status_code", "allowed", "reason", "user_agent"], "properties": { "url": { "type": ["string", "null"] }, "fetched": { "type": ["boolean", "null"] }, "status_code": { "type": ["integer", "null"] }, "allowed": { "type": ["boolean", "null"] }, "reason": { "type": ["string", "null"] }, "user_agent": { "type": ["string", "null"] } }, "additionalProperties": false }, "network_shield": { "type": "object", "required": ["allowlist_allowed", "robots_final_allowed", "live_error_reason", "live_error_type"], "properties": { "allowlist_allowed": { "type": ["boolean", "null"] }, "robots_final_allowed": { "type": ["boolean", "null"] }, "live_error_reason": { "type": ["string", "null"] }, "live_error_type": { "type": ["string", "null"] } }, "additionalProperties": false }, "canonical_url_policy": { "type": "object", "required": ["policy_snapshot", "live_http_status", "live_status_code"], "properties": { "policy_snapshot": {}, "live_http_status": { "type": ["integer", "null"] }, "live_status_code": { "type": ["integer", "null"] } }, "additionalProperties": false } }, "additionalProperties": false } }, "additionalProperties": false } }, "additionalProperties": false };
var schema14 = { "type": "object", "required": ["provider_id", "mode", "enabled", "snapshot_enabled", "live_enabled", "availability", "reason_code", "unavailable_reason", "attempts_made", "policy"], "properties": { "provider_id": { "type": "string" }, "mode": { "type": "string", "enum": ["snapshot", "live", "disabled"] }, "enabled": { "type": "boolean" }, "snapshot_enabled": { "type": "boolean" }, "live_enabled": { "type": "boolean" }, "availability": { "type": "string", "enum": ["available", "unavailable"] }, "reason_code": { "type": "string" }, "unavailable_reason": { "type": ["string", "null"] }, "attempts_made": { "type": ["integer", "null"] }, "policy": { "type": "object", "required": ["robots", "network_shield", "canonical_url_policy"], "properties": { "robots": { "type": "object", "required": ["url", "fetched", "status_code", "allowed", "reason", "user_agent"], "properties": { "url": { "type": ["string", "null"] }, "fetched": { "type": ["boolean", "null"] }, "status_code": { "type": ["integer", "null"] }, "allowed": { "type": ["boolean", "null"] }, "reason": { "type": ["string", "null"] }, "user_agent": { "type": ["string", "null"] } }, "additionalProperties": false }, "network_shield": { "type": "object", "required": ["allowlist_allowed", "robots_final_allowed", "live_error_reason", "live_error_type"], "properties": { "allowlist_allowed": { "type": ["boolean", "null"] }, "robots_final_allowed": { "type": ["boolean", "null"] }, "live_error_reason": { "type": ["string", "null"] }, "live_error_type": { "type": ["string", "null"] } }, "additionalProperties": false }, "canonical_url_policy": { "type": "object", "required": ["policy_snapshot", "live_http_status", "live_status_code"], "properties": { "policy_snapshot": {}, "live_http_status": { "type": ["integer", "null"] }, "live_status_code": { "type": ["integer", "null"] } }, "additionalProperties": false } }, "additionalProperties": false } }, "additionalProperties": false };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider_id" }, message: "must have required property 'provider_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.mode === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.enabled === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.snapshot_enabled === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "snapshot_enabled" }, message: "must have required property 'snapshot_enabled'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.live_enabled === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "live_enabled" }, message: "must have required property 'live_enabled'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.availability === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "availability" }, message: "must have required property 'availability'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.reason_code === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason_code" }, message: "must have required property 'reason_code'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.unavailable_reason === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "unavailable_reason" }, message: "must have required property 'unavailable_reason'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.attempts_made === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attempts_made" }, message: "must have required property 'attempts_made'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.policy === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema14.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.provider_id !== void 0) {
      if (typeof data.provider_id !== "string") {
        const err11 = { instancePath: instancePath + "/provider_id", schemaPath: "#/properties/provider_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data1 = data.mode;
      if (typeof data1 !== "string") {
        const err12 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data1 === "snapshot" || data1 === "live" || data1 === "disabled")) {
        const err13 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema14.properties.mode.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      if (typeof data.enabled !== "boolean") {
        const err14 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.snapshot_enabled !== void 0) {
      if (typeof data.snapshot_enabled !== "boolean") {
        const err15 = { instancePath: instancePath + "/snapshot_enabled", schemaPath: "#/properties/snapshot_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.live_enabled !== void 0) {
      if (typeof data.live_enabled !== "boolean") {
        const err16 = { instancePath: instancePath + "/live_enabled", schemaPath: "#/properties/live_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.availability !== void 0) {
      let data5 = data.availability;
      if (typeof data5 !== "string") {
        const err17 = { instancePath: instancePath + "/availability", schemaPath: "#/properties/availability/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (!(data5 === "available" || data5 === "unavailable")) {
        const err18 = { instancePath: instancePath + "/availability", schemaPath: "#/properties/availability/enum", keyword: "enum", params: { allowedValues: schema14.properties.availability.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.reason_code !== void 0) {
      if (typeof data.reason_code !== "string") {
        const err19 = { instancePath: instancePath + "/reason_code", schemaPath: "#/properties/reason_code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.unavailable_reason !== void 0) {
      let data7 = data.unavailable_reason;
      if (typeof data7 !== "string" && data7 !== null) {
        const err20 = { instancePath: instancePath + "/unavailable_reason", schemaPath: "#/properties/unavailable_reason/type", keyword: "type", params: { type: schema14.properties.unavailable_reason.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.attempts_made !== void 0) {
      let data8 = data.attempts_made;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8)) && data8 !== null) {
        const err21 = { instancePath: instancePath + "/attempts_made", schemaPath: "#/properties/attempts_made/type", keyword: "type", params: { type: schema14.properties.attempts_made.type }, message: "must be integer,null" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data9 = data.policy;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.robots === void 0) {
          const err22 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "robots" }, message: "must have required property 'robots'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data9.network_shield === void 0) {
          const err23 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "network_shield" }, message: "must have required property 'network_shield'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data9.canonical_url_policy === void 0) {
          const err24 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "canonical_url_policy" }, message: "must have required property 'canonical_url_policy'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key1 in data9) {
          if (!(key1 === "robots" || key1 === "network_shield" || key1 === "canonical_url_policy")) {
            const err25 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data9.robots !== void 0) {
          let data10 = data9.robots;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.url === void 0) {
              const err26 = { instancePath: instancePath + "/policy/robots", schemaPath: "#/properties/policy/properties/robots/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data10.fetched === void 0) {
              const err27 = { instancePath: instancePath + "/policy/robots", schemaPath: "#/properties/policy/properties/robots/required", keyword: "required", params: { missingProperty: "fetched" }, message: "must have required property 'fetched'" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data10.status_code === void 0) {
              const err28 = { instancePath: instancePath + "/policy/robots", schemaPath: "#/properties/policy/properties/robots/required", keyword: "required", params: { missingProperty: "status_code" }, message: "must have required property 'status_code'" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data10.allowed === void 0) {
              const err29 = { instancePath: instancePath + "/policy/robots", schemaPath: "#/properties/policy/properties/robots/required", keyword: "required", params: { missingProperty: "allowed" }, message: "must have required property 'allowed'" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data10.reason === void 0) {
              const err30 = { instancePath: instancePath + "/policy/robots", schemaPath: "#/properties/policy/properties/robots/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data10.user_agent === void 0) {
              const err31 = { instancePath: instancePath + "/policy/robots", schemaPath: "#/properties/policy/properties/robots/required", keyword: "required", params: { missingProperty: "user_agent" }, message: "must have required property 'user_agent'" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            for (const key2 in data10) {
              if (!(key2 === "url" || key2 === "fetched" || key2 === "status_code" || key2 === "allowed" || key2 === "reason" || key2 === "user_agent")) {
                const err32 = { instancePath: instancePath + "/policy/robots", schemaPath: "#/properties/policy/properties/robots/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data10.url !== void 0) {
              let data11 = data10.url;
              if (typeof data11 !== "string" && data11 !== null) {
                const err33 = { instancePath: instancePath + "/policy/robots/url", schemaPath: "#/properties/policy/properties/robots/properties/url/type", keyword: "type", params: { type: schema14.properties.policy.properties.robots.properties.url.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data10.fetched !== void 0) {
              let data12 = data10.fetched;
              if (typeof data12 !== "boolean" && data12 !== null) {
                const err34 = { instancePath: instancePath + "/policy/robots/fetched", schemaPath: "#/properties/policy/properties/robots/properties/fetched/type", keyword: "type", params: { type: schema14.properties.policy.properties.robots.properties.fetched.type }, message: "must be boolean,null" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data10.status_code !== void 0) {
              let data13 = data10.status_code;
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13)) && data13 !== null) {
                const err35 = { instancePath: instancePath + "/policy/robots/status_code", schemaPath: "#/properties/policy/properties/robots/properties/status_code/type", keyword: "type", params: { type: schema14.properties.policy.properties.robots.properties.status_code.type }, message: "must be integer,null" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data10.allowed !== void 0) {
              let data14 = data10.allowed;
              if (typeof data14 !== "boolean" && data14 !== null) {
                const err36 = { instancePath: instancePath + "/policy/robots/allowed", schemaPath: "#/properties/policy/properties/robots/properties/allowed/type", keyword: "type", params: { type: schema14.properties.policy.properties.robots.properties.allowed.type }, message: "must be boolean,null" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data10.reason !== void 0) {
              let data15 = data10.reason;
              if (typeof data15 !== "string" && data15 !== null) {
                const err37 = { instancePath: instancePath + "/policy/robots/reason", schemaPath: "#/properties/policy/properties/robots/properties/reason/type", keyword: "type", params: { type: schema14.properties.policy.properties.robots.properties.reason.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data10.user_agent !== void 0) {
              let data16 = data10.user_agent;
              if (typeof data16 !== "string" && data16 !== null) {
                const err38 = { instancePath: instancePath + "/policy/robots/user_agent", schemaPath: "#/properties/policy/properties/robots/properties/user_agent/type", keyword: "type", params: { type: schema14.properties.policy.properties.robots.properties.user_agent.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/policy/robots", schemaPath: "#/properties/policy/properties/robots/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data9.network_shield !== void 0) {
          let data17 = data9.network_shield;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.allowlist_allowed === void 0) {
              const err40 = { instancePath: instancePath + "/policy/network_shield", schemaPath: "#/properties/policy/properties/network_shield/required", keyword: "required", params: { missingProperty: "allowlist_allowed" }, message: "must have required property 'allowlist_allowed'" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data17.robots_final_allowed === void 0) {
              const err41 = { instancePath: instancePath + "/policy/network_shield", schemaPath: "#/properties/policy/properties/network_shield/required", keyword: "required", params: { missingProperty: "robots_final_allowed" }, message: "must have required property 'robots_final_allowed'" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data17.live_error_reason === void 0) {
              const err42 = { instancePath: instancePath + "/policy/network_shield", schemaPath: "#/properties/policy/properties/network_shield/required", keyword: "required", params: { missingProperty: "live_error_reason" }, message: "must have required property 'live_error_reason'" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data17.live_error_type === void 0) {
              const err43 = { instancePath: instancePath + "/policy/network_shield", schemaPath: "#/properties/policy/properties/network_shield/required", keyword: "required", params: { missingProperty: "live_error_type" }, message: "must have required property 'live_error_type'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            for (const key3 in data17) {
              if (!(key3 === "allowlist_allowed" || key3 === "robots_final_allowed" || key3 === "live_error_reason" || key3 === "live_error_type")) {
                const err44 = { instancePath: instancePath + "/policy/network_shield", schemaPath: "#/properties/policy/properties/network_shield/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data17.allowlist_allowed !== void 0) {
              let data18 = data17.allowlist_allowed;
              if (typeof data18 !== "boolean" && data18 !== null) {
                const err45 = { instancePath: instancePath + "/policy/network_shield/allowlist_allowed", schemaPath: "#/properties/policy/properties/network_shield/properties/allowlist_allowed/type", keyword: "type", params: { type: schema14.properties.policy.properties.network_shield.properties.allowlist_allowed.type }, message: "must be boolean,null" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data17.robots_final_allowed !== void 0) {
              let data19 = data17.robots_final_allowed;
              if (typeof data19 !== "boolean" && data19 !== null) {
                const err46 = { instancePath: instancePath + "/policy/network_shield/robots_final_allowed", schemaPath: "#/properties/policy/properties/network_shield/properties/robots_final_allowed/type", keyword: "type", params: { type: schema14.properties.policy.properties.network_shield.properties.robots_final_allowed.type }, message: "must be boolean,null" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data17.live_error_reason !== void 0) {
              let data20 = data17.live_error_reason;
              if (typeof data20 !== "string" && data20 !== null) {
                const err47 = { instancePath: instancePath + "/policy/network_shield/live_error_reason", schemaPath: "#/properties/policy/properties/network_shield/properties/live_error_reason/type", keyword: "type", params: { type: schema14.properties.policy.properties.network_shield.properties.live_error_reason.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data17.live_error_type !== void 0) {
              let data21 = data17.live_error_type;
              if (typeof data21 !== "string" && data21 !== null) {
                const err48 = { instancePath: instancePath + "/policy/network_shield/live_error_type", schemaPath: "#/properties/policy/properties/network_shield/properties/live_error_type/type", keyword: "type", params: { type: schema14.properties.policy.properties.network_shield.properties.live_error_type.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/policy/network_shield", schemaPath: "#/properties/policy/properties/network_shield/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data9.canonical_url_policy !== void 0) {
          let data22 = data9.canonical_url_policy;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.policy_snapshot === void 0) {
              const err50 = { instancePath: instancePath + "/policy/canonical_url_policy", schemaPath: "#/properties/policy/properties/canonical_url_policy/required", keyword: "required", params: { missingProperty: "policy_snapshot" }, message: "must have required property 'policy_snapshot'" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data22.live_http_status === void 0) {
              const err51 = { instancePath: instancePath + "/policy/canonical_url_policy", schemaPath: "#/properties/policy/properties/canonical_url_policy/required", keyword: "required", params: { missingProperty: "live_http_status" }, message: "must have required property 'live_http_status'" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data22.live_status_code === void 0) {
              const err52 = { instancePath: instancePath + "/policy/canonical_url_policy", schemaPath: "#/properties/policy/properties/canonical_url_policy/required", keyword: "required", params: { missingProperty: "live_status_code" }, message: "must have required property 'live_status_code'" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            for (const key4 in data22) {
              if (!(key4 === "policy_snapshot" || key4 === "live_http_status" || key4 === "live_status_code")) {
                const err53 = { instancePath: instancePath + "/policy/canonical_url_policy", schemaPath: "#/properties/policy/properties/canonical_url_policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data22.live_http_status !== void 0) {
              let data23 = data22.live_http_status;
              if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23)) && data23 !== null) {
                const err54 = { instancePath: instancePath + "/policy/canonical_url_policy/live_http_status", schemaPath: "#/properties/policy/properties/canonical_url_policy/properties/live_http_status/type", keyword: "type", params: { type: schema14.properties.policy.properties.canonical_url_policy.properties.live_http_status.type }, message: "must be integer,null" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data22.live_status_code !== void 0) {
              let data24 = data22.live_status_code;
              if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24)) && data24 !== null) {
                const err55 = { instancePath: instancePath + "/policy/canonical_url_policy/live_status_code", schemaPath: "#/properties/policy/properties/canonical_url_policy/properties/live_status_code/type", keyword: "type", params: { type: schema14.properties.policy.properties.canonical_url_policy.properties.live_status_code.type }, message: "must be integer,null" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/policy/canonical_url_policy", schemaPath: "#/properties/policy/properties/canonical_url_policy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
  } else {
    const err58 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err58];
    } else {
      vErrors.push(err58);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider_availability_schema_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider_availability_schema_version" }, message: "must have required property 'provider_availability_schema_version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.run_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run_id" }, message: "must have required property 'run_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.candidate_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "candidate_id" }, message: "must have required property 'candidate_id'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.generated_at_utc === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generated_at_utc" }, message: "must have required property 'generated_at_utc'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.provider_registry_sha256 === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider_registry_sha256" }, message: "must have required property 'provider_registry_sha256'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.providers === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "providers" }, message: "must have required property 'providers'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "provider_availability_schema_version" || key0 === "run_id" || key0 === "candidate_id" || key0 === "generated_at_utc" || key0 === "provider_registry_sha256" || key0 === "providers")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.provider_availability_schema_version !== void 0) {
      let data0 = data.provider_availability_schema_version;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err7 = { instancePath: instancePath + "/provider_availability_schema_version", schemaPath: "#/properties/provider_availability_schema_version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data0 === 1)) {
        const err8 = { instancePath: instancePath + "/provider_availability_schema_version", schemaPath: "#/properties/provider_availability_schema_version/enum", keyword: "enum", params: { allowedValues: schema13.properties.provider_availability_schema_version.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.run_id !== void 0) {
      if (typeof data.run_id !== "string") {
        const err9 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.candidate_id !== void 0) {
      if (typeof data.candidate_id !== "string") {
        const err10 = { instancePath: instancePath + "/candidate_id", schemaPath: "#/properties/candidate_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.generated_at_utc !== void 0) {
      if (typeof data.generated_at_utc !== "string") {
        const err11 = { instancePath: instancePath + "/generated_at_utc", schemaPath: "#/properties/generated_at_utc/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.provider_registry_sha256 !== void 0) {
      let data4 = data.provider_registry_sha256;
      if (typeof data4 !== "string" && data4 !== null) {
        const err12 = { instancePath: instancePath + "/provider_registry_sha256", schemaPath: "#/properties/provider_registry_sha256/type", keyword: "type", params: { type: schema13.properties.provider_registry_sha256.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.providers !== void 0) {
      let data5 = data.providers;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate43(data5[i0], { instancePath: instancePath + "/providers/" + i0, parentData: data5, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/providers", schemaPath: "#/properties/providers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
var validatePolicy = validate45;
var schema15 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/dualrun/dualrun/schemas/policy.v1.json", "title": "dualrun normalization policy", "description": "Extends or overrides a preset. A list field takes an array (replaces the preset's list) or {add, remove}.", "type": "object", "additionalProperties": false, "properties": { "extends": { "type": "string", "enum": ["signalcraft-v1", "signalcraft-published", "none"], "description": "The preset to start from (default signalcraft-v1)." }, "name": { "type": "string", "description": "A name for the effective policy, shown in reports." }, "volatileKeys": { "$ref": "#/definitions/listEdit" }, "driftKeys": { "$ref": "#/definitions/listEdit" }, "identityFields": { "$ref": "#/definitions/listEdit" }, "scoreFields": { "$ref": "#/definitions/listEdit" }, "ignore": { "type": "object", "additionalProperties": false, "properties": { "run_summary": { "$ref": "#/definitions/pointerEdit" }, "run_health": { "$ref": "#/definitions/pointerEdit" }, "provider_availability": { "$ref": "#/definitions/pointerEdit" }, "ranked_json": { "$ref": "#/definitions/pointerEdit" }, "ranked_csv": { "$ref": "#/definitions/pointerEdit" }, "ranked_families_json": { "$ref": "#/definitions/pointerEdit" } } }, "numericTolerance": { "type": "number", "minimum": 0 }, "ordering": { "type": "string", "enum": ["strict", "ties-may-swap"] }, "tolerance": { "type": "object", "description": "Absolute numeric tolerance per field name (a key at any depth, or a CSV column); numericTolerance stays the default.", "propertyNames": { "minLength": 1 }, "additionalProperties": { "type": "number", "minimum": 0 } }, "ranking": { "type": "object", "additionalProperties": false, "required": ["topK"], "properties": { "topK": { "type": "integer", "minimum": 0, "description": "The first topK ranks must match exactly; a move entirely below them is reported as a warning." } } }, "files": { "description": "How each file of the run dir is compared: ordered glob rules, first match wins; unmatched files are content. An array replaces the preset's rules; {add} puts rules before them (so they win).", "oneOf": [{ "$ref": "#/definitions/fileRules" }, { "type": "object", "additionalProperties": false, "required": ["add"], "properties": { "add": { "$ref": "#/definitions/fileRules" } } }] }, "acceptStatus": { "$ref": "#/definitions/listEdit", "description": "run_summary/run_health status values accepted as a good run." }, "required": { "type": "array", "uniqueItems": true, "description": "Artifact kinds that must be present and readable on both sides (else the verdict is error).", "items": { "enum": ["run_summary", "run_health", "provider_availability", "ranked_json", "ranked_csv", "ranked_families_json"] } }, "integrity": { "type": "string", "enum": ["error", "warning"], "description": "Severity of integrity findings." } }, "definitions": { "fileRules": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["glob", "mode"], "properties": { "glob": { "type": "string", "minLength": 1 }, "mode": { "enum": ["contract", "ranked", "content", "ignored"] }, "reason": { "type": "string", "minLength": 1 }, "ignore": { "$ref": "#/definitions/pointers" } }, "if": { "properties": { "mode": { "const": "ignored" } } }, "then": { "properties": { "reason": { "type": "string" } }, "required": ["reason"] } } }, "names": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "listEdit": { "oneOf": [{ "$ref": "#/definitions/names" }, { "type": "object", "additionalProperties": false, "properties": { "add": { "$ref": "#/definitions/names" }, "remove": { "$ref": "#/definitions/names" } } }] }, "pointers": { "type": "array", "items": { "type": "string", "pattern": "^(/([^/~]|~[01])*)*$" } }, "pointerEdit": { "oneOf": [{ "$ref": "#/definitions/pointers" }, { "type": "object", "additionalProperties": false, "properties": { "add": { "$ref": "#/definitions/pointers" }, "remove": { "$ref": "#/definitions/pointers" } } }] } } };
var func7 = import_ucs2length.default.default;
var func0 = import_equal.default.default;
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func7(data0) < 1) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate47(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "add" || key0 === "remove")) {
        const err0 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.add !== void 0) {
      if (!validate47(data.add, { instancePath: instancePath + "/add", parentData: data, parentDataProperty: "add", rootData })) {
        vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
        errors = vErrors.length;
      }
    }
    if (data.remove !== void 0) {
      if (!validate47(data.remove, { instancePath: instancePath + "/remove", parentData: data, parentDataProperty: "remove", rootData })) {
        vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate46.errors = vErrors;
  return errors === 0;
}
var pattern0 = new RegExp("^(/([^/~]|~[01])*)*$", "u");
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/pattern", keyword: "pattern", params: { pattern: "^(/([^/~]|~[01])*)*$" }, message: 'must match pattern "^(/([^/~]|~[01])*)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate56(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "add" || key0 === "remove")) {
        const err0 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.add !== void 0) {
      if (!validate56(data.add, { instancePath: instancePath + "/add", parentData: data, parentDataProperty: "add", rootData })) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
    if (data.remove !== void 0) {
      if (!validate56(data.remove, { instancePath: instancePath + "/remove", parentData: data, parentDataProperty: "remove", rootData })) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate55.errors = vErrors;
  return errors === 0;
}
var schema20 = { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["glob", "mode"], "properties": { "glob": { "type": "string", "minLength": 1 }, "mode": { "enum": ["contract", "ranked", "content", "ignored"] }, "reason": { "type": "string", "minLength": 1 }, "ignore": { "$ref": "#/definitions/pointers" } }, "if": { "properties": { "mode": { "const": "ignored" } } }, "then": { "properties": { "reason": { "type": "string" } }, "required": ["reason"] } } };
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs3 = errors;
      let valid2 = true;
      const _errs4 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.mode !== void 0) {
          if ("ignored" !== data0.mode) {
            const err0 = {};
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs4 === errors;
      errors = _errs3;
      if (vErrors !== null) {
        if (_errs3) {
          vErrors.length = _errs3;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs6 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.reason === void 0) {
            const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/then/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (data0.reason !== void 0) {
            if (typeof data0.reason !== "string") {
              const err2 = { instancePath: instancePath + "/" + i0 + "/reason", schemaPath: "#/items/then/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
        }
        var _valid0 = _errs6 === errors;
        valid2 = _valid0;
      }
      if (!valid2) {
        const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.glob === void 0) {
          const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "glob" }, message: "must have required property 'glob'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.mode === void 0) {
          const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "glob" || key0 === "mode" || key0 === "reason" || key0 === "ignore")) {
            const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.glob !== void 0) {
          let data3 = data0.glob;
          if (typeof data3 === "string") {
            if (func7(data3) < 1) {
              const err7 = { instancePath: instancePath + "/" + i0 + "/glob", schemaPath: "#/items/properties/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/" + i0 + "/glob", schemaPath: "#/items/properties/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.mode !== void 0) {
          let data4 = data0.mode;
          if (!(data4 === "contract" || data4 === "ranked" || data4 === "content" || data4 === "ignored")) {
            const err9 = { instancePath: instancePath + "/" + i0 + "/mode", schemaPath: "#/items/properties/mode/enum", keyword: "enum", params: { allowedValues: schema20.items.properties.mode.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.reason !== void 0) {
          let data5 = data0.reason;
          if (typeof data5 === "string") {
            if (func7(data5) < 1) {
              const err10 = { instancePath: instancePath + "/" + i0 + "/reason", schemaPath: "#/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/" + i0 + "/reason", schemaPath: "#/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.ignore !== void 0) {
          if (!validate56(data0.ignore, { instancePath: instancePath + "/" + i0 + "/ignore", parentData: data0, parentDataProperty: "ignore", rootData })) {
            vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema15.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data0 = data.extends;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "signalcraft-v1" || data0 === "signalcraft-published" || data0 === "none")) {
        const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/enum", keyword: "enum", params: { allowedValues: schema15.properties.extends.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.volatileKeys !== void 0) {
      if (!validate46(data.volatileKeys, { instancePath: instancePath + "/volatileKeys", parentData: data, parentDataProperty: "volatileKeys", rootData })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
    if (data.driftKeys !== void 0) {
      if (!validate46(data.driftKeys, { instancePath: instancePath + "/driftKeys", parentData: data, parentDataProperty: "driftKeys", rootData })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
    if (data.identityFields !== void 0) {
      if (!validate46(data.identityFields, { instancePath: instancePath + "/identityFields", parentData: data, parentDataProperty: "identityFields", rootData })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
    if (data.scoreFields !== void 0) {
      if (!validate46(data.scoreFields, { instancePath: instancePath + "/scoreFields", parentData: data, parentDataProperty: "scoreFields", rootData })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
    if (data.ignore !== void 0) {
      let data6 = data.ignore;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!(key1 === "run_summary" || key1 === "run_health" || key1 === "provider_availability" || key1 === "ranked_json" || key1 === "ranked_csv" || key1 === "ranked_families_json")) {
            const err4 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data6.run_summary !== void 0) {
          if (!validate55(data6.run_summary, { instancePath: instancePath + "/ignore/run_summary", parentData: data6, parentDataProperty: "run_summary", rootData })) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
        if (data6.run_health !== void 0) {
          if (!validate55(data6.run_health, { instancePath: instancePath + "/ignore/run_health", parentData: data6, parentDataProperty: "run_health", rootData })) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
        if (data6.provider_availability !== void 0) {
          if (!validate55(data6.provider_availability, { instancePath: instancePath + "/ignore/provider_availability", parentData: data6, parentDataProperty: "provider_availability", rootData })) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
        if (data6.ranked_json !== void 0) {
          if (!validate55(data6.ranked_json, { instancePath: instancePath + "/ignore/ranked_json", parentData: data6, parentDataProperty: "ranked_json", rootData })) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
        if (data6.ranked_csv !== void 0) {
          if (!validate55(data6.ranked_csv, { instancePath: instancePath + "/ignore/ranked_csv", parentData: data6, parentDataProperty: "ranked_csv", rootData })) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
        if (data6.ranked_families_json !== void 0) {
          if (!validate55(data6.ranked_families_json, { instancePath: instancePath + "/ignore/ranked_families_json", parentData: data6, parentDataProperty: "ranked_families_json", rootData })) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.numericTolerance !== void 0) {
      let data13 = data.numericTolerance;
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 < 0 || isNaN(data13)) {
          const err6 = { instancePath: instancePath + "/numericTolerance", schemaPath: "#/properties/numericTolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/numericTolerance", schemaPath: "#/properties/numericTolerance/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.ordering !== void 0) {
      let data14 = data.ordering;
      if (typeof data14 !== "string") {
        const err8 = { instancePath: instancePath + "/ordering", schemaPath: "#/properties/ordering/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data14 === "strict" || data14 === "ties-may-swap")) {
        const err9 = { instancePath: instancePath + "/ordering", schemaPath: "#/properties/ordering/enum", keyword: "enum", params: { allowedValues: schema15.properties.ordering.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.tolerance !== void 0) {
      let data15 = data.tolerance;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key2 in data15) {
          const _errs25 = errors;
          if (typeof key2 === "string") {
            if (func7(key2) < 1) {
              const err10 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          var valid2 = _errs25 === errors;
          if (!valid2) {
            const err11 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        for (const key3 in data15) {
          let data16 = data15[key3];
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 < 0 || isNaN(data16)) {
              const err12 = { instancePath: instancePath + "/tolerance/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tolerance/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/tolerance/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tolerance/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.ranking !== void 0) {
      let data17 = data.ranking;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.topK === void 0) {
          const err15 = { instancePath: instancePath + "/ranking", schemaPath: "#/properties/ranking/required", keyword: "required", params: { missingProperty: "topK" }, message: "must have required property 'topK'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key4 in data17) {
          if (!(key4 === "topK")) {
            const err16 = { instancePath: instancePath + "/ranking", schemaPath: "#/properties/ranking/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data17.topK !== void 0) {
          let data18 = data17.topK;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
            const err17 = { instancePath: instancePath + "/ranking/topK", schemaPath: "#/properties/ranking/properties/topK/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 < 0 || isNaN(data18)) {
              const err18 = { instancePath: instancePath + "/ranking/topK", schemaPath: "#/properties/ranking/properties/topK/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/ranking", schemaPath: "#/properties/ranking/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data19 = data.files;
      const _errs35 = errors;
      let valid5 = false;
      let passing0 = null;
      const _errs36 = errors;
      if (!validate66(data19, { instancePath: instancePath + "/files", parentData: data, parentDataProperty: "files", rootData })) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs36 === errors;
      if (_valid0) {
        valid5 = true;
        passing0 = 0;
      }
      const _errs37 = errors;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.add === void 0) {
          const err20 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/oneOf/1/required", keyword: "required", params: { missingProperty: "add" }, message: "must have required property 'add'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key5 in data19) {
          if (!(key5 === "add")) {
            const err21 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data19.add !== void 0) {
          if (!validate66(data19.add, { instancePath: instancePath + "/files/add", parentData: data19, parentDataProperty: "add", rootData })) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var _valid0 = _errs37 === errors;
      if (_valid0 && valid5) {
        valid5 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid5 = true;
          passing0 = 1;
        }
      }
      if (!valid5) {
        const err23 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      } else {
        errors = _errs35;
        if (vErrors !== null) {
          if (_errs35) {
            vErrors.length = _errs35;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.acceptStatus !== void 0) {
      if (!validate46(data.acceptStatus, { instancePath: instancePath + "/acceptStatus", parentData: data, parentDataProperty: "acceptStatus", rootData })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
    if (data.required !== void 0) {
      let data22 = data.required;
      if (Array.isArray(data22)) {
        const len0 = data22.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data23 = data22[i0];
          if (!(data23 === "run_summary" || data23 === "run_health" || data23 === "provider_availability" || data23 === "ranked_json" || data23 === "ranked_csv" || data23 === "ranked_families_json")) {
            const err24 = { instancePath: instancePath + "/required/" + i0, schemaPath: "#/properties/required/items/enum", keyword: "enum", params: { allowedValues: schema15.properties.required.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i1 = data22.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func0(data22[i1], data22[j0])) {
                  const err25 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err26 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.integrity !== void 0) {
      let data24 = data.integrity;
      if (typeof data24 !== "string") {
        const err27 = { instancePath: instancePath + "/integrity", schemaPath: "#/properties/integrity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (!(data24 === "error" || data24 === "warning")) {
        const err28 = { instancePath: instancePath + "/integrity", schemaPath: "#/properties/integrity/enum", keyword: "enum", params: { allowedValues: schema15.properties.integrity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
var validateLegsManifest = validate71;
var schema21 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/dualrun/dualrun/schemas/dualrun-legs-manifest.v1.schema.json", "title": "dualrun legs manifest v1", "description": "The pairs of runs one gate compares (one leg each): each leg names its two sides (a workflow artifact, a folder or a zip) and optionally its own policy. Leg names must also be unique, ignoring case; dualrun checks that in code, since JSON Schema cannot compare fields of different items.", "type": "object", "additionalProperties": false, "required": ["legs"], "properties": { "legs": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/leg" } }, "fail-on": { "type": "string", "enum": ["error", "warning", "never"], "description": "The gate over the aggregate verdict (default error): error fails on any failing or error leg, warning also on warnings, never only reports." } }, "definitions": { "text": { "type": "string", "minLength": 1 }, "leg": { "type": "object", "additionalProperties": false, "required": ["name", "left", "right"], "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "The leg's name: shown in every surface and naming its report file, so letters, digits, '.', '_' and '-'." }, "left": { "$ref": "#/definitions/side" }, "right": { "$ref": "#/definitions/side" }, "policy": { "$ref": "#/definitions/text", "description": "A policy file (YAML or JSON) for this leg instead of the default one." } } }, "side": { "type": "object", "additionalProperties": false, "properties": { "artifact": { "$ref": "#/definitions/text", "description": "A workflow artifact holding the run dir (action only)." }, "path": { "$ref": "#/definitions/text", "description": "A folder that is the run dir, or holds it (see run-dir)." }, "zip": { "$ref": "#/definitions/text", "description": "A zip file holding the run dir." }, "run-id": { "description": "The workflow run the artifact comes from (default this run).", "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^[1-9][0-9]*$" }] }, "run-dir": { "$ref": "#/definitions/text", "description": "Which run dir inside the artifact, folder or zip: a folder path or name, or latest (the newest run_summary created_at_utc). By default the one run dir inside." }, "label": { "$ref": "#/definitions/text", "description": "Display name of this side (default the artifact name or the folder's name)." } }, "oneOf": [{ "required": ["artifact"], "properties": { "artifact": true } }, { "required": ["path"], "properties": { "path": true } }, { "required": ["zip"], "properties": { "zip": true } }], "dependencies": { "run-id": ["artifact"] } } } };
var pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (func7(data) < 1) {
      const err0 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
var pattern2 = new RegExp("^[1-9][0-9]*$", "u");
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.artifact === void 0) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.zip === void 0) {
        const err2 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "zip" }, message: "must have required property 'zip'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
    }
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "artifact" || key0 === "path" || key0 === "zip" || key0 === "run-id" || key0 === "run-dir" || key0 === "label")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data["run-id"] !== void 0) {
      if (data.artifact === void 0) {
        const err5 = { instancePath, schemaPath: "#/dependencies", keyword: "dependencies", params: {
          property: "run-id",
          missingProperty: "artifact",
          depsCount: 1,
          deps: "artifact"
        }, message: "must have property artifact when property run-id is present" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.artifact !== void 0) {
      if (!validate74(data.artifact, { instancePath: instancePath + "/artifact", parentData: data, parentDataProperty: "artifact", rootData })) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
    if (data.path !== void 0) {
      if (!validate74(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData })) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
    if (data.zip !== void 0) {
      if (!validate74(data.zip, { instancePath: instancePath + "/zip", parentData: data, parentDataProperty: "zip", rootData })) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
    if (data["run-id"] !== void 0) {
      let data3 = data["run-id"];
      const _errs10 = errors;
      let valid3 = false;
      const _errs11 = errors;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err6 = { instancePath: instancePath + "/run-id", schemaPath: "#/properties/run-id/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err7 = { instancePath: instancePath + "/run-id", schemaPath: "#/properties/run-id/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      var _valid1 = _errs11 === errors;
      valid3 = valid3 || _valid1;
      if (!valid3) {
        const _errs13 = errors;
        if (typeof data3 === "string") {
          if (!pattern2.test(data3)) {
            const err8 = { instancePath: instancePath + "/run-id", schemaPath: "#/properties/run-id/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*$" }, message: 'must match pattern "^[1-9][0-9]*$"' };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = { instancePath: instancePath + "/run-id", schemaPath: "#/properties/run-id/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        var _valid1 = _errs13 === errors;
        valid3 = valid3 || _valid1;
      }
      if (!valid3) {
        const err10 = { instancePath: instancePath + "/run-id", schemaPath: "#/properties/run-id/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["run-dir"] !== void 0) {
      if (!validate74(data["run-dir"], { instancePath: instancePath + "/run-dir", parentData: data, parentDataProperty: "run-dir", rootData })) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
    if (data.label !== void 0) {
      if (!validate74(data.label, { instancePath: instancePath + "/label", parentData: data, parentDataProperty: "label", rootData })) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.left === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "left" }, message: "must have required property 'left'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.right === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "right" }, message: "must have required property 'right'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "left" || key0 === "right" || key0 === "policy")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func7(data0) > 64) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func7(data0) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern1.test(data0)) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.left !== void 0) {
      if (!validate73(data.left, { instancePath: instancePath + "/left", parentData: data, parentDataProperty: "left", rootData })) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
    if (data.right !== void 0) {
      if (!validate73(data.right, { instancePath: instancePath + "/right", parentData: data, parentDataProperty: "right", rootData })) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
    if (data.policy !== void 0) {
      if (!validate74(data.policy, { instancePath: instancePath + "/policy", parentData: data, parentDataProperty: "policy", rootData })) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.legs === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "legs" }, message: "must have required property 'legs'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "legs" || key0 === "fail-on")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.legs !== void 0) {
      let data0 = data.legs;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = { instancePath: instancePath + "/legs", schemaPath: "#/properties/legs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate72(data0[i0], { instancePath: instancePath + "/legs/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/legs", schemaPath: "#/properties/legs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data["fail-on"] !== void 0) {
      let data2 = data["fail-on"];
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data2 === "error" || data2 === "warning" || data2 === "never")) {
        const err5 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema21.properties["fail-on"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate71.errors = vErrors;
  return errors === 0;
}

// src/core/validate/schemas.ts
var SCHEMA_KINDS = {
  schema: {
    severity: "error",
    category: "validity",
    stage: "run-status",
    description: "a contract document violates its JSON Schema. There is one finding per violation",
    fields: "side, path, pointer",
    rules: []
  }
};
var BUILTIN = {
  run_summary: validateRunSummary,
  run_health: validateRunHealth,
  provider_availability: validateProviderAvailability
};
function runValidator(validator, value) {
  return validator(value) ? [] : toViolations(validator.errors);
}
var builtinValidator = (id, value) => runValidator(BUILTIN[id], value);
async function loadUserValidator(dir) {
  let names;
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch {
    throw new UserError(`schemas ${dir}: not a readable folder`);
  }
  const Ajv = commonJsExport(await import("./ajv-4HIZBIMP.js"), "Ajv");
  const ajv = new Ajv({ allErrors: true, strict: false });
  const compiled = {};
  for (const id of Object.keys(BUILTIN)) {
    const name = names.find((n) => n.startsWith(`${id}.`));
    if (name === void 0) throw new UserError(`schemas ${dir}: no schema file for ${id} (expected ${id}.*.json)`);
    const file = join(dir, name);
    try {
      compiled[id] = ajv.compile(JSON.parse(await readFile(file, "utf8")));
    } catch (error) {
      throw new UserError(`schema ${file}: ${oneLine(error)}`);
    }
  }
  return (id, value) => runValidator(compiled[id], value);
}

// src/core/findingKinds.ts
var FINDING_KINDS = {
  ...LOAD_KINDS,
  ...SCHEMA_KINDS,
  ...RECEIPT_KINDS,
  ...CONTRACT_KINDS,
  ...DOCUMENT_KINDS,
  ...KEYED_LIST_KINDS,
  ...CSV_KINDS,
  ...CONTENT_KINDS,
  ...INVENTORY_KINDS,
  ...RUN_STATUS_KINDS,
  ...CONSISTENCY_KINDS,
  ...RANKED_FILE_KINDS
};
var finding8 = findingOf(FINDING_KINDS);
var SEVERITY_RANK = { error: 0, warning: 1 };
var PIPELINE_STAGES = ["run-status", "inputs", "scoring", "ranking", "derived", "metadata"];
var STAGE_RANK = new Map(PIPELINE_STAGES.map((stage, i) => [stage, i]));
function stageRank(stage) {
  return STAGE_RANK.get(stage) ?? PIPELINE_STAGES.length;
}
var ARTIFACT_RANK = { run_dir: 0, policy: 1, run_summary: 2, run_health: 3, provider_availability: 4 };
var RANKED_KIND_RANK = { ranked_json: 0, ranked_csv: 1, ranked_families_json: 2 };
function compareArtifacts(a, b) {
  if (a === b) return 0;
  const x = ARTIFACT_RANK[a] ?? 5;
  const y = ARTIFACT_RANK[b] ?? 5;
  if (x !== y) return x - y;
  const [kindA = "", ...targetA] = a.split(":");
  const [kindB = "", ...targetB] = b.split(":");
  return compareStrings(targetA.join(":"), targetB.join(":")) || (RANKED_KIND_RANK[kindA] ?? 3) - (RANKED_KIND_RANK[kindB] ?? 3) || compareStrings(a, b);
}
function rankOf(f) {
  if (f.pointer === void 0) return 0;
  if (f.rule === "content/text") return Number(f.pointer.slice(1)) || 0;
  if (!f.artifact.startsWith("ranked_")) return 0;
  const match = /^(?:\/[^/0-9][^/]*)?\/(\d+)(?:\/|$)/.exec(f.pointer);
  return match === null ? 0 : Number(match[1]) + 1;
}
function compareStrings(a, b) {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}
function compareFindingDetails(a, b) {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareStrings(a.side, b.side) || compareStrings(a.kind, b.kind) || compareStrings(a.job, b.job) || compareStrings(a.pointer, b.pointer) || compareStrings(a.field, b.field) || compareStrings(JSON.stringify(a.left), JSON.stringify(b.left)) || compareStrings(JSON.stringify(a.right), JSON.stringify(b.right));
}
function sortFindings(findings) {
  const keyed = findings.map((f) => ({ f, stage: stageRank(FINDING_KINDS[f.kind].stage), rank: rankOf(f) }));
  keyed.sort(
    (a, b) => compareArtifacts(a.f.artifact, b.f.artifact) || a.stage - b.stage || a.rank - b.rank || compareFindingDetails(a.f, b.f)
  );
  return keyed.map((k) => k.f);
}
function fingerprint(f) {
  const key = JSON.stringify([f.kind, f.rule ?? null, f.artifact, f.side ?? null, f.path ?? null, f.job ?? null, f.field ?? null, f.pointer ?? null, f.left ?? null, f.right ?? null]);
  return createHash2("sha256").update(key).digest("hex").slice(0, 16);
}

// src/core/explain/changes.ts
function targetOf(artifact) {
  if (!artifact.startsWith("ranked_")) return void 0;
  const colon = artifact.indexOf(":");
  return colon === -1 ? void 0 : artifact.slice(colon + 1);
}
function leafKey(pointer) {
  if (pointer === void 0 || pointer === "") return void 0;
  return pointer.slice(pointer.lastIndexOf("/") + 1).replace(/~1/g, "/").replace(/~0/g, "~");
}
function stageOf(f) {
  if (f.kind === "contract" && f.field === "run_id") return "metadata";
  if (f.kind === "document") {
    if (f.artifact === "provider_availability") return "inputs";
    if ((f.artifact === "run_health" || f.artifact === "run_summary") && leafKey(f.pointer) === "status") return "run-status";
  }
  return FINDING_KINDS[f.kind].stage;
}
function classOf(f, scoreFields) {
  const family = f.kind === "family";
  if (f.kind === "job-added" || family && f.field === "rank" && f.left === void 0) return "added";
  if (f.kind === "job-removed" || family && f.field === "rank" && f.right === void 0) return "removed";
  if (f.kind === "job-moved" || family && f.field === "rank") return "rank";
  if (f.kind === "job-score" || f.kind === "job-field" || family) {
    const leaf = leafKey(f.pointer) ?? f.field;
    return f.kind === "job-score" || leaf !== void 0 && scoreFields.has(leaf) ? "score" : "content";
  }
  return "single";
}
function rowKey(f) {
  return `${f.artifact.slice(0, f.artifact.indexOf(":"))}@${rankOf(f)}`;
}
function singleId(f) {
  const side = f.side !== void 0 ? `@${f.side}` : "";
  const where = f.pointer !== void 0 && f.pointer !== "" ? f.pointer : f.field !== void 0 ? `#${f.field}` : "";
  return `${f.kind}:${f.artifact}${side}${where}`;
}
function groupChanges(findings, policy) {
  const scoreFields = new Set(policy.scoreFields);
  const byId = /* @__PURE__ */ new Map();
  const out = findings.map((f) => {
    const cls = classOf(f, scoreFields);
    const target = targetOf(f.artifact);
    let id;
    if (cls !== "single" && target !== void 0) id = `${cls}:${target}:${f.job ?? rowKey(f)}`;
    else {
      id = singleId(f);
      for (let n = 2; byId.has(id); n++) id = `${singleId(f)}~${n}`;
    }
    const stage = stageOf(f);
    const located = { ...f, change: id };
    const change = byId.get(id);
    if (change === void 0) {
      byId.set(id, { id, class: cls, stage, ...target !== void 0 ? { target } : {}, ...f.job !== void 0 ? { job: f.job } : {}, findings: [located] });
    } else {
      change.findings.push(located);
      if (stageRank(stage) < stageRank(change.stage)) change.stage = stage;
    }
    return located;
  });
  return { findings: out, changes: [...byId.values()] };
}

// src/core/explain/causes.ts
var SAME_DELTA_MIN = 3;
var BLOCK_MIN = 3;
var MAX_EXAMPLES = 3;
var SHOWN_CHARS = 60;
var DOWNSTREAM = /* @__PURE__ */ new Set(["scoring", "ranking", "derived"]);
function pushTo(map, key, value) {
  const list = map.get(key);
  if (list === void 0) map.set(key, [value]);
  else list.push(value);
}
function shownTarget(target) {
  return target.replace(":", "/");
}
function inTargets(changes) {
  const targets = [...new Set(changes.map((c) => c.target).filter((t) => t !== void 0))];
  if (targets.length === 0) return "";
  return ` in ${targets.length <= 3 ? targets.map(shownTarget).join(", ") : plural(targets.length, "list")}`;
}
function get2(doc, ...path) {
  let value = doc;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return void 0;
    value = Array.isArray(value) ? typeof key === "number" ? value[key] : void 0 : value[String(key)];
  }
  return value;
}
function providerAt(pointer, ctx) {
  const index = /^\/providers\/(\d+)(?:\/|$)/.exec(pointer ?? "")?.[1];
  if (index === void 0) return void 0;
  for (const side of ["left", "right"]) {
    const id = get2(ctx.documents[side].provider_availability, "providers", Number(index), "provider_id");
    if (typeof id === "string") return id;
  }
  return void 0;
}
function scoringTarget(ctx) {
  const of = (side) => {
    const provider = get2(ctx.documents[side].run_summary, "scoring_config", "provider");
    const profile = get2(ctx.documents[side].run_summary, "scoring_config", "profile");
    return typeof provider === "string" && typeof profile === "string" ? `${provider}:${profile}` : void 0;
  };
  const left = of("left");
  return left !== void 0 && left === of("right") ? left : void 0;
}
var ALL = () => true;
function inputOf(change, ctx) {
  const f = change.findings[0];
  const field2 = f.field ?? "";
  if (f.kind === "contract" && field2 === "candidate_id") return { key: "candidate", title: "candidate profile differs", scope: ALL, specific: false };
  if (f.kind === "contract" && field2.startsWith("snapshot_manifest")) return { key: "snapshot", title: "snapshot set differs", scope: ALL, specific: false };
  if (f.kind === "contract" && field2.startsWith("scoring_config")) {
    const target = scoringTarget(ctx);
    if (target === void 0) return { key: "scoring", title: "scoring config differs", scope: ALL, specific: false };
    return { key: "scoring", title: `scoring config differs (${shownTarget(target)})`, scope: (c) => c.target === target, specific: true };
  }
  if (f.kind === "contract" && field2 === "provider_registry_sha256") return { key: "registry", title: "provider registry differs", scope: ALL, specific: false };
  const provider = f.artifact === "provider_availability" ? providerAt(f.pointer, ctx) : void 0;
  if (provider !== void 0) {
    const leaf = leafKey(f.pointer);
    const off = ["left", "right"].find((side) => f[side] === "unavailable");
    const title = leaf === "availability" && off !== void 0 ? `provider ${provider} unavailable on ${ctx.labels[off]}` : `provider ${provider} availability differs`;
    return { key: `provider:${provider}`, title, scope: (c) => c.target?.startsWith(`${provider}:`) === true, specific: true };
  }
  return { key: `other:${change.id}`, title: titleOfSingles([change], ctx), scope: () => false, specific: true };
}
function inputDrafts(changes, ctx) {
  const byKey = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const input = inputOf(change, ctx);
    const draft = byKey.get(input.key);
    if (draft === void 0) byKey.set(input.key, { stage: "inputs", title: input.title, changes: [change], scope: input.scope, specific: input.specific });
    else draft.changes.push(change);
  }
  return [...byKey.values()];
}
function deltaSignature(change) {
  const pairs = /* @__PURE__ */ new Set();
  for (const f of change.findings) {
    const l = numeric(f.left);
    const r = numeric(f.right);
    if (l === void 0 || r === void 0) return void 0;
    pairs.add(`${leafKey(f.pointer) ?? f.field ?? ""}\0${Number((r - l).toPrecision(12))}`);
  }
  return [...pairs].sort().join("");
}
function numeric(value) {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim())) return Number(value);
  return void 0;
}
function signed(delta) {
  return delta > 0 ? `+${delta}` : String(delta);
}
function sameDelta(changes, claimed) {
  const bySignature = /* @__PURE__ */ new Map();
  for (const change of changes) {
    if (change.class !== "score") continue;
    const signature = deltaSignature(change);
    if (signature === void 0) continue;
    pushTo(bySignature, signature, change);
  }
  const drafts = [];
  for (const [signature, group] of bySignature) {
    if (group.length < SAME_DELTA_MIN) continue;
    for (const change of group) claimed.add(change);
    drafts.push({ stage: earliest(group), title: deltaTitle(signature, group), changes: group });
  }
  return drafts;
}
function deltaTitle(signature, group) {
  const byDelta = /* @__PURE__ */ new Map();
  for (const pair of signature.split("")) {
    const [field2 = "", delta = ""] = pair.split("\0");
    pushTo(byDelta, delta, field2);
  }
  const what = [...byDelta].map(([delta, fields]) => `${signed(Number(delta))} on ${fields.join(", ")}`).join("; ");
  return `${what} for ${plural(group.length, "job")}${inTargets(group)}`;
}
function ranksOf(change) {
  const f = change.findings.find((x) => typeof x.left === "number" && typeof x.right === "number");
  return f === void 0 ? void 0 : { left: f.left, right: f.right };
}
function blockMoves(changes, claimed) {
  const byTarget = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const ranks = change.class === "rank" && change.target !== void 0 ? ranksOf(change) : void 0;
    if (ranks === void 0) continue;
    pushTo(byTarget, change.target, { change, ...ranks });
  }
  const drafts = [];
  for (const moves of byTarget.values()) {
    moves.sort((a, b) => a.left - b.left);
    for (let start = 0; start < moves.length; ) {
      let end = start + 1;
      const first = moves[start];
      const shift = first.right - first.left;
      while (end < moves.length && moves[end].left === first.left + (end - start) && moves[end].right - moves[end].left === shift) end++;
      if (end - start >= BLOCK_MIN) {
        const block = moves.slice(start, end);
        const last = block[block.length - 1];
        for (const move of block) claimed.add(move.change);
        drafts.push({
          stage: "ranking",
          title: `${plural(block.length, "job")} at ranks ${first.left}\u2013${last.left} moved together by ${signed(shift)} (to ${first.right}\u2013${last.right})${inTargets([first.change])}`,
          changes: block.map((move) => move.change)
        });
      }
      start = end;
    }
  }
  return drafts;
}
function providerWide(changes, claimed, ctx) {
  const drafts = [];
  const lists = /* @__PURE__ */ new Map();
  for (const stats of ctx.ranking) {
    const provider = stats.artifact.split(":")[1];
    if (provider !== void 0) pushTo(lists, provider, stats);
  }
  for (const [provider, stats] of lists) {
    for (const [cls, onlyOne, other, side] of [
      ["removed", "removed", "added", "right"],
      ["added", "added", "removed", "left"]
    ]) {
      if (!stats.every((s) => s.shared === 0 && s[onlyOne] > 0 && s[other] === 0)) continue;
      const group = changes.filter((c) => c.class === cls && c.target?.startsWith(`${provider}:`) === true && !claimed.has(c));
      if (group.length === 0) continue;
      for (const change of group) claimed.add(change);
      drafts.push({
        stage: "ranking",
        title: `all ${plural(group.length, "job")} of provider ${provider} ${cls} (none on ${ctx.labels[side]})${inTargets(group)}`,
        changes: group
      });
    }
  }
  return drafts;
}
var CLASS_VERB = {
  score: "re-scored",
  content: "changed",
  rank: "moved",
  added: "added",
  removed: "removed"
};
function earliest(changes) {
  let best = "metadata";
  for (const change of changes) if (stageRank(change.stage) < stageRank(best)) best = change.stage;
  return best;
}
function titleOfSingles(changes, ctx) {
  const f = changes[0]?.findings[0];
  const on = f.side !== void 0 ? ` on ${ctx.labels[f.side]}` : "";
  const many = changes.length > 1 ? ` (${thousands(changes.length)})` : "";
  switch (f.kind) {
    case "missing":
      return `${f.artifact} missing${on}${many}`;
    case "unreadable":
      return `${f.artifact} unreadable${on}${many}`;
    case "unsafe-path":
      return `unsafe path in ${f.artifact}${on}${many}`;
    case "schema":
      return `${f.artifact} does not match its schema${on}${many}`;
    case "integrity":
      return `${f.artifact} differs from its recorded sha256${on}`;
    case "csv-header":
      return `CSV header differs in ${shownTarget(f.artifact.slice(f.artifact.indexOf(":") + 1))}`;
    case "job-duplicate":
      return `duplicate identities in ${f.artifact}${on}${many}`;
    case "job-identity":
      return `rows without identity in ${f.artifact}${on}${many}`;
    case "inconsistent": {
      const who = f.side !== void 0 ? ctx.labels[f.side] : "a run";
      const what = f.artifact.startsWith("ranked_families_json:") ? "its ranked families name jobs its ranked JSON lacks" : "its ranked CSV is not its ranked JSON's projection";
      return `${who} disagrees with itself: ${what} in ${shownTarget(f.artifact.slice(f.artifact.indexOf(":") + 1))}`;
    }
    case "contract":
      return changes.length > 1 ? `${f.field ?? "contract value"} differs${many}` : f.side !== void 0 ? `${f.field ?? "contract value"} inconsistent${on}` : `${f.field ?? "contract value"} differs`;
    default:
      return changes.length > 1 ? `${f.artifact} differs at ${thousands(changes.length)} places` : `${f.artifact} ${f.pointer ?? ""} differs`.replace("  ", " ");
  }
}
function unexplained(changes, claimed, ctx) {
  const groups = /* @__PURE__ */ new Map();
  for (const change of changes) {
    if (claimed.has(change)) continue;
    const f = change.findings[0];
    const key = change.class !== "single" ? `${change.stage}|${change.class}|${change.target ?? ""}` : `${change.stage}|single|${f.kind}|${f.artifact}|${f.side ?? ""}`;
    pushTo(groups, key, change);
  }
  return [...groups.values()].map((group) => {
    const first = group[0];
    const signatures = first.class === "score" ? new Set(group.map(deltaSignature)) : void 0;
    const shared = signatures?.size === 1 ? [...signatures][0] : void 0;
    const title = first.class === "single" ? titleOfSingles(group, ctx) : shared !== void 0 ? deltaTitle(shared, group) : `${plural(group.length, "job")} ${CLASS_VERB[first.class]}${inTargets(group)}`;
    return { stage: first.stage, title, changes: group };
  });
}
function explainGroup(changes, ctx) {
  const claimed = /* @__PURE__ */ new Set();
  return [...providerWide(changes, claimed, ctx), ...sameDelta(changes, claimed), ...blockMoves(changes, claimed), ...unexplained(changes, claimed, ctx)];
}
function inRow(pointer) {
  return (pointer ?? "").replace(/^(?:\/[^/0-9][^/]*)?\/\d+\/?/, "");
}
function explanationOf(change, f, ctx) {
  const kinds = [...new Set(change.findings.map((x) => x.artifact.split(":")[0]))];
  const where = change.target !== void 0 ? ` in ${kinds.join(", ")}${change.findings.length > 1 ? ` (${plural(change.findings.length, "finding")})` : ""}` : "";
  const job = change.job !== void 0 ? `job ${change.job}: ` : "";
  switch (change.class) {
    case "added":
      return `${job}added at rank ${previewValue(f.right)}${where}`;
    case "removed":
      return `${job}removed (was rank ${previewValue(f.left)})${where}`;
    case "rank":
      return `${job}rank ${previewValue(f.left)} \u2192 ${previewValue(f.right)}${where}`;
    case "score":
    case "content":
      return `${job}${inRow(f.pointer) || (f.field ?? "value")} ${previewValue(f.left)} \u2192 ${previewValue(f.right)}${where}`;
    default:
      if ((f.kind === "document" || f.kind === "contract") && (f.left !== void 0 || f.right !== void 0)) {
        return `${f.artifact}${f.pointer !== void 0 && f.pointer !== "" ? ` ${f.pointer}` : ""}: ${previewValue(f.left)} \u2192 ${previewValue(f.right)}`;
      }
      {
        const where2 = f.side !== void 0 ? `${ctx.labels[f.side]}${f.path !== void 0 ? ` ${f.path}` : ""}: ` : "";
        const text2 = `${where2}${f.message}`;
        return text2.length > 2 * SHOWN_CHARS ? `${text2.slice(0, 2 * SHOWN_CHARS - 1)}\u2026` : text2;
      }
  }
}
function exampleOf(change, ctx) {
  const f = change.findings.find((x) => x.left !== void 0 || x.right !== void 0) ?? change.findings[0];
  return {
    artifact: f.artifact,
    ...f.job !== void 0 ? { job: f.job } : {},
    ...f.field !== void 0 ? { field: f.field } : {},
    ...f.pointer !== void 0 ? { pointer: f.pointer } : {},
    ...f.left !== void 0 ? { left: f.left } : {},
    ...f.right !== void 0 ? { right: f.right } : {},
    explanation: explanationOf(change, f, ctx)
  };
}
var hasError = (draft) => draft.changes.some((c) => c.findings.some((f) => f.severity === "error"));
var findingCount = (draft) => draft.changes.reduce((sum, c) => sum + c.findings.length, 0);
var reach = (draft) => draft.changes.length + (draft.consequences ?? []).reduce((sum, c) => sum + reach(c), 0);
function byImportance(a, b) {
  return stageRank(a.stage) - stageRank(b.stage) || Number(hasError(b)) - Number(hasError(a)) || reach(b) - reach(a) || findingCount(b) - findingCount(a) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
}
function toCause(draft, ctx) {
  const consequences = draft.consequences?.sort(byImportance).map((d) => toCause(d, ctx));
  return {
    stage: draft.stage,
    title: draft.title,
    changes: draft.changes.map((c) => c.id),
    findings: findingCount(draft),
    examples: draft.changes.slice(0, MAX_EXAMPLES).map((c) => exampleOf(c, ctx)),
    ...consequences !== void 0 && consequences.length > 0 ? { consequences } : {}
  };
}
function explainCauses(changes, ctx) {
  const inputs = inputDrafts(
    changes.filter((c) => c.stage === "inputs"),
    ctx
  ).sort((a, b) => Number(b.specific) - Number(a.specific));
  const rest = [];
  const claimedBy = /* @__PURE__ */ new Map();
  for (const change of changes) {
    if (change.stage === "inputs") continue;
    const owner = DOWNSTREAM.has(change.stage) && change.target !== void 0 ? inputs.find((input) => input.scope(change)) : void 0;
    if (owner === void 0) rest.push(change);
    else pushTo(claimedBy, owner, change);
  }
  for (const input of inputs) {
    const claimed = claimedBy.get(input);
    if (claimed !== void 0) input.consequences = explainGroup(claimed, ctx);
  }
  const drafts = [...inputs, ...explainGroup(rest, ctx)];
  return drafts.sort(byImportance).map((d) => toCause(d, ctx));
}

// src/core/explain/ranking.ts
var MAX_POINTS = 2e3;
var MAX_SHIFTS = 10;
var TOP_N = [10, 50];
function kendallTauB(x, y) {
  const n = x.length;
  if (n < 2) return null;
  const order = Array.from({ length: n }, (_, i) => i);
  if (!sortedByXY(x, y)) order.sort((a, b) => x[a] - x[b] || y[a] - y[b]);
  const pairs = n * (n - 1) / 2;
  let tiesX = 0;
  let tiesXY = 0;
  for (let i = 0, runX = 1, runXY = 1; i < n; i++) {
    const a = order[i];
    const b = order[i + 1];
    const sameX = b !== void 0 && x[a] === x[b];
    const sameXY = sameX && y[a] === y[b];
    if (sameX) runX++;
    else {
      tiesX += runX * (runX - 1) / 2;
      runX = 1;
    }
    if (sameXY) runXY++;
    else {
      tiesXY += runXY * (runXY - 1) / 2;
      runXY = 1;
    }
  }
  const values2 = Float64Array.from(order, (i) => y[i]);
  const discordant = mergeSortInversions(values2);
  let tiesY = 0;
  for (let i = 0, run = 1; i < n; i++) {
    if (i + 1 < n && values2[i] === values2[i + 1]) run++;
    else {
      tiesY += run * (run - 1) / 2;
      run = 1;
    }
  }
  const denominator = Math.sqrt((pairs - tiesX) * (pairs - tiesY));
  if (denominator === 0) return null;
  return (pairs - tiesX - tiesY + tiesXY - 2 * discordant) / denominator;
}
function sortedByXY(x, y) {
  for (let i = 1; i < x.length; i++) {
    const dx = x[i - 1] - x[i];
    if (dx > 0 || dx === 0 && y[i - 1] > y[i] || Number.isNaN(dx)) return false;
  }
  return true;
}
function mergeSortInversions(values2) {
  const n = values2.length;
  let from = values2;
  let to = new Float64Array(n);
  let inversions = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      const mid = Math.min(start + width, n);
      const end = Math.min(start + 2 * width, n);
      let i = start;
      let j = mid;
      let k = start;
      while (i < mid && j < end) {
        if (from[j] < from[i]) {
          inversions += mid - i;
          to[k++] = from[j++];
        } else to[k++] = from[i++];
      }
      while (i < mid) to[k++] = from[i++];
      while (j < end) to[k++] = from[j++];
    }
    ;
    [from, to] = [to, from];
  }
  if (from !== values2) values2.set(from);
  return inversions;
}
function evenlySpaced(length, count) {
  if (count >= length) return Array.from({ length }, (_, i) => i);
  if (count <= 0) return [];
  if (count === 1) return [0];
  return Array.from({ length: count }, (_, i) => Math.round(i * (length - 1) / (count - 1)));
}
function sampled(values2, max) {
  return evenlySpaced(values2.length, max).map((i) => values2[i]);
}
function pointIndexes(matching, max) {
  const shared = matching.jobs.length;
  if (shared <= max) return Array.from({ length: shared }, (_, i) => i);
  const moved = [];
  const still = [];
  for (let i = 0; i < shared; i++) (matching.moved[i] === 1 ? moved : still).push(i);
  const keptMoved = sampled(moved, max);
  const keptStill = sampled(still, max - keptMoved.length);
  return [...keptMoved, ...keptStill].sort((a, b) => a - b);
}
function topOverlap(matching, n) {
  const leftTop = Math.min(n, matching.jobs.length + matching.removedRanks.length);
  const rightTop = Math.min(n, matching.jobs.length + matching.addedRanks.length);
  const larger = Math.max(leftTop, rightTop);
  if (larger === 0) return 1;
  const leftCut = nthRank(matching.leftRanks, matching.removedRanks, n);
  const rightCut = nthRank(matching.rightRanks, matching.addedRanks, n);
  let both = 0;
  for (let i = 0; i < matching.jobs.length; i++) if (matching.leftRanks[i] <= leftCut && matching.rightRanks[i] <= rightCut) both++;
  return both / larger;
}
function nthRank(shared, only, n) {
  if (shared.length + only.length < n) return Infinity;
  const all = new Float64Array(shared.length + only.length);
  all.set(shared);
  all.set(only, shared.length);
  return all.sort()[n - 1];
}
function largestShifts(matching, max) {
  const moves = [];
  for (let i = 0; i < matching.jobs.length; i++) if (matching.leftRanks[i] !== matching.rightRanks[i]) moves.push(i);
  const size = (i) => Math.abs(matching.rightRanks[i] - matching.leftRanks[i]);
  moves.sort((a, b) => size(b) - size(a) || matching.leftRanks[a] - matching.leftRanks[b]);
  return moves.slice(0, max).map((i) => {
    const left = matching.leftRanks[i];
    const right = matching.rightRanks[i];
    return { job: matching.jobs[i], left, right, shift: right - left };
  });
}
function rankingStats(artifact, matching) {
  const indexes = pointIndexes(matching, MAX_POINTS);
  return {
    artifact,
    shared: matching.jobs.length,
    added: matching.addedRanks.length,
    removed: matching.removedRanks.length,
    kendallTau: kendallTauB(matching.leftTies, matching.rightTies),
    topOverlap: { "10": topOverlap(matching, TOP_N[0]), "50": topOverlap(matching, TOP_N[1]) },
    maxShift: largestShifts(matching, MAX_SHIFTS),
    points: indexes.map((i) => ({
      job: matching.jobs[i],
      left: matching.leftRanks[i],
      right: matching.rightRanks[i],
      moved: matching.moved[i] === 1
    })),
    pointsSampled: indexes.length < matching.jobs.length,
    addedRanks: sampled(matching.addedRanks, MAX_POINTS),
    removedRanks: sampled(matching.removedRanks, MAX_POINTS)
  };
}

// src/core/explain/explain.ts
function explain(input) {
  const ranking = input.matchings.map(({ artifact, matching, ranking: ranking2 }) => ranking2 ?? rankingStats(artifact, matching));
  const { findings, changes } = groupChanges(input.findings, input.policy);
  const causes = explainCauses(changes, { documents: input.documents, labels: input.labels, ranking });
  return { findings, causes, ranking };
}

// src/core/model/limits.ts
var DEFAULT_LIMITS = {
  maxFileBytes: 512 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxFiles: 1e4
};

// src/core/policy/loadPolicy.ts
import { readFile as readFile2, stat } from "node:fs/promises";

// src/core/policy/preset.ts
var POINTER_FIELDS = ["path", "sha256", "bytes"];
function fileFields(...prefixes) {
  return prefixes.flatMap((prefix) => POINTER_FIELDS.map((field2) => `${prefix}/${field2}`));
}
var V1_REQUIRED = ["run_summary", "run_health", "provider_availability", "ranked_json", "ranked_csv", "ranked_families_json"];
var RANKED_RULES = [
  { glob: "*/*/*_ranked_jobs.*.json", mode: "ranked" },
  { glob: "*/*/*_ranked_jobs.*.csv", mode: "ranked" },
  { glob: "*/*/*_ranked_families.*.json", mode: "ranked" }
];
var RUN_REPORT_VOLATILE = [
  "/archived_inputs_by_provider_profile/*/*/*/archived_path",
  "/archived_inputs_by_provider_profile/*/*/*/source_path",
  "/config_fingerprint",
  "/delta_summary/current_run_id",
  "/delta_summary/provider_profile/*/*/current_run_id",
  "/environment_fingerprint",
  "/logs",
  "/inputs/*/mtime_iso",
  "/inputs/*/path",
  "/inputs/raw_jobs_json/sha256",
  "/inputs_by_provider/*/*/mtime_iso",
  "/inputs_by_provider/*/*/path",
  "/inputs_by_provider/*/raw_jobs_json/sha256",
  "/outputs_by_profile/*/*/path",
  "/outputs_by_provider/*/*/*/path",
  "/scoring_input_selection_by_profile/*/candidate_paths_considered/*/path",
  "/scoring_input_selection_by_profile/*/candidate_paths_considered/*/mtime_iso",
  "/scoring_input_selection_by_profile/*/candidates/*/path",
  "/scoring_input_selection_by_profile/*/candidates/*/mtime_iso",
  "/scoring_input_selection_by_profile/*/selected/path",
  "/scoring_input_selection_by_profile/*/selected/mtime_iso",
  "/scoring_input_selection_by_profile/*/selected_path",
  "/scoring_input_selection_by_profile/*/selection_reason_details/*/candidate_paths",
  "/scoring_input_selection_by_profile/*/selection_reason_details/*/chosen_path",
  "/scoring_input_selection_by_profile/*/selection_reason_details/*/compared_fields/candidates",
  "/scoring_input_selection_by_provider/*/*/candidate_paths_considered/*/path",
  "/scoring_input_selection_by_provider/*/*/candidate_paths_considered/*/mtime_iso",
  "/scoring_input_selection_by_provider/*/*/candidates/*/path",
  "/scoring_input_selection_by_provider/*/*/candidates/*/mtime_iso",
  "/scoring_input_selection_by_provider/*/*/selected/path",
  "/scoring_input_selection_by_provider/*/*/selected/mtime_iso",
  "/scoring_input_selection_by_provider/*/*/selected_path",
  "/scoring_input_selection_by_provider/*/*/selection_reason_details/*/candidate_paths",
  "/scoring_input_selection_by_provider/*/*/selection_reason_details/*/chosen_path",
  "/scoring_input_selection_by_provider/*/*/selection_reason_details/*/compared_fields/candidates",
  "/scoring_inputs_by_profile/*/mtime_iso",
  "/scoring_inputs_by_profile/*/path",
  "/scoring_inputs_by_provider/*/*/mtime_iso",
  "/scoring_inputs_by_provider/*/*/path",
  "/scoring_model/inputs/*/path",
  ...fileFields("/explanation_artifact", "/provider_availability_artifact", "/run_audit_artifact", "/digest_artifact", "/digest_receipt_artifact")
];
var SIGNALCRAFT_V1_FILES = [
  { glob: "run_summary.v1.json", mode: "contract" },
  { glob: "run_health.v1.json", mode: "contract" },
  { glob: "artifacts/provider_availability_v1.json", mode: "contract" },
  ...RANKED_RULES,
  { glob: "logs/**", mode: "ignored", reason: "process logs: timestamps and host output, not results" },
  {
    glob: "run_report.json",
    mode: "content",
    reason: "host paths and file mtimes, the environment and config fingerprints (they hash data/state dirs and TZ), and hashes of files that embed run ids; those files are compared themselves",
    ignore: RUN_REPORT_VOLATILE
  },
  {
    glob: "artifacts/run_audit_v1.json",
    mode: "content",
    reason: "config_fingerprint hashes the data/state dirs and TZ of the host",
    ignore: ["/config_hashes/config_fingerprint"]
  },
  {
    glob: "artifacts/digest_v1.json",
    mode: "content",
    reason: "the digest windows are computed from the run time; source paths are host paths",
    ignore: ["/cadence/*/window_start_utc", "/cadence/*/window_end_utc", "/source_artifacts/*/path"]
  },
  {
    glob: "artifacts/digest_receipt_v1.json",
    mode: "content",
    reason: "it records the host path, size and sha256 of digest_v1.json, which embeds the run time (digest_v1.json is compared itself)",
    ignore: fileFields("/digest_artifact")
  }
];
var SIGNALCRAFT_V1 = {
  name: "signalcraft-v1",
  volatileKeys: [
    "captured_at_utc",
    "created_at",
    "created_at_utc",
    "decision_timestamp",
    "ended_at",
    "fetched_at",
    "generated_at",
    "generated_at_utc",
    "run_started_at",
    "scored_at",
    "scraped_at",
    "started_at",
    "timestamp",
    "timestamp_utc",
    "updated_at",
    "duration_sec"
  ],
  driftKeys: ["run_id"],
  ignore: {
    run_summary: [
      "/created_at_utc",
      "/git_sha",
      "/quicklinks",
      ...fileFields("/run_health", "/run_report", "/costs", "/snapshot_manifest", "/scoring_config"),
      ...fileFields("/ranked_outputs/*/*", "/primary_artifacts/*")
    ],
    run_health: ["/timestamps", "/durations", "/logs", "/proof_bundle_path"],
    provider_availability: ["/generated_at_utc"],
    ranked_json: [],
    ranked_csv: [],
    ranked_families_json: []
  },
  identityFields: ["job_id", "id", "apply_url", "detail_url", "url"],
  scoreFields: ["score", "total_score", "blended_score", "semantic_score", "final_score", "heuristic_score", "base_score"],
  numericTolerance: 0,
  ordering: "strict",
  files: SIGNALCRAFT_V1_FILES,
  acceptStatus: ["success"],
  required: V1_REQUIRED,
  integrity: "warning"
};
var SIGNALCRAFT_PUBLISHED = {
  ...SIGNALCRAFT_V1,
  name: "signalcraft-published",
  required: ["ranked_json", "ranked_csv", "ranked_families_json"]
};
var PRESETS = {
  "signalcraft-v1": SIGNALCRAFT_V1,
  "signalcraft-published": SIGNALCRAFT_PUBLISHED,
  none: {
    name: "none",
    volatileKeys: [],
    driftKeys: ["run_id"],
    ignore: { run_summary: [], run_health: [], provider_availability: [], ranked_json: [], ranked_csv: [], ranked_families_json: [] },
    identityFields: SIGNALCRAFT_V1.identityFields,
    scoreFields: [],
    numericTolerance: 0,
    ordering: "strict",
    files: [
      { glob: "run_summary.v1.json", mode: "contract" },
      { glob: "run_health.v1.json", mode: "contract" },
      { glob: "artifacts/provider_availability_v1.json", mode: "contract" },
      ...RANKED_RULES
    ],
    acceptStatus: ["success"],
    required: V1_REQUIRED,
    integrity: "warning"
  }
};

// src/core/policy/loadPolicy.ts
var MAX_POLICY_BYTES = 1024 * 1024;
function applyEdit(base, edit) {
  if (edit === void 0) return [...base];
  if (Array.isArray(edit)) return [...edit];
  const removed = new Set(edit.remove ?? []);
  const result = base.filter((item) => !removed.has(item));
  for (const item of edit.add ?? []) if (!result.includes(item)) result.push(item);
  return result;
}
function ownEntries(base, extra) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const [key, value] of [...Object.entries(base), ...Object.entries(extra ?? {})]) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return { ...out };
}
function mergePolicy(file, source) {
  const base = PRESETS[file.extends ?? SIGNALCRAFT_V1.name] ?? SIGNALCRAFT_V1;
  const ignore = { ...base.ignore };
  for (const key of Object.keys(ignore)) {
    ignore[key] = applyEdit(base.ignore[key], file.ignore?.[key]);
  }
  const tolerance = file.tolerance !== void 0 || base.tolerance !== void 0 ? ownEntries({ ...base.tolerance }, file.tolerance) : void 0;
  const ranking = file.ranking ?? base.ranking;
  return {
    name: file.name ?? `${base.name}+${source}`,
    volatileKeys: applyEdit(base.volatileKeys, file.volatileKeys),
    driftKeys: applyEdit(base.driftKeys, file.driftKeys),
    ignore,
    identityFields: applyEdit(base.identityFields, file.identityFields),
    scoreFields: applyEdit(base.scoreFields, file.scoreFields),
    numericTolerance: file.numericTolerance ?? base.numericTolerance,
    ordering: file.ordering ?? base.ordering,
    ...tolerance !== void 0 ? { tolerance } : {},
    ...ranking !== void 0 ? { ranking: { topK: ranking.topK } } : {},
    files: file.files === void 0 ? base.files : Array.isArray(file.files) ? file.files : [...file.files.add, ...base.files],
    acceptStatus: applyEdit(base.acceptStatus, file.acceptStatus),
    required: file.required ?? base.required,
    integrity: file.integrity ?? base.integrity
  };
}
async function parsePolicyText(text2, path) {
  if (path.endsWith(".json")) return JSON.parse(text2);
  const parse2 = commonJsExport(await import("./dist-VA3P5GNN.js"), "parse");
  return parse2(text2, { uniqueKeys: true });
}
async function loadPolicy(path) {
  if (path === void 0 || path === "") return SIGNALCRAFT_V1;
  const preset = Object.hasOwn(PRESETS, path) ? PRESETS[path] : void 0;
  if (preset !== void 0) return preset;
  let data;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error("not a file");
    if (info.size > MAX_POLICY_BYTES) throw new Error(`larger than ${MAX_POLICY_BYTES} bytes`);
    data = await parsePolicyText(await readFile2(path, "utf8"), path);
  } catch (error) {
    throw new UserError(`policy ${path}: ${oneLine(error)}`);
  }
  if (!validatePolicy(data)) {
    const problems = toViolations(validatePolicy.errors).filter((v) => !v.message.startsWith("must match exactly one schema")).map((v) => `${v.pointer} ${v.message}`);
    throw new UserError(`policy ${path}: invalid: ${[...new Set(problems)].join("; ")}`);
  }
  const name = path.split(/[\\/]/).pop() ?? path;
  return mergePolicy(data, name);
}

// src/core/report.ts
function verdictOf(findings, presence, incomplete = false) {
  if (incomplete || presence.some((row) => row.left !== "present" || row.right !== "present")) return "error";
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.some((f) => f.artifact === "run_dir")) return "error";
  return errors.length > 0 ? "fail" : "pass";
}
function countFindings(findings) {
  const byKind = {};
  const changes = /* @__PURE__ */ new Set();
  let unassigned = 0;
  for (const f of findings) {
    byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    if (f.change !== void 0) changes.add(f.change);
    else unassigned++;
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  return { errors, warnings: findings.length - errors, total: findings.length, changes: changes.size + unassigned, byKind };
}
function buildReport(parts) {
  const findings = sortFindings(parts.findings);
  for (const f of findings) f.fingerprint = fingerprint(f);
  return {
    schema: "dualrun-report/v1",
    tool: { name: "dualrun", version: VERSION },
    verdict: verdictOf(findings, parts.presence, parts.incomplete),
    left: parts.left,
    right: parts.right,
    options: parts.options,
    presence: parts.presence,
    findings,
    counts: countFindings(findings),
    policy: parts.policy,
    stats: parts.stats,
    files: parts.files,
    ...parts.causes !== void 0 ? { causes: parts.causes } : {},
    ...parts.ranking !== void 0 ? { ranking: parts.ranking } : {}
  };
}

// src/core/acquire/runDir.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, read, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import { promisify } from "node:util";
import { isAbsolute as isAbsolute2, join as join2, relative, resolve, sep } from "node:path";
var SYNC_READ_MAX_BYTES = 1024 * 1024;
var readAsync = promisify(read);
async function readExactly(fd, size) {
  const bytes = allocateFileBuffer(size);
  let filled = 0;
  while (filled < size) {
    const n = size <= SYNC_READ_MAX_BYTES ? readSync(fd, bytes, filled, size - filled, filled) : (await readAsync(fd, bytes, filled, size - filled, filled)).bytesRead;
    if (n === 0) break;
    filled += n;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}
function unsafeKind(info) {
  if (info.isFIFO()) return "is a FIFO, not a regular file";
  if (info.isSocket()) return "is a socket, not a regular file";
  if (info.isBlockDevice() || info.isCharacterDevice()) return "is a device, not a regular file";
  if (info.isFile() && info.nlink > 1) return `has ${info.nlink} hard links; another link may lie outside the run directory, so it is not read`;
  return void 0;
}
var RunDir = class _RunDir {
  constructor(side, label, path, root, limits) {
    this.side = side;
    this.label = label;
    this.path = path;
    this.root = root;
    this.limits = limits;
  }
  side;
  label;
  path;
  root;
  limits;
  bytesRead = 0;
  filesRead = 0;
  /** Whether some folder listing was cut at max-files. */
  listingCut = false;
  /** Problems with the run dir as a whole (a folder listing cut at the max-files limit), one line each. */
  problems = [];
  /** Opens a run dir; a missing or non-directory path is a UserError naming it. */
  static async open(path, side, label, limits) {
    let root;
    try {
      root = realpathSync.native(resolve(path));
      if (!statSync(root).isDirectory()) throw new UserError(`${side} run dir ${path}: not a directory`);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`${side} run dir ${path}: not found or not readable`);
    }
    return new _RunDir(side, label, path, root, limits);
  }
  /** True when the real path `abs` is the root or inside it. */
  inside(abs) {
    return abs === this.root || abs.startsWith(this.root + sep);
  }
  /**
   * Resolves a path relative to the run dir, refusing anything that leaves it: absolute paths,
   * `..` escapes, and symlinks (file or folder) whose target is outside. Returns the real path,
   * `missing`, or the reason it is unsafe.
   */
  resolveInside(relPath) {
    if (relPath.includes("\0")) return { unsafe: "contains a NUL byte" };
    if (isAbsolute2(relPath)) return { unsafe: "is an absolute path" };
    const lexical = resolve(this.root, relPath);
    if (!this.inside(lexical)) return { unsafe: "leaves the run directory" };
    let real;
    try {
      real = realpathSync.native(lexical);
    } catch {
      try {
        lstatSync(lexical);
        return { unsafe: "is a symlink that does not resolve" };
      } catch {
        return { missing: true };
      }
    }
    if (!this.inside(real)) return { unsafe: "is a symlink to a location outside the run directory" };
    return { abs: real };
  }
  /** Whether another file may still be read within the max-files limit. */
  get canRead() {
    return this.filesRead < this.limits.maxFiles;
  }
  /** Records a problem with the run dir as a whole, once (a folder may be listed by more than one stage). */
  problem(message) {
    if (!this.problems.includes(message)) this.problems.push(message);
  }
  /** Why the file at a real path is refused as unsafe (see `unsafeKind`), or undefined; a stat failure is left to the open. */
  refusedKind(abs) {
    try {
      return unsafeKind(statSync(abs));
    } catch {
      return void 0;
    }
  }
  /**
   * Every file of the run dir (anything that is not a folder: symlinks, FIFOs and the like
   * included, so reading them can refuse them), as `/`-separated relative paths in sorted order.
   * Symlinked folders are not entered. At most max-files paths; a cut (of the walk or of a
   * folder's listing) is said in `problems` and makes `complete` false.
   */
  async walk() {
    const out = [];
    const pending = [""];
    const problemsBefore = this.problems.length;
    while (pending.length > 0) {
      const dir = pending.shift();
      const entries = await this.list(dir);
      for (const entry of entries) {
        const rel = dir === "" ? entry.name : `${dir}/${entry.name}`;
        if (entry.isDirectory) pending.push(rel);
        else if (out.length < this.limits.maxFiles) out.push(rel);
        else {
          this.problem(`more than ${this.limits.maxFiles} files; only the first ${this.limits.maxFiles} were inventoried (raise ${setting("max-files")})`);
          return { files: out.sort(), complete: false };
        }
      }
    }
    return { files: out.sort(), complete: this.problems.length === problemsBefore && !this.listingCut };
  }
  /**
   * The size in bytes of a regular file inside the run dir, or undefined (missing, unsafe, not a
   * regular file). Not a read: nothing is opened, and the file-count limit is not charged.
   */
  sizeOf(relPath) {
    const where = this.resolveInside(relPath);
    if (!("abs" in where)) return void 0;
    try {
      const info = statSync(where.abs);
      return info.isFile() ? info.size : void 0;
    } catch {
      return void 0;
    }
  }
  /** Reads a file by its path relative to the run dir, within the size and file-count limits. */
  async read(relPath) {
    if (++this.filesRead > this.limits.maxFiles) {
      return { state: "unreadable", relPath, problem: `not read: over the limit of ${this.limits.maxFiles} files read from one run dir (raise ${setting("max-files")})`, unsafe: false };
    }
    const where = this.resolveInside(relPath);
    if ("missing" in where) return { state: "missing", relPath };
    if ("unsafe" in where) return { state: "unreadable", relPath, problem: where.unsafe, unsafe: true };
    const fail = (problem) => ({ state: "unreadable", relPath, problem, unsafe: false });
    const refused = this.refusedKind(where.abs);
    if (refused !== void 0) return { state: "unreadable", relPath, problem: refused, unsafe: true };
    let fd;
    try {
      fd = openSync(where.abs, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (error) {
      return fail(`cannot be opened (${error.code ?? "error"})`);
    }
    try {
      const info = fstatSync(fd);
      const swapped = unsafeKind(info);
      if (swapped !== void 0) return { state: "unreadable", relPath, problem: swapped, unsafe: true };
      if (info.isDirectory()) return fail("is a directory, not a file");
      if (!info.isFile()) return fail("is not a regular file");
      if (info.size > this.limits.maxFileBytes) {
        return fail(`is ${info.size} bytes, over the per-file limit of ${this.limits.maxFileBytes} (raise ${setting("max-file-size")})`);
      }
      if (this.bytesRead + info.size > this.limits.maxTotalBytes) {
        return fail(`would take the bytes read from this run dir over the limit of ${this.limits.maxTotalBytes} (raise ${setting("max-artifact-size")})`);
      }
      this.bytesRead += info.size;
      return { state: "present", relPath, bytes: await readExactly(fd, info.size) };
    } catch (error) {
      return fail(`cannot be read (${error.code ?? "error"})`);
    } finally {
      closeSync(fd);
    }
  }
  /**
   * Lists the entries of a folder inside the run dir (names only); an unsafe or missing folder
   * lists nothing. A folder with more entries than the max-files limit lists only that many, and
   * says so in `problems`.
   */
  async list(relDir) {
    const where = this.resolveInside(relDir === "" ? "." : relDir);
    if (!("abs" in where)) return [];
    let entries;
    try {
      entries = readdirSync(where.abs, { withFileTypes: true });
    } catch {
      return [];
    }
    if (entries.length > this.limits.maxFiles) {
      this.listingCut = true;
      this.problem(
        `folder ${JSON.stringify(relDir === "" ? "." : relDir)} has ${entries.length} entries, over the max-files limit of ${this.limits.maxFiles}; only the first ${this.limits.maxFiles} were looked at (raise ${setting("max-files")})`
      );
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    return entries.slice(0, this.limits.maxFiles).map((e) => ({ name: e.name, isDirectory: e.isDirectory(), isFile: e.isFile() }));
  }
  /**
   * Maps a path recorded by the producing machine to a path relative to this run dir, when it
   * resolves inside it: relative paths as they are, absolute paths only if they lie under the
   * run dir as given. Returns undefined for paths that point elsewhere (a data dir, another machine).
   */
  recordedToRelative(recorded) {
    const under = (base) => {
      const rel = isAbsolute2(recorded) ? relative(base, recorded) : join2(recorded);
      return rel === "" || rel === "." || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute2(rel) ? void 0 : rel;
    };
    return isAbsolute2(recorded) ? under(resolve(this.path)) ?? under(this.root) : under(this.root);
  }
};

// src/core/compareRuns.ts
async function loadDocument(runDir, id, validate, required, hashes) {
  const read2 = readFindings(id, runDir, await runDir.read(DOCUMENT_PATHS[id]));
  if (read2.state === "missing" && !required) return { state: "missing", findings: [] };
  if (read2.bytes !== void 0) hashes.set(runDir.side, read2.relPath, sha256Hex(read2.bytes));
  const parsed = parseArtifactJson(id, runDir, read2, { expectObject: true });
  const findings = [...read2.findings, ...parsed.findings];
  if (parsed.value === void 0) return { state: read2.state === "present" ? "unreadable" : read2.state, findings };
  for (const violation of validate(id, parsed.value)) {
    findings.push(
      finding8("schema", {
        artifact: id,
        side: runDir.side,
        path: read2.relPath,
        pointer: violation.pointer === "/" ? "" : violation.pointer,
        message: violation.message
      })
    );
  }
  return { state: "present", value: parsed.value, findings, ...parsed.inexact !== void 0 ? { inexact: parsed.inexact } : {} };
}
function internalFailure(artifact, error, side) {
  return finding8("unreadable", {
    artifact,
    ...side !== void 0 ? { side } : {},
    rule: "unreadable/internal-error",
    message: `could not be compared (internal error: ${firstLine(error)})`
  });
}
var Guard = class {
  /** True once some artifact could not be compared. */
  incomplete = false;
  async run(artifact, work, fallback, side) {
    try {
      return await work();
    } catch (error) {
      this.incomplete = true;
      return fallback(internalFailure(artifact, error, side));
    }
  }
};
function rejectedEntryFinding(side, entry) {
  return finding8("unsafe-path", {
    artifact: "run_summary",
    rule: "unsafe-path/not-plain-name",
    side,
    path: DOCUMENT_PATHS.run_summary,
    pointer: entry.pointer,
    message: `provider ${entry.provider} / profile ${entry.profile} is not a plain folder name; its ranked outputs were not looked for`
  });
}
function rawRunIdOf(docs) {
  for (const doc of [docs.run_summary, docs.run_health, docs.provider_availability]) {
    const id = isJsonObject(doc) ? doc.run_id : void 0;
    if (typeof id === "string") return id;
  }
  return null;
}
function runIdOf(docs) {
  const id = rawRunIdOf(docs);
  return id === null ? null : printable(id);
}
function isDifference(f) {
  const category = FINDING_KINDS[f.kind].category;
  return f.severity === "error" && (category === "content" || category === "contract");
}
var RANKED_ENGINES = ["plain", "inline", "workers", "auto"];
function rankedEngineFromEnv() {
  const named = process.env.DUALRUN_RANKED_ENGINE;
  return RANKED_ENGINES.find((engine) => engine === named) ?? "auto";
}
function hasLargeRankedFiles(runs, discovered) {
  return runs.some(
    (runDir, i) => (discovered[i] ?? []).some((target) => {
      const size = (kind) => runDir.sizeOf(conventionPath(kind, target)) ?? 0;
      return Math.max(size("ranked_json") + size("ranked_csv"), size("ranked_families_json")) >= WORKER_MIN_TASK_BYTES;
    })
  );
}
function isRequired(policy, kind) {
  return policy.required.includes(kind);
}
async function compareRuns(options) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const [policy, validate, left, right] = await Promise.all([
    options.policy ?? loadPolicy(options.policyFile),
    options.schemasDir !== void 0 && options.schemasDir !== "" ? loadUserValidator(options.schemasDir) : builtinValidator,
    RunDir.open(options.left.path, "left", options.left.label, limits),
    RunDir.open(options.right.path, "right", options.right.label, limits)
  ]);
  const discovered = await Promise.all([discoverRankedTargets(left), discoverRankedTargets(right)]);
  const engine = options.rankedEngine ?? rankedEngineFromEnv();
  const runner = runnerFor(engine);
  try {
    if (engine === "workers" || hasLargeRankedFiles([left, right], discovered)) runner?.warm();
    return await compareWith({ options, limits, policy, validate, left, right, discovered, runner });
  } finally {
    await runner?.close();
  }
}
async function compareWith({ options, limits, policy, validate, left, right, discovered, runner }) {
  const compiled = compilePolicy(policy, { allowRunIdDrift: options.allowRunIdDrift });
  const guard = new Guard();
  const guarded = guard.run.bind(guard);
  const hashes = new FileHashes();
  const findings = [];
  const presence = [];
  const stats = [];
  const matchings = [];
  const rankedEarly = /* @__PURE__ */ new Map();
  const handled = /* @__PURE__ */ new Map();
  const docs = { left: {}, right: {} };
  for (const id of Object.keys(DOCUMENT_PATHS)) {
    const required = isRequired(policy, id);
    const load = (runDir) => guarded(id, () => loadDocument(runDir, id, validate, required, hashes), (failure) => ({ state: "unreadable", findings: [failure] }), runDir.side);
    const [l, r] = await Promise.all([load(left), load(right)]);
    if (required) presence.push({ artifact: id, path: DOCUMENT_PATHS[id], left: l.state, right: r.state });
    handled.set(DOCUMENT_PATHS[id], { mode: "contract", artifact: id, left: l.state, right: r.state, required });
    findings.push(...l.findings, ...r.findings, ...inexactNumberFindings(id, l.inexact, r.inexact));
    if (l.value !== void 0) docs.left[id] = l.value;
    if (r.value !== void 0) docs.right[id] = r.value;
  }
  findings.push(...checkRunStatus("left", docs.left, policy), ...checkRunStatus("right", docs.right, policy));
  const contract = await guarded("run_summary", () => checkContract(docs.left, docs.right, compiled), (failure) => ({
    findings: [failure],
    claimed: { run_summary: [], run_health: [], provider_availability: [] }
  }));
  findings.push(...contract.findings);
  for (const id of Object.keys(DOCUMENT_PATHS)) {
    const l = docs.left[id];
    const r = docs.right[id];
    if (l !== void 0 && r !== void 0) findings.push(...await guarded(id, () => diffDocument(id, l, r, contract.claimed[id], compiled), (failure) => [failure]));
  }
  const recordedLeft = recordedRankedOutputs(docs.left.run_summary);
  const recordedRight = recordedRankedOutputs(docs.right.run_summary);
  findings.push(...recordedLeft.rejected.map((e) => rejectedEntryFinding("left", e)), ...recordedRight.rejected.map((e) => rejectedEntryFinding("right", e)));
  const unlooked = recordedLeft.rejected.length + recordedRight.rejected.length > 0;
  const allTargets = mergeTargets(recordedLeft.targets, recordedRight.targets, ...discovered);
  const room = Math.floor(limits.maxFiles / RANKED_KINDS.length);
  const targets = allTargets.slice(0, room);
  if (allTargets.length > room) {
    findings.push(
      finding8("unreadable", {
        artifact: "run_dir",
        rule: "unreadable/run-dir",
        message: `${allTargets.length} provider/profile pairs have ranked outputs, but the max-files limit of ${limits.maxFiles} leaves room for ${room}; the other ${allTargets.length - room} were not compared (raise ${setting("max-files")})`
      })
    );
  }
  const recorded = { left: recordedLeft.recorded, right: recordedRight.recorded };
  const rankedRead = { left: /* @__PURE__ */ new Map(), right: /* @__PURE__ */ new Map() };
  const plainArtifact = (kind, target, located) => {
    const artifact = rankedArtifactId(kind, target);
    return guarded(
      artifact,
      () => compareRankedArtifact(kind, target, { left, right }, recorded, compiled, hashes, located),
      (failure) => ({
        presence: { artifact, path: conventionPath(kind, target), left: "unreadable", right: "unreadable" },
        findings: [failure],
        stats: { artifact, identicalBytes: false },
        parsed: { left: void 0, right: void 0 }
      })
    );
  };
  const plainTarget = async (target, located = {}) => {
    const sets = { left: {}, right: {} };
    const results = [];
    for (const kind of RANKED_KINDS) {
      const result = await plainArtifact(kind, target, located[kind]);
      results.push(result);
      for (const side of ["left", "right"]) if (result.parsed[side] !== void 0) sets[side][kind] = result.parsed[side];
    }
    const consistency = await guarded(rankedArtifactId("ranked_csv", target), () => checkConsistency(target, sets, policy), (failure) => [failure]);
    return { results, consistency };
  };
  try {
    for (const target of targets) {
      const outcome = runner === void 0 ? await plainTarget(target) : await compareTargetFast({
        target,
        runs: { left, right },
        recorded,
        compiled,
        hashes,
        runner,
        plainTarget: (located) => plainTarget(target, located),
        plainArtifact: (kind, located) => plainArtifact(kind, target, located),
        onMatching: (artifact, matching) => rankedEarly.set(matching, rankingStats(artifact, matching))
      }).catch((error) => {
        guard.incomplete = true;
        return failedTarget(target, (artifact) => internalFailure(artifact, error));
      });
      for (const result of outcome.results) {
        const artifact = result.stats.artifact;
        const kind = RANKED_KINDS.find((k) => rankedArtifactId(k, target) === artifact);
        const required = isRequired(policy, kind);
        if (required) presence.push(result.presence);
        handled.set(result.presence.path, { mode: "ranked", artifact, left: result.presence.left, right: result.presence.right, required });
        findings.push(...result.findings.filter((f) => required || f.kind !== "missing"));
        stats.push(result.stats);
        if ("matching" in result && result.matching !== void 0) {
          const ranking = rankedEarly.get(result.matching);
          matchings.push({ artifact, matching: result.matching, ...ranking !== void 0 ? { ranking } : {} });
        }
        for (const side of ["left", "right"]) {
          rankedRead[side].set(artifact, result.presence.path);
          if (result.presence[side] !== "missing" && docs[side].run_summary !== void 0 && !recorded[side].has(artifact)) {
            findings.push(unrecordedFinding(side, artifact, result.presence.path));
          }
        }
      }
      findings.push(...outcome.consistency);
    }
  } finally {
    await runner?.close();
  }
  const runIds = { left: rawRunIdOf(docs.left), right: rawRunIdOf(docs.right) };
  const inventory = await guarded(
    "run_dir",
    () => takeInventory({ left, right }, compileFileRules(policy), handled, { findings, isDifference }, compiled, hashes, runIds),
    (failure) => ({ files: [], findings: [failure] })
  );
  findings.push(...inventory.findings);
  for (const runDir of [left, right]) {
    findings.push(...await guarded("run_summary", () => checkReceipts(
      runDir,
      docs[runDir.side].run_summary,
      hashes,
      policy,
      (kind, provider, profile) => RANKED_KINDS.includes(kind) ? rankedRead[runDir.side].get(rankedArtifactId(kind, { provider, profile })) : void 0,
      new Set(handled.keys())
    ), (failure) => [failure], runDir.side));
  }
  for (const runDir of [left, right]) {
    for (const problem of runDir.problems) findings.push(finding8("unreadable", { artifact: "run_dir", rule: "unreadable/run-dir", side: runDir.side, message: problem }));
  }
  const identity = (runDir, runDocs) => ({
    label: runDir.label,
    path: runDir.root,
    run_id: runIdOf(runDocs)
  });
  const ordered = sortFindings(findings);
  const explained = explain({ findings: ordered, policy, documents: docs, labels: { left: left.label, right: right.label }, matchings });
  return buildReport({
    left: identity(left, docs.left),
    right: identity(right, docs.right),
    options: { allowRunIdDrift: options.allowRunIdDrift, schemas: options.schemasDir ? options.schemasDir : "builtin" },
    presence,
    findings: explained.findings,
    policy,
    stats,
    causes: explained.causes,
    ranking: explained.ranking,
    files: inventory.files,
    incomplete: guard.incomplete || unlooked
  });
}

// src/core/compareSides.ts
var UNUSABLE_RULES = { missing: "missing/not-found", unreadable: "unreadable/run-dir", "unsafe-path": "unsafe-path/not-followed" };
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
    findings: [left, right].flatMap((s) => "unusable" in s ? s.unusable.problems.map((message) => finding8(s.unusable.kind, { artifact: "run_dir", rule: UNUSABLE_RULES[s.unusable.kind], side: s.side, message })) : []),
    policy: options.policy ?? await loadPolicy(options.policyFile),
    stats: []
  });
}

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
function legsGateFails(report, failOn) {
  switch (failOn) {
    case "error":
      return report.verdict !== "pass";
    case "warning":
      return report.verdict !== "pass" || report.counts.warnings > 0;
    case "never":
      return false;
  }
}
function legVerdicts(report) {
  return Object.fromEntries(report.legs.map((row) => [row.name, row.verdict]));
}

// src/core/legs/manifest.ts
import { readFile as readFile3, stat as stat2 } from "node:fs/promises";
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
  const source = side.artifact !== void 0 ? { kind: "artifact", name: side.artifact, ...side["run-id"] !== void 0 && { runId: Number(side["run-id"]) }, ...runDir } : side.zip !== void 0 ? { kind: "zip", path: side.zip, ...runDir } : { kind: "path", path: side.path, ...runDir };
  return { source, label: side.label ?? defaultLabel(source) };
}
async function parseManifestText(text2, source) {
  const parseDocument = commonJsExport(await import("./dist-VA3P5GNN.js"), "parseDocument");
  const doc = parseDocument(text2, { uniqueKeys: true, prettyErrors: true });
  const error = doc.errors[0];
  if (error !== void 0) {
    const position = error.linePos?.[0];
    const message = (error.message.split("\n", 1)[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    throw new UserError(`legs manifest ${source}: ${position ? `line ${position.line}, column ${position.col}: ` : ""}not valid YAML or JSON: ${message}`);
  }
  return doc.toJS();
}
async function parseLegsManifest(text2, source) {
  const data = await parseManifestText(text2, source);
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
  let text2;
  try {
    const info = await stat2(path);
    if (!info.isFile()) throw new Error("not a file");
    if (info.size > MAX_MANIFEST_BYTES) throw new Error(`larger than ${MAX_MANIFEST_BYTES} bytes`);
    text2 = await readFile3(path, "utf8");
  } catch (error) {
    throw new UserError(`legs manifest ${path}: ${oneLine(error).replace(/^ENOENT: no such file or directory.*$/, "not found")}`);
  }
  return parseLegsManifest(text2, path);
}
async function loadLegsManifest(pathOrInline) {
  const value = pathOrInline.trim();
  return value.includes("\n") || /^(legs\s*:|\{)/.test(value) ? parseLegsManifest(pathOrInline, "inline") : readLegsManifest(value);
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
  const run = async (function_, resolve5, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve5(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve5, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve5, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve5, reject) => {
    enqueue(function_, resolve5, reject, arguments_);
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
import { resolve as resolve2 } from "node:path";
var DEFAULT_MAX_PARALLEL_LEGS = Number(DEFAULTS["max-parallel-legs"]);
function sourceKey(source) {
  switch (source.kind) {
    case "artifact":
      return JSON.stringify(["artifact", source.runId ?? null, source.name, source.runDir ?? null]);
    case "path":
      return JSON.stringify(["path", resolve2(source.path), source.runDir ?? null]);
    case "zip":
      return JSON.stringify(["zip", resolve2(source.path), source.runDir ?? null]);
  }
}
function describeLegSource(source) {
  switch (source.kind) {
    case "artifact":
      return `artifact ${source.name}${source.runId !== void 0 ? ` of run ${source.runId}` : ""}`;
    case "path":
      return `${source.path}${source.runDir !== void 0 ? ` (run-dir ${source.runDir})` : ""}`;
    case "zip":
      return `zip ${source.path}${source.runDir !== void 0 ? ` (run-dir ${source.runDir})` : ""}`;
  }
}
async function legPolicies(legs, shared) {
  const common = await shared;
  const byFile = /* @__PURE__ */ new Map();
  const byLeg = /* @__PURE__ */ new Map();
  for (const leg of legs) {
    let policy = leg.policy === void 0 ? common : byFile.get(leg.policy);
    if (policy === void 0) {
      try {
        policy = await loadPolicy(leg.policy);
      } catch (error) {
        if (error instanceof UserError) throw new UserError(`leg '${leg.name}': ${error.message}`);
        throw error;
      }
      byFile.set(leg.policy, policy);
    }
    byLeg.set(leg, policy);
  }
  return byLeg;
}
async function runLegs(options) {
  const bound = options.maxParallel ?? DEFAULT_MAX_PARALLEL_LEGS;
  if (!Number.isInteger(bound) || bound < 1) throw new UserError(`max-parallel-legs must be a positive whole number, got ${bound}`);
  const policies = await legPolicies(options.legs, options.compare.policy !== void 0 ? Promise.resolve(options.compare.policy) : loadPolicy(options.compare.policyFile));
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
    const compare = { ...options.compare, policy: policies.get(leg) };
    return { leg, report: await compareSides(left, right, compare) };
  };
  return Promise.all(options.legs.map((leg) => legSlots(() => compareLeg(leg))));
}

// src/core/model/suggest.ts
function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length];
}
function closestNames(typed, candidates, max = 3) {
  const wanted = typed.toLowerCase();
  return candidates.map((name) => {
    const lower = name.toLowerCase();
    const d = distance(wanted, lower);
    const near = d <= Math.max(2, Math.ceil(Math.max(wanted.length, lower.length) / 3)) || wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower));
    return { name, d, near };
  }).filter((c) => c.near).sort((a, b) => a.d - b.d || a.name.localeCompare(b.name)).slice(0, max).map((c) => c.name);
}

// src/core/acquire/source.ts
import { mkdtemp, open, readdir as readdir2, readFile as readFile4, rm, stat as stat3 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename as basename2, join as join4, relative as relative2, resolve as resolve4, sep as sep3 } from "node:path";

// src/core/acquire/zip.ts
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join as join3, posix, resolve as resolve3, sep as sep2 } from "node:path";
import { pipeline } from "node:stream/promises";
var ZipRefusedError = class extends Error {
  constructor(refusal) {
    super(`zip refused: ${refusal.reason}`);
    this.refusal = refusal;
  }
  refusal;
  name = "ZipRefusedError";
};
var REFUSED_ENTRIES_LISTED = 20;
var MAX_DEFLATE_RATIO = 1032;
var RATIO_SLACK_BYTES = 4096;
var S_IFMT = 61440;
var S_IFREG = 32768;
var S_IFDIR = 16384;
var S_IFLNK = 40960;
var MADE_BY_UNIX = 3;
function fileType(entry) {
  return entry.versionMadeBy >> 8 === MADE_BY_UNIX ? entry.externalFileAttributes >>> 16 & S_IFMT : 0;
}
function nameProblem(yauzl, name, entry) {
  if (name.includes("\0")) return "contains a NUL byte";
  if (/^[a-zA-Z]:/.test(name)) return "starts with a drive letter";
  if (name.startsWith("/")) return "is an absolute path";
  const invalid = yauzl.validateFileName(name);
  if (invalid !== null) return "leaves the artifact (a .. segment)";
  const type = fileType(entry);
  if (type === S_IFLNK) return "is a symbolic link (artifacts hold regular files only; links are never followed or created)";
  if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) return "is a special file, not a regular file or folder";
  return void 0;
}
function corrupt(error) {
  return error instanceof ZipRefusedError ? error : new ZipRefusedError({ reason: "corrupt", detail: oneLine(error).slice(0, 200) });
}
async function checkEntries(yauzl, zip, limits) {
  if (zip.entryCount > limits.maxFiles) throw new ZipRefusedError({ reason: "limit", limit: "maxFiles", value: zip.entryCount });
  const checked = [];
  const unsafe = [];
  const seen = /* @__PURE__ */ new Set();
  let total = 0;
  for await (const entry of zip.eachEntry()) {
    const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
    const problem = nameProblem(yauzl, name, entry);
    if (problem !== void 0) {
      unsafe.push({ name, problem });
      continue;
    }
    const isDirectory2 = name.endsWith("/") || fileType(entry) === S_IFDIR;
    const path = posix.normalize(name).replace(/\/+$/, "");
    if (path === "." || path === "") continue;
    if (seen.has(path)) {
      unsafe.push({ name, problem: "appears twice (a later copy would replace the first)" });
      continue;
    }
    seen.add(path);
    if (!isDirectory2) {
      if (!entry.canDecodeFileData()) throw new ZipRefusedError({ reason: "corrupt", detail: `entry ${JSON.stringify(name)} is encrypted or uses an unsupported compression method` });
      if (entry.uncompressedSize > limits.maxFileBytes) throw new ZipRefusedError({ reason: "limit", limit: "maxFileBytes", value: entry.uncompressedSize, entry: name });
      if (entry.compressionMethod === 8 && entry.uncompressedSize > entry.compressedSize * MAX_DEFLATE_RATIO + RATIO_SLACK_BYTES) {
        throw new ZipRefusedError({ reason: "ratio", entry: name, uncompressed: entry.uncompressedSize, compressed: entry.compressedSize });
      }
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) throw new ZipRefusedError({ reason: "limit", limit: "maxTotalBytes", value: total });
    }
    checked.push({ entry, path, isDirectory: isDirectory2 });
  }
  if (unsafe.length > 0) throw new ZipRefusedError({ reason: "unsafe", entries: unsafe });
  return checked;
}
async function extractZip(zipPath, destination, limits) {
  const { default: yauzl } = await import("./yauzl-IFQVRFIN.js");
  let zip;
  try {
    zip = await yauzl.openPromise(zipPath, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false });
  } catch (error) {
    throw corrupt(error);
  }
  try {
    const entries = await checkEntries(yauzl, zip, limits).catch((error) => Promise.reject(corrupt(error)));
    const root = resolve3(destination);
    let files = 0;
    for (const { entry, path, isDirectory: isDirectory2 } of entries) {
      const target = join3(root, ...path.split("/"));
      if (!target.startsWith(root + sep2)) throw new ZipRefusedError({ reason: "unsafe", entries: [{ name: path, problem: "leaves the artifact" }] });
      try {
        if (isDirectory2) {
          await mkdir(target, { recursive: true });
          continue;
        }
        await mkdir(join3(target, ".."), { recursive: true });
        await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(target, { flags: "wx", mode: 420 }));
        files++;
      } catch (error) {
        throw corrupt(error);
      }
    }
    return files;
  } finally {
    zip.close();
  }
}

// src/core/acquire/source.ts
var RUN_DIR_MARKER = "run_summary.v1.json";
var PUBLISHED_INDEX = "index.json";
var RUN_DIR_SEARCH_DEPTH = 6;
var LATEST_RUN_DIR = "latest";
var NAMES_LISTED = 10;
var LIMIT_SETTING = {
  maxFileBytes: "max-file-size",
  maxTotalBytes: "max-artifact-size",
  maxFiles: "max-files"
};
var UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u2028\u2029]/g;
function quoteEntryName(name) {
  const cut = Array.from(name);
  const short = cut.length > 160 ? `${cut.slice(0, 159).join("")}\u2026` : name;
  return JSON.stringify(short).replace(UNSAFE_IN_NAME, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function shown(name) {
  return /^[\w.\-/@+=,]+$/.test(name) && name.length <= 160 ? name : quoteEntryName(name);
}
function listed(names) {
  const first = names.slice(0, NAMES_LISTED).map(shown).join(", ");
  return names.length > NAMES_LISTED ? `${first} and ${names.length - NAMES_LISTED} more` : first;
}
function zipRefusalError(where, refusal, limits) {
  switch (refusal.reason) {
    case "limit": {
      const name = LIMIT_SETTING[refusal.limit];
      const limit = limits[refusal.limit];
      const what = refusal.limit === "maxFiles" ? `holds ${thousands(refusal.value)} entries, over the ${name} limit of ${thousands(limit)}` : refusal.limit === "maxFileBytes" ? `holds entry ${quoteEntryName(refusal.entry ?? "")} of ${formatBytes(refusal.value)}, over the ${name} limit of ${formatBytes(limit)}` : `holds more than ${formatBytes(limit)} once extracted, over the ${name} limit`;
      return new UnusableSideError(`${where} ${what}; refused before extraction (raise ${setting(name)} to accept it)`);
    }
    case "ratio":
      return new UnusableSideError(
        `${where} holds entry ${quoteEntryName(refusal.entry)} that declares ${formatBytes(refusal.uncompressed)} from ${formatBytes(refusal.compressed)} compressed, more than deflate can produce (a zip bomb); refused before extraction`
      );
    case "corrupt":
      return new UnusableSideError(`${where} is not a zip that can be read safely (${refusal.detail}); refused`);
    case "unsafe": {
      const first = refusal.entries.slice(0, REFUSED_ENTRIES_LISTED);
      const more2 = refusal.entries.length - first.length;
      const names = first.map((e) => quoteEntryName(e.name)).join(", ") + (more2 > 0 ? ` and ${more2} more` : "");
      return new UnusableSideError(
        `${where} holds ${refusal.entries.length} unsafe ${refusal.entries.length === 1 ? "entry" : "entries"} (${names}); refused: nothing of it was extracted`,
        "unsafe-path",
        [...first.map((e) => `${where}: entry ${quoteEntryName(e.name)} ${e.problem}; the artifact was not extracted`), ...more2 > 0 ? [`${where}: ${more2} more unsafe entries`] : []]
      );
    }
  }
}
async function isDirectory(path) {
  return stat3(path).then(
    (s) => s.isDirectory(),
    () => false
  );
}
async function foldersWithMarker(root) {
  const found = [];
  const visit = async (dir, depth) => {
    const entries = await readdir2(dir, { withFileTypes: true }).catch(() => []);
    if (entries.some((e) => e.isFile() && e.name === RUN_DIR_MARKER)) found.push(relative2(root, dir).split(sep3).join("/") || ".");
    if (depth >= RUN_DIR_SEARCH_DEPTH) return;
    for (const e of entries) if (e.isDirectory()) await visit(join4(dir, e.name), depth + 1);
  };
  await visit(root, 0);
  return found.sort();
}
async function createdAt(folder, limits) {
  const file = join4(folder, RUN_DIR_MARKER);
  try {
    if ((await stat3(file)).size > limits.maxFileBytes) return void 0;
    const summary = JSON.parse(await readFile4(file, "utf8"));
    const time = typeof summary?.created_at_utc === "string" ? Date.parse(summary.created_at_utc) : NaN;
    return Number.isFinite(time) ? time : void 0;
  } catch {
    return void 0;
  }
}
async function isPublishedRunDir(root) {
  const top = await readdir2(root, { withFileTypes: true }).catch(() => []);
  if (top.some((e) => e.isFile() && e.name === PUBLISHED_INDEX)) return true;
  for (const provider of top.filter((e) => e.isDirectory())) {
    const profiles = await readdir2(join4(root, provider.name), { withFileTypes: true }).catch(() => []);
    for (const profile of profiles.filter((e) => e.isDirectory())) {
      const ranked = `${provider.name}_ranked_jobs.${profile.name}.json`;
      if ((await readdir2(join4(root, provider.name, profile.name)).catch(() => [])).includes(ranked)) return true;
    }
  }
  return false;
}
async function topEntries(root) {
  const names = (await readdir2(root).catch(() => [])).sort();
  return names.length === 0 ? "it is empty" : `at its top: ${listed(names)}`;
}
async function latest(root, found, where, choose, limits) {
  const dated = await Promise.all(found.map(async (folder) => ({ folder, time: await createdAt(join4(root, folder), limits) })));
  const known = dated.filter((d) => d.time !== void 0);
  if (known.length === 0) {
    throw new UnusableSideError(`${where}: ${choose} is ${LATEST_RUN_DIR}, but none of its run dirs (${listed(found)}) has a readable created_at_utc in ${RUN_DIR_MARKER}; set ${choose} to one of them`, "missing");
  }
  const newest = Math.max(...known.map((d) => d.time));
  const tied = known.filter((d) => d.time === newest).map((d) => d.folder);
  if (tied.length > 1) {
    throw new UnusableSideError(`${where}: ${choose} is ${LATEST_RUN_DIR}, but ${tied.length} run dirs share the newest created_at_utc (${listed(tied)}); set ${choose} to one of them`);
  }
  return tied[0];
}
async function locateRunDir(root, runDir, where, choose = setting("run-dir"), limits = DEFAULT_LIMITS) {
  const found = await foldersWithMarker(root);
  const inRoot = (folder) => folder === "." ? root : join4(root, ...folder.split("/"));
  if (runDir === void 0 || runDir === "") {
    if (found.includes(".")) return root;
    if (found.length === 1) return inRoot(found[0]);
    if (found.length === 0) {
      if (await isPublishedRunDir(root)) return root;
      throw new UnusableSideError(
        `${where} holds no run dir: no ${RUN_DIR_MARKER} within ${RUN_DIR_SEARCH_DEPTH} folders of its top (${await topEntries(root)}); point to the run dir, or set ${choose} to the folder inside that is one`,
        "missing"
      );
    }
    throw new UnusableSideError(`${where} holds ${found.length} run dirs (${listed(found)}); set ${choose} to one of them, or to ${LATEST_RUN_DIR} for the newest created_at_utc`);
  }
  if (runDir === LATEST_RUN_DIR) {
    if (found.length === 0) throw new UnusableSideError(`${where}: ${choose} is ${LATEST_RUN_DIR}, but it holds no run dir: no ${RUN_DIR_MARKER} within ${RUN_DIR_SEARCH_DEPTH} folders of its top (${await topEntries(root)})`, "missing");
    return inRoot(found.length === 1 ? found[0] : await latest(root, found, where, choose, limits));
  }
  const chosen = resolve4(root, runDir);
  if (chosen !== root && !chosen.startsWith(root + sep3)) throw new UnusableSideError(`${where}: ${choose} '${runDir}' points outside it`, "unsafe-path");
  if (await isDirectory(chosen)) {
    const rel = relative2(root, chosen).split(sep3).join("/") || ".";
    const inside = found.filter((f) => rel === "." || f === rel || f.startsWith(`${rel}/`));
    if (inside.includes(rel) || inside.length === 0) return chosen;
    if (inside.length === 1) return inRoot(inside[0]);
    throw new UnusableSideError(`${where}: ${choose} '${runDir}' holds ${inside.length} run dirs (${listed(inside)}); set ${choose} to one of them`);
  }
  const byName = found.filter((folder) => basename2(folder) === runDir);
  if (byName.length === 1) return inRoot(byName[0]);
  const there = found.length === 0 ? `it holds no run dir (${await topEntries(root)})` : `run dirs there: ${listed(found)}`;
  const similar = closestNames(runDir, [.../* @__PURE__ */ new Set([...found, ...found.map((f) => basename2(f))])].filter((f) => f !== "."));
  const hint = byName.length > 1 ? `; several are named so (${listed(byName)}): give the path` : similar.length > 0 ? `; did you mean ${similar.map(shown).join(", ")}?` : "";
  throw new UnusableSideError(`${where}: ${choose} '${runDir}' is not a folder in it; ${there}${hint}`, "missing");
}
async function looksLikeZip(path) {
  const handle = await open(path, "r").catch(() => void 0);
  if (handle === void 0) return false;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    const magic = buffer.subarray(0, bytesRead).toString("latin1");
    return magic === "PK" || magic === "PK";
  } finally {
    await handle.close();
  }
}
async function acquireRunDir(request) {
  const limits = { ...DEFAULT_LIMITS, ...request.limits };
  const choose = request.runDirSetting ?? setting("run-dir");
  const info = await stat3(request.path).catch(() => void 0);
  if (info === void 0) throw new UnusableSideError(`${request.where ?? request.path}: not found (expected a run dir, a folder holding run dirs, or a zip of one)`, "missing");
  if (info.isDirectory()) {
    const root = resolve4(request.path);
    return { root: await locateRunDir(root, request.runDir, request.where ?? request.path, choose, limits), cleanup: async () => {
    } };
  }
  const where = request.where ?? request.path;
  if (!info.isFile() || !await looksLikeZip(request.path)) throw new UnusableSideError(`${where}: neither a folder nor a zip file (expected a run dir, a folder holding run dirs, or a zip of one)`, "unreadable");
  const folder = await mkdtemp(join4(request.tempDir ?? tmpdir(), request.tempPrefix ?? "dualrun-run-"));
  const cleanup = () => rm(folder, { recursive: true, force: true });
  try {
    await extractZip(request.path, folder, limits);
    return { root: await locateRunDir(folder, request.runDir, where, choose, limits), cleanup };
  } catch (error) {
    await cleanup();
    if (error instanceof ZipRefusedError) throw zipRefusalError(where, error.refusal, limits);
    throw error;
  }
}

// src/render/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

export {
  VERSION,
  unusableSide,
  compareSides,
  buildLegsReport,
  legsGateFails,
  legVerdicts,
  FAIL_ON_VALUES,
  readLegsManifest,
  loadLegsManifest,
  DEFAULT_MAX_PARALLEL_LEGS,
  runLegs,
  closestNames,
  acquireRunDir,
  renderJson
};
