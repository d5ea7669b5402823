import { constants } from 'node:os'

/**
 * Cancellation of the step. When a job is cancelled or hits its `timeout-minutes`, the runner
 * signals the step's process: SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after that
 * (actions/runner `ProcessInvoker.CancelAndKillProcessTree`, `_sigintTimeout`/`_sigtermTimeout`).
 * The action has that grace to finish what it started (its check run) before it exits.
 */

/** The signals a cancelled step receives. */
export type CancelSignal = 'SIGINT' | 'SIGTERM'

/**
 * How long the cancel handler may run after each signal, in milliseconds: well inside the
 * runner's grace (7.5 s after SIGINT, 2.5 s after SIGTERM), so the exit is ours, not a SIGKILL.
 */
export const CANCEL_DEADLINE_MS: Record<CancelSignal, number> = { SIGINT: 5_000, SIGTERM: 2_000 }

/** The conventional exit code of a process ended by `signal`: 128 plus its number (130 for SIGINT, 143 for SIGTERM). */
function signalExitCode(signal: CancelSignal): number {
  return 128 + constants.signals[signal]
}

let installed = false

/**
 * Installs the SIGINT and SIGTERM handlers, once per process: the first signal runs `onCancel`
 * for at most {@link CANCEL_DEADLINE_MS} of that signal (a failure of it is ignored: there is no
 * time left to report it), then the process exits with {@link signalExitCode}. Signals that
 * arrive while it runs are ignored. Returns false when the handlers were already installed.
 */
export function installCancelHandlers(onCancel: (signal: CancelSignal) => Promise<void>, exit: (code: number) => void = (code) => process.exit(code)): boolean {
  if (installed) return false
  installed = true
  let cancelling = false
  const handle = (signal: CancelSignal) => {
    if (cancelling) return
    cancelling = true
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, CANCEL_DEADLINE_MS[signal]))
    void Promise.race([onCancel(signal).catch(() => undefined), deadline]).then(() => exit(signalExitCode(signal)))
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => handle(signal))
  return true
}
