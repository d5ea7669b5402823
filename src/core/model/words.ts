/**
 * An integer with thousands separators, as `toLocaleString('en-US')` writes it (`1,500`), without
 * asking ICU (about 20 µs a call); anything but a safe integer is left to toLocaleString.
 */
export function thousands(count: number): string {
  if (!Number.isSafeInteger(count)) return count.toLocaleString('en-US')
  const digits = String(Math.abs(count))
  const grouped = digits.length <= 3 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, ',')
  return count < 0 || Object.is(count, -0) ? `-${grouped}` : grouped
}

/** A count with its noun, pluralized, with thousands separators (`1,500 jobs`): for cause titles and every renderer. */
export function plural(count: number, noun: string): string {
  return `${thousands(count)} ${noun}${count === 1 ? '' : 's'}`
}
