/**
 * Headless Chromium from the Debian package, driven by puppeteer-core (never a browser download).
 * Tests skip, with a printed notice, only where no browser is installed (`.ci/run` installs it when absent).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import puppeteer, { type Browser } from 'puppeteer-core'

/** The Debian package's browser; `DUALRUN_CHROMIUM` overrides it. */
export const CHROMIUM = process.env['DUALRUN_CHROMIUM'] ?? '/usr/bin/chromium'

/** Flags that keep the browser from reaching anything on its own and from needing a GPU or a sandbox. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** A running browser with a fresh profile, and how to close it (removing the profile). */
export interface RunningBrowser {
  browser: Browser
  close(): Promise<void>
}

/** True when the browser is installed; prints a notice naming the skipping suite when not. */
export function browserAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true
  console.warn(`[skip] ${suite}: no browser at ${CHROMIUM} (apt-get install chromium, as .ci/run does), so the browser tests are skipped`)
  return false
}

/** Starts Chromium with a fresh `--user-data-dir` (check {@link browserAvailable} first). */
export async function launchChromium(): Promise<RunningBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'dualrun-chromium-'))
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: [...FLAGS, `--user-data-dir=${profile}`] })
  return {
    browser,
    close: async () => {
      await browser.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
}
