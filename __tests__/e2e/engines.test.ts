/**
 * The Node range in package.json `engines` is the one the README states for the CLI and the
 * development tools. Every installed package must accept all of it (or `npm ci` warns
 * EBADENGINE), and the action's own runtime (`runs.using` in action.yml) must lie inside it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import semver from 'semver'
import { parse } from 'yaml'
import { REPO_ROOT } from '../support/paths.js'

interface LockedPackage {
  version?: string
  engines?: { node?: string } | string[]
}

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }
const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> }
const ours = pkg.engines.node

/** Installed packages that declare a Node range, as [path in node_modules, range]. */
const declared: [string, string][] = Object.entries(lock.packages)
  .filter(([path, p]) => path !== '' && p.engines !== undefined && !Array.isArray(p.engines) && p.engines.node !== undefined)
  .map(([path, p]) => [path, (p.engines as { node: string }).node])

describe('engines.node', () => {
  it('is a valid range that the lockfile records too', () => {
    expect(semver.validRange(ours)).not.toBeNull()
    expect(lock.packages['']?.engines).toEqual({ node: ours })
  })

  it('is accepted by every installed package, so npm ci prints no EBADENGINE', () => {
    expect(declared.length).toBeGreaterThan(100)
    const refusing = declared.filter(([, range]) => !semver.subset(ours, range)).map(([path, range]) => `${path} wants ${range}`)
    expect(refusing).toEqual([])
  })

  it('covers the Node the action runs on (action.yml runs.using) and the Node running these tests', () => {
    const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { runs: { using: string } }
    const major = /^node(\d+)$/.exec(action.runs.using)?.[1]
    expect(major).toBeDefined()
    expect(semver.satisfies(`${major}.0.0`, ours)).toBe(true)
    expect(semver.satisfies(process.versions.node, ours)).toBe(true)
  })
})
