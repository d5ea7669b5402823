import { shorten } from '../../src/render/format.js'
import { markerKey, mdCode, mdText, plainText, singleLine } from '../../src/render/markdownSafe.js'

const ZWJ = '\u200D'

describe('shorten', () => {
  it('keeps short text and cuts long text with an ellipsis, never inside a surrogate pair', () => {
    expect(shorten('abc', 3)).toBe('abc')
    expect(shorten('abcd', 3)).toBe('ab…')
    expect(shorten('😀😀😀😀', 3)).toBe('😀😀…')
  })
})

describe('singleLine / plainText', () => {
  it('shows line breaks as ⏎, removes Bidi overrides, replaces other controls', () => {
    expect(singleLine('a\r\nb\nc\rd\te\u0007f\u202Eg\u2066h')).toBe('a⏎b⏎c⏎d e\uFFFDfgh')
  })
  it('keeps line breaks in plain text', () => {
    expect(plainText('a\r\nb\u202E\u0000', 10)).toBe('a\nb\uFFFD')
  })
})

describe('mdText (prose)', () => {
  it('breaks mentions of users and teams and issue references with a zero-width joiner', () => {
    expect(mdText('cc @org/team and @alice, fixes #1', 100)).toBe(`cc @${ZWJ}org/team and @${ZWJ}alice, fixes #${ZWJ}1`)
  })
  it('encodes every character that could open HTML or Markdown structure', () => {
    expect(mdText('</details><img src=x onerror=alert(1)> --> | `x` *b* _i_ ~s~ [l](u) \\', 200)).toBe(
      '&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt; --&gt; &#124; &#96;x&#96; &#42;b&#42; &#95;i&#95; &#126;s&#126; &#91;l&#93;(u) &#92;'
    )
  })
  it('keeps existing character references visible instead of decoding them', () => {
    expect(mdText('&lt;b&gt; &#64;x', 100)).toBe(`&amp;lt;b&amp;gt; &amp;#${ZWJ}64;x`)
  })
  it('is one line and shortened', () => {
    expect(mdText('a\n# heading\n```', 8)).toBe(`a⏎#${ZWJ} hea…`)
  })
})

describe('mdCode (inline code in table cells)', () => {
  it('wraps in <code> and encodes pipes, backticks, tags and fences', () => {
    expect(mdCode('a|b ``` </code> @org/team', 100)).toBe('<code>a&#124;b &#96;&#96;&#96; &lt;/code&gt; @org/team</code>')
  })
  it('shortens before encoding, so an entity is never cut in half', () => {
    expect(mdCode('<<<<<', 3)).toBe('<code>&lt;&lt;…</code>')
  })
})

describe('markerKey', () => {
  it('keeps only characters that cannot end or forge an HTML comment', () => {
    expect(markerKey('release gate --> <b>')).toBe('release_gate_--___b_')
    expect(markerKey('x'.repeat(100))).toHaveLength(64)
  })
})
