import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Compares `actual` with a committed golden file next to the test (`golden/<name>`).
 * With `UPDATE_GOLDEN=1` it (re)writes the file instead, so a rendering change shows as a diff in review.
 */
export function expectGolden(testUrl: string, name: string, actual: string): void {
  const file = fileURLToPath(new URL(`golden/${name}`, testUrl))
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
    if (process.env['UPDATE_GOLDEN'] !== '1') throw new Error(`golden file ${file} is missing; run with UPDATE_GOLDEN=1 to create it`)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, actual)
    return
  }
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
