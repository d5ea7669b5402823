const DECIMAL_PARTS = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

/**
 * The exact decimal value a number text spells, as `<digits>e<exponent>` without leading or
 * trailing zeros and without sign (`'35'`, `'35.0'`, `'3.5e1'` all give `35e0`; zero gives `0`).
 * Undefined for text that is not a plain decimal. Two texts spell the same number exactly when
 * their canonical forms are equal (and their signs agree, which parsing to a double preserves).
 */
export function canonicalDecimal(text: string): string | undefined {
  const m = DECIMAL_PARTS.exec(text)
  if (m === null) return undefined
  const whole = m[1] ?? ''
  const fraction = m[2] ?? ''
  if (whole === '' && fraction === '') return undefined
  let digits = (whole + fraction).replace(/^0+/, '')
  if (digits === '') return '0'
  let exponent = Number(m[3] ?? '0') - fraction.length
  const trimmed = digits.replace(/0+$/, '')
  exponent += digits.length - trimmed.length
  digits = trimmed
  return `${digits}e${exponent}`
}

/**
 * Whether a JSON number's text survives parsing to a double: false when the value is out of range
 * (`1e400` reads as Infinity, `1e-400` as 0) or needs more precision than a double holds
 * (`12345678901234567890`, `0.1000000000000000055511151231257827`), so two different texts could
 * read as the same number. `1.0`, `35`, `0.1` and `1e-7` are exact in this sense (the double's
 * shortest text spells the same decimal). Texts of at most 15 digits without exponent take a
 * fast path: every such decimal survives.
 */
export function numberTextIsExact(text: string): boolean {
  if (text.length <= 15 && !text.includes('e') && !text.includes('E')) return true
  const value = Number(text)
  if (!Number.isFinite(value)) return false
  return canonicalDecimal(text) === canonicalDecimal(String(Math.abs(value)))
}
