import fc from 'fast-check'
import { htmlAttr, htmlBlock, htmlText } from '../../src/render/htmlSafe.js'

/** What an HTML parser would give back for our output: the five references decoded, nothing else. */
function decode(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] as string)
}

describe('htmlText', () => {
  it('encodes every character that could open or close markup or leave an attribute', () => {
    expect(htmlText(`</script><img src=x onerror=alert(1)> "a" 'b' & c`)).toBe(
      '&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &quot;a&quot; &#39;b&#39; &amp; c'
    )
  })
  it('keeps existing character references visible instead of decoding them', () => {
    expect(htmlText('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;')
  })
  it('is one line without Bidi overrides, and shortened when a limit is given', () => {
    expect(htmlText('a\r\nb\u202Ec\u0007d')).toBe('a⏎bc\uFFFDd')
    expect(htmlText('<<<<<', 3)).toBe('&lt;&lt;…')
  })
  it('never leaves a raw <, >, quote or control character, and decodes back to the one-line value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const out = htmlText(value)
        expect(out).not.toMatch(/[<>"'\u0000-\u001F\u202A-\u202E]/)
        expect(decode(out)).not.toMatch(/[\n\r]/)
        expect(decode(out).replace(/⏎/g, '').length).toBeLessThanOrEqual(value.length)
      })
    )
  })
})

describe('htmlAttr', () => {
  it('is never shortened, so filters compare the exact value', () => {
    const long = 'x'.repeat(5000)
    expect(htmlAttr(long)).toBe(long)
    expect(htmlAttr('a"b')).toBe('a&quot;b')
  })
})

describe('htmlBlock', () => {
  it('keeps line breaks, replaces other controls and encodes markup', () => {
    expect(htmlBlock('{\r\n  "a": "</pre>"\u0000\t}')).toBe('{\n  &quot;a&quot;: &quot;&lt;/pre&gt;&quot;\uFFFD  }')
  })
})
