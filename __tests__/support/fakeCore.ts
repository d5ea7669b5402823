/**
 * A typed fake of the `@actions/core` functions the publisher calls (the actions/typescript-action
 * `__fixtures__/core.ts` habit): each is a jest mock typed against the real export, so a change of
 * the real signature fails the type check here. Outputs and saved state are recorded by name.
 */
import type * as core from '@actions/core'
import { jest } from '@jest/globals'
import type { ActionsCore } from '../../src/action/publish.js'

/** The fake and what it recorded. */
export interface FakeCore extends ActionsCore {
  info: jest.Mock<typeof core.info>
  warning: jest.Mock<typeof core.warning>
  error: jest.Mock<typeof core.error>
  debug: jest.Mock<typeof core.debug>
  setOutput: jest.Mock<typeof core.setOutput>
  saveState: jest.Mock<typeof core.saveState>
  /** Every output set, the last value of each. */
  outputs: Record<string, string>
  /** Every state saved for the post step, the last value of each. */
  state: Record<string, string>
  /** Every info and warning line, in order, with its kind. */
  lines(): string[]
}

/** A fresh fake of the core functions. */
export function fakeCore(): FakeCore {
  const outputs: Record<string, string> = {}
  const state: Record<string, string> = {}
  const fake = {
    info: jest.fn<typeof core.info>(),
    warning: jest.fn<typeof core.warning>(),
    error: jest.fn<typeof core.error>(),
    debug: jest.fn<typeof core.debug>(),
    setOutput: jest.fn<typeof core.setOutput>((name, value) => {
      outputs[name] = String(value)
    }),
    saveState: jest.fn<typeof core.saveState>((name, value) => {
      state[name] = String(value)
    }),
    outputs,
    state,
    lines: () => [...fake.info.mock.calls.map(([m]) => `info: ${String(m)}`), ...fake.warning.mock.calls.map(([m]) => `warning: ${String(m)}`)]
  }
  return fake
}
