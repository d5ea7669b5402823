// RFC 6901 JSON pointers: the one way every stage names a place inside a document.

/** Splits an RFC 6901 pointer into unescaped segments (`/a~1b/*` -> ['a/b', '*']). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '' ? [] : ['']
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** Appends one segment to a pointer, escaping `~` and `/`. */
export function pointerJoin(pointer: string, segment: string | number): string {
  return `${pointer}/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`
}
