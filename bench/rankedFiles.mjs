// Finds the ranked files of a run dir by the pipeline's own convention:
// `<provider>/<profile>/<provider>_ranked_jobs.<profile>.{json,csv}` and `..._ranked_families.<profile>.json`.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const RANKED = /^[^/]+_ranked_(jobs|families)\.[^/]+\.(json|csv)$/

/** Run-dir relative paths of the ranked files under `<provider>/<profile>/`, sorted. */
export function rankedFiles(runDir) {
  const found = []
  for (const provider of readdirSync(runDir, { withFileTypes: true })) {
    if (!provider.isDirectory() || provider.name === 'artifacts') continue
    for (const profile of readdirSync(join(runDir, provider.name), { withFileTypes: true })) {
      if (!profile.isDirectory()) continue
      for (const file of readdirSync(join(runDir, provider.name, profile.name))) {
        if (RANKED.test(file)) found.push(`${provider.name}/${profile.name}/${file}`)
      }
    }
  }
  return found.sort()
}
