import { appendFile, stat } from 'node:fs/promises'
import { JOB_SUMMARY_MAX_BYTES } from './limits.js'

/** Bytes still free in this step's job summary (the runner drops a summary over 1 MiB whole). */
export async function jobSummaryBudget(file: string): Promise<number> {
  const used = await stat(file).then(
    (s) => s.size,
    () => 0
  )
  return Math.max(0, JOB_SUMMARY_MAX_BYTES - used)
}

/** Appends Markdown to the job summary file (`GITHUB_STEP_SUMMARY`); false when there is none. */
export async function appendJobSummary(file: string | undefined, markdown: string): Promise<boolean> {
  if (!file) return false
  await appendFile(file, markdown, 'utf8')
  return true
}
