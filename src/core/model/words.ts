/** A count with its noun, pluralized, with thousands separators (`1,500 jobs`): for cause titles and every renderer. */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`
}
