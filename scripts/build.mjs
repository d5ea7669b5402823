// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// ESM output needs a real `require` for the CommonJS dependencies bundled inside; the aliased
// createRequire banner gives it one without clashing with bundled code that imports createRequire.
import { build } from 'esbuild'
import { rm } from 'node:fs/promises'

const banner = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"

await import('./build-validators.mjs')
await import('./build-registry.mjs')
await rm('dist', { recursive: true, force: true })
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', sideWorker: 'src/sideWorker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning'
})
