/**
 * Escaping for untrusted values (job titles, ids, field values, file names, run labels) rendered
 * into the HTML report. Every value that did not come from dualrun itself goes through one of
 * these functions; the rules are:
 *
 * - `& < > " '` become character references, so a value can neither open nor close an element
 *   (`</script>`, `<img onerror>`), nor leave a double- or single-quoted attribute;
 * - no Bidi overrides (they could make a value read differently from what it is);
 * - in text and attributes, one line: control characters become visible symbols (`⏎` for line
 *   breaks); in a block (`<pre>`) line breaks stay and other controls are replaced;
 * - shortened with an ellipsis past a limit where the caller gives one.
 *
 * Attributes are always written double-quoted by the renderer.
 */

import { shorten } from './format.js'
import { multiLine, singleLine } from './markdownSafe.js'

const HTML_REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const HTML_CHARS = /[&<>"']/g

function encode(text: string): string {
  return text.replace(HTML_CHARS, (c) => HTML_REFERENCES[c] ?? c)
}

/** An untrusted value as HTML text content: one line, shortened to `maxChars` when given, markup encoded. */
export function htmlText(value: string, maxChars?: number): string {
  const line = singleLine(value)
  return encode(maxChars === undefined ? line : shorten(line, maxChars))
}

/** An untrusted value inside a double-quoted attribute: one line, never shortened (filters compare it exactly), encoded. */
export function htmlAttr(value: string): string {
  return encode(singleLine(value))
}

/** An untrusted multi-line value for a `<pre>` block: line breaks kept, other controls replaced, encoded. */
export function htmlBlock(value: string): string {
  return encode(multiLine(value, '  '))
}
