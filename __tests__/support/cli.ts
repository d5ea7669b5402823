import { runCli } from '../../src/cli/main.js'
import { captureIO } from './paths.js'

/** Runs the whole CLI in-process with `argv`; returns the exit code and what it wrote to stdout and stderr. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO()
  const code = await runCli(argv, io)
  return { code, out: io.out(), err: io.err() }
}
