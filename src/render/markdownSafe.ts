/**
 * Escaping for untrusted values (job titles, ids, field values, file names) rendered into GitHub
 * Markdown, HTML fragments of it, or check-run annotations. Every value that did not come from
 * dualrun itself goes through one of these functions; the rules are:
 *
 * - one line: control characters become visible symbols, never line breaks that end a table row;
 * - no Bidi overrides (they could make a value read differently from what it is);
 * - shortened with an ellipsis past a limit;
 * - no Markdown or HTML structure: `& < > | \` ` * _ ~ [ ]` become character references, so a
 *   value cannot open a tag (`</details>`, `<img>`), end our marker (`-->`), split a table cell,
 *   open a code span or fence, or make a link;
 * - in prose, `@` and `#` are followed by a zero-width joiner, so a value cannot mention a user
 *   or team (`@org/team`) or reference an issue (`fixes #1`). Inside `<code>` GitHub links
 *   neither, so code keeps the value's exact characters.
 */

import { shorten } from './format.js'

/** Zero-width joiner: breaks `@mention` and `#123` autolinks without visibly changing the text. */
const ZWJ = '\u200D'

/** Bidi embedding/override/isolate controls. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g

/** C0 and C1 control characters (including newlines and tabs), and line/paragraph separators. */
const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g

/** Characters that carry Markdown or HTML meaning, as character references. */
const MARKUP_REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '[': '&#91;',
  ']': '&#93;'
}
const MARKUP_CHARS = /[&<>|\\`*_~[\]]/g

/** One line of plain text: control characters shown as symbols (`⏎` for line breaks), Bidi controls removed. */
export function singleLine(text: string): string {
  return text
    .replace(BIDI_CONTROLS, '')
    .replace(/\r\n|\r|\n/g, '⏎')
    .replace(CONTROL_CHARS, (c) => (c === '\t' ? ' ' : '\uFFFD'))
}

/** Text that keeps its line breaks (as `\n`): Bidi controls removed, a tab written as `tab`, other controls replaced. */
export function multiLine(text: string, tab: string): string {
  return text
    .replace(BIDI_CONTROLS, '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARS, (c) => (c === '\n' ? '\n' : c === '\t' ? tab : '\uFFFD'))
}

/** Plain text that may keep line breaks (annotations): other controls and Bidi controls removed, shortened. */
export function plainText(text: string, maxChars: number): string {
  return shorten(multiLine(text, ' '), maxChars)
}

function encodeMarkup(text: string): string {
  return text.replace(MARKUP_CHARS, (c) => MARKUP_REFERENCES[c] ?? c)
}

/**
 * An untrusted value as Markdown prose (also valid inside HTML elements such as `<summary>`):
 * one line, shortened, markup encoded, mentions and issue references broken.
 */
export function mdText(value: string, maxChars: number): string {
  return encodeMarkup(shorten(singleLine(value), maxChars).replace(/[@#]/g, (c) => c + ZWJ))
}

/**
 * An untrusted value as inline code that is safe in a table cell: `<code>` with its content
 * encoded, so backticks, pipes and tags in the value are shown, never interpreted.
 */
export function mdCode(value: string, maxChars: number): string {
  return `<code>${encodeMarkup(shorten(singleLine(value), maxChars))}</code>`
}

/** A key safe inside an HTML comment marker: letters, digits, `.`, `_` and `-` only, at most 64 characters. */
export function markerKey(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 64)
}
