/**
 * The defaults of every setting, in one table shared by both edges: `dualrun compare` and the
 * action read them from here, action.yml declares the same values (a test holds them equal), and
 * the README's settings table lists them. Values are written as the user would write them.
 *
 * `allow-run-id-drift` is `true`: two environments never share a run id (it is the run's start
 * time), so comparing AWS with on-prem needs it, and a gate that fails every real pair by default
 * teaches people to ignore it. Only the drop-in form `dualrun LEFT RIGHT` keeps upstream
 * compare_run_artifacts.py's behaviour (drift not allowed, labels left/right), so scripts written
 * for upstream see the same exit codes; see {@link UPSTREAM_DEFAULTS}.
 */
export const DEFAULTS = {
  'allow-run-id-drift': true,
  'left-label': 'aws',
  'right-label': 'on-prem',
  'fail-on': 'error',
  'max-file-size': '512MiB',
  'max-artifact-size': '2GiB',
  'max-files': '10000',
  'max-parallel-legs': '2',
  /** The action's only. */
  comment: 'update',
  /** The action's only. */
  'download-timeout': '10m'
} as const

/** A setting that has a default. */
export type DefaultedSetting = keyof typeof DEFAULTS

/** What the drop-in form `dualrun LEFT RIGHT` uses instead, for parity with upstream compare_run_artifacts.py. */
export const UPSTREAM_DEFAULTS = {
  'allow-run-id-drift': false,
  'left-label': 'left',
  'right-label': 'right'
} as const satisfies Partial<Record<DefaultedSetting, unknown>>
