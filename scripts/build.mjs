// Bundles the action (dist/index.js, its post step dist/post.js) and the CLI (dist/cli.js) with esbuild.
// ESM output needs a real `require` for the CommonJS dependencies bundled inside; the aliased
// createRequire banner gives it one without clashing with bundled code that imports createRequire.
import { build } from 'esbuild'
import { rm } from 'node:fs/promises'

const banner = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"

await import('./build-validators.mjs')
await import('./build-registry.mjs')
await rm('dist', { recursive: true, force: true })
/**
 * @actions/core imports its OIDC client (and with it @actions/http-client, undici and tunnel, about
 * 900 KB and the https/tls modules) at load time for `getIDToken`, which dualrun never calls: the
 * bundle gets a stand-in that says so, and the action starts that much faster. The GitHub client
 * (@actions/github, which needs http-client itself) is imported only when the action posts.
 */
const withoutOidc = {
  name: 'without-actions-core-oidc',
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]/.test(args.importer) ? { path: 'oidc-utils', namespace: 'without-oidc' } : undefined
    )
    build.onLoad({ filter: /.*/, namespace: 'without-oidc' }, () => ({
      contents: "export class OidcClient { static async getIDToken() { throw new Error('getIDToken is not bundled: dualrun never requests an OIDC token') } }",
      loader: 'js'
    }))
  }
}

await build({
  plugins: [withoutOidc],
  entryPoints: { index: 'src/index.ts', post: 'src/post.ts', cli: 'src/cli.ts', rankedWorker: 'src/rankedWorker.ts' },
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
