/**
 * Byte sizes as people write them: `1048576`, `500MB`, `2GiB`, `1.5 GB`. Decimal units are powers
 * of 1000, binary units (`KiB`, `MiB`, ...) powers of 1024; unit letters are case-insensitive.
 */
import { thousands } from './words.js'

const UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40
}

/** The accepted forms, for error messages. */
export const BYTE_SIZE_FORMS = 'a whole number of bytes (1048576) or a number with a unit (500MB, 2GiB; units B, KB, MB, GB, TB, KiB, MiB, GiB, TiB)'

const SIZE = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i

/** Parses a positive byte size (rounded down to whole bytes); undefined when `text` is not one. */
export function parseByteSize(text: string): number | undefined {
  const match = SIZE.exec(text.trim())
  if (!match) return undefined
  const factor = UNITS[(match[2] || 'b').toLowerCase()]
  if (factor === undefined) return undefined
  const bytes = Math.floor(Number(match[1]) * factor)
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : undefined
}

/** A byte count for messages: exact bytes, with a binary-unit reading when it helps (`536870912 bytes (512 MiB)`). */
export function formatBytes(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'] as const
  let value = bytes
  let unit = ''
  for (const next of units) {
    if (value < 1024) break
    value /= 1024
    unit = next
  }
  const exact = `${thousands(bytes)} bytes`
  return unit === '' ? exact : `${exact} (${Number(value.toFixed(1))} ${unit})`
}
