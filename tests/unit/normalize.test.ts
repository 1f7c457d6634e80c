import { describe, expect, it } from 'vitest';
import { fold, toOriginal } from '../../src/engine/normalize';

/** The original text behind a folded substring. */
function back(input: string, needle: string): string {
  const f = fold(input);
  const at = f.text.indexOf(needle);
  expect(at, `"${needle}" in "${f.text}"`).toBeGreaterThanOrEqual(0);
  const [s, e] = toOriginal(f, at, at + needle.length);
  return input.slice(s, e);
}

describe('fold', () => {
  it('lower-cases and strips accents', () => {
    expect(fold('Ça DÉPEND de l’Hôtel').text).toBe("ca depend de l'hotel");
  });
  it('decodes HTML entities and maps them back to the whole entity', () => {
    const input = 'Tom &amp; Jerry &#233;t&eacute; &lt;3';
    expect(fold(input).text).toBe('tom & jerry ete <3');
    expect(back(input, '&')).toBe('&amp;');
    expect(back(input, 'ete')).toBe('&#233;t&eacute;');
  });
  it('drops zero-width and bidi characters but keeps offsets right', () => {
    const input = 're\u200Bfund\u200D me\u202E now';
    expect(fold(input).text).toBe('refund me now');
    expect(back(input, 'refund')).toBe('re\u200Bfund');
  });
  it('maps look-alike Cyrillic and Greek letters to Latin', () => {
    expect(fold('rеfund уоu').text).toBe('refund you'); // Cyrillic е, у, о
    expect(fold('ΑΒΟ').text).toBe('abo');
  });
  it('unifies full-width forms, ligatures and quotes', () => {
    expect(fold('ｆｕｌｌ ﬁle œuvre “ok” – fin').text).toBe('full file oeuvre "ok" - fin');
  });
  it('collapses runs of spaces, tabs and line breaks to one space', () => {
    expect(fold('a  \t\n b').text).toBe('a b');
  });
  it('keeps emoji offsets whole (surrogate pairs)', () => {
    const input = '😀 refund 🙏 now';
    const f = fold(input);
    expect(back(input, 'refund')).toBe('refund');
    expect(f.text.length).toBeGreaterThan(0);
  });
  it('survives lone surrogates and control characters', () => {
    const input = 'a\uD800b\uDC00c\u0000d';
    const f = fold(input);
    expect(f.starts.length).toBe(f.text.length);
    for (let i = 0; i < f.text.length; i++) expect(f.ends[i]).toBeLessThanOrEqual(input.length);
  });
  it('maps an empty text to an empty range', () => {
    expect(toOriginal(fold(''), 0, 0)).toEqual([0, 0]);
  });
});
