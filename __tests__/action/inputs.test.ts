import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { CommentMode, FailOn, Input, Output, parseInputs } from '../../src/action/inputs.js'
import { REPO_ROOT } from '../support/paths.js'

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}

/** Reads inputs as the runner provides them: action.yml defaults, then the given values. */
function reader(values: Partial<Record<Input, string>>) {
  return (name: Input): string => values[name] ?? (action.inputs[name]?.default ?? '').replace('${{ github.token }}', 'tok').replace('${{ github.repository }}', 'octo/repo')
}

describe('action.yml', () => {
  it('declares exactly the inputs and outputs the code knows, and runs dist/index.js on node24 with dist/post.js after it, always', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Input).sort())
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Output).sort())
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js', 'post-if': 'always()' })
  })
})

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    expect(parseInputs(reader({ [Input.LeftArtifact]: 'a', [Input.RightPath]: 'r' }), 'octo/repo')).toEqual({
      left: { kind: 'artifact', name: 'a', label: 'aws', runDirInput: Input.LeftRunDir },
      right: { kind: 'path', path: 'r', label: 'on-prem', runDirInput: Input.RightRunDir },
      repository: { owner: 'octo', repo: 'repo' },
      token: 'tok',
      allowRunIdDrift: true,
      failOn: FailOn.Error,
      comment: CommentMode.Update,
      commentKey: 'default',
      checkName: 'dualrun',
      limits: { maxFileBytes: 512 * 2 ** 20, maxTotalBytes: 2 * 2 ** 30, maxFiles: 10_000 },
      downloadTimeoutMs: 600_000
    })
  })

  it('reads download-timeout in seconds or as a duration, and names the input when it is malformed', () => {
    const read = (value: string) => parseInputs(reader({ [Input.LeftArtifact]: 'a', [Input.RightArtifact]: 'b', [Input.DownloadTimeout]: value }), 'octo/repo').downloadTimeoutMs
    expect([read('90'), read('90s'), read('10m')]).toEqual([90_000, 90_000, 600_000])
    expect(() => read('ten minutes')).toThrow("input download-timeout must be a number of seconds or a duration such as 90s, 10m or 1h; got 'ten minutes'")
  })

  it('reads the size limits in bytes or with a unit', () => {
    const parsed = parseInputs(reader({ [Input.LeftArtifact]: 'a', [Input.RightArtifact]: 'b', [Input.MaxFileSize]: '500MB', [Input.MaxArtifactSize]: '4 GiB', [Input.MaxFiles]: '20' }), 'octo/repo')
    expect(parsed.limits).toEqual({ maxFileBytes: 500_000_000, maxTotalBytes: 4 * 2 ** 30, maxFiles: 20 })
  })

  it('reads cross-run downloads, the comment key and the PR number', () => {
    const parsed = parseInputs(
      reader({ [Input.LeftArtifact]: 'a', [Input.RightArtifact]: 'b', [Input.LeftRunId]: '500', [Input.CommentKey]: 'eu', [Input.PrNumber]: '12', [Input.Comment]: 'NEW' }),
      'octo/repo'
    )
    expect(parsed.left).toEqual({ kind: 'artifact', name: 'a', runId: 500, label: 'aws', runDirInput: Input.LeftRunDir })
    expect([parsed.commentKey, parsed.checkName, parsed.prNumber, parsed.comment]).toEqual(['eu', 'dualrun (eu)', 12, CommentMode.New])
  })

  it.each([
    [{ [Input.FailOn]: 'sometimes' }, "input fail-on must be one of error, warning, never; got 'sometimes'"],
    [{ [Input.Comment]: 'sticky' }, "input comment must be one of update, new, off; got 'sticky'"],
    [{ [Input.AllowRunIdDrift]: 'yes' }, "input allow-run-id-drift must be true or false; got 'yes'"],
    [{ [Input.PrNumber]: '0' }, "input pr-number must be a positive whole number; got '0'"],
    [{ [Input.LeftRunId]: '12a' }, "input left-run-id must be a positive whole number; got '12a'"],
    [{ [Input.LeftPath]: 'p' }, 'set either left-artifact or left-path, not both'],
    [{ [Input.LeftArtifact]: '' }, 'set left-artifact (an artifact name) or left-path (a folder on disk)'],
    [{ [Input.Repository]: 'just-a-name' }, "input repository must be owner/name; got 'just-a-name'"],
    [
      { [Input.MaxFileSize]: '2 parsecs' },
      "input max-file-size must be a whole number of bytes (1048576) or a number with a unit (500MB, 2GiB; units B, KB, MB, GB, TB, KiB, MiB, GiB, TiB); got '2 parsecs'"
    ],
    [{ [Input.MaxArtifactSize]: '-1GB' }, "input max-artifact-size must be a whole number of bytes (1048576) or a number with a unit (500MB, 2GiB; units B, KB, MB, GB, TB, KiB, MiB, GiB, TiB); got '-1GB'"],
    [{ [Input.MaxFiles]: '1e6' }, "input max-files must be a positive whole number; got '1e6'"]
  ])('rejects %j with one clear line', (values, message) => {
    expect(() => parseInputs(reader({ [Input.LeftArtifact]: 'a', [Input.RightArtifact]: 'b', ...values }), 'octo/repo')).toThrow(message)
  })

  it('takes the run-dir of a side from its own input before the shared one, remembering which was set', () => {
    const parsed = parseInputs(reader({ [Input.LeftPath]: 'l', [Input.RightArtifact]: 'r', [Input.RunDir]: 'latest', [Input.LeftRunDir]: 'run-7' }), 'octo/repo')
    expect([parsed.left!.runDir, parsed.left!.runDirInput]).toEqual(['run-7', Input.LeftRunDir])
    expect([parsed.right!.runDir, parsed.right!.runDirInput]).toEqual(['latest', Input.RunDir])
  })
})
