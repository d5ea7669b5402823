/**
 * A named export of a lazily imported CommonJS package (ajv, yaml). Node's own ESM loader exposes
 * it by name; in the esbuild bundle a split-off CommonJS chunk has only a default export holding
 * `module.exports`. Reading both ways keeps the lazy import working in tests and in `dist/`.
 */
export function commonJsExport<M extends object, K extends keyof M>(module: M, name: K): M[K] {
  const named = module[name]
  if (named !== undefined) return named
  const exported = (module as { default?: M }).default
  if (exported === undefined || exported[name] === undefined) throw new Error(`lazy import: no export '${String(name)}'`)
  return exported[name]
}
