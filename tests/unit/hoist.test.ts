/**
 * The compiler moves look-arounds that open a match behind the words they
 * guard (src/engine/hoist.ts). The rewrite must find exactly what the pattern
 * as written finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoistLookarounds, startsWithLookaround } from '../../src/engine/hoist';
import { PatternError, checkPattern, compileLexicons, scan } from '../../src/engine/patterns';

/** Every match of `source` wrapped as the compiler wraps an entry: [index, text]. */
function matches(source: string, text: string): [number, string][] {
  const re = new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'g');
  const out: [number, string][] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Patterns in the shapes the lexicons use. */
const PATTERNS = [
  '(?<=^|[.!?,] )calm down(?! period)',
  'whatever you say|(?<=^|[.!?,] )do whatever (?:you|u) want(?= ?[.!]|$)|cool story',
  '(?<!(?:not|never) )guaranteed',
  "(?<![smt]')(?<!(?:suis|etais) )(?:idiot|abruti)e?s?",
  '(?:(?<!(?:we|i) ))(?:don\'t|dont) (?:sign|talk)',
  '(?:lol )?(?:(?<=^|, )good luck|bad luck)',
  '(?:(?<!si )(?:tu as|vous avez) raison|on gagne)',
  '(?!(?:it|that) )(?:[a-z]+) (?:is|was) wrong',
  '(?<=[,;:-] )promise(?= ?[!.]|$)',
  'sue(?<!not sue)|(?<=^|[.!?] )(?:pathetic|duh)(?= ?[.!]|$)',
];

const ALPHABET = ['a', 'b', ' ', ',', '.', '!', '-', "'", 'not ', 'never ', 'we ', 'i ', 'si ', 'suis ', "s'", 'it ', 'that ', 'lol ', 'calm down', 'do whatever you want', 'whatever you say', 'guaranteed', 'idiot', 'abruti', "don't sign", 'dont talk', 'good luck', 'bad luck', 'tu as raison', 'vous avez raison', 'on gagne', 'x is wrong', 'it is wrong', 'promise', 'sue', 'pathetic', 'duh', ' period', 'u', 'cool story'];

describe('hoistLookarounds', () => {
  it('leaves patterns that open with words as they are', () => {
    expect(hoistLookarounds('you can (?<!not )sue')).toBe('you can (?<!not )sue');
    expect(startsWithLookaround('you can (?<!not )sue')).toBe(false);
  });

  it('moves every opening look-around behind the words', () => {
    for (const p of PATTERNS) {
      expect(startsWithLookaround(p), p).toBe(true);
      const hoisted = hoistLookarounds(p);
      expect(startsWithLookaround(hoisted), hoisted).toBe(false);
      expect(() => checkPattern(hoisted)).not.toThrow();
    }
  });

  it("hoists behind the first fixed element, here one letter", () => {
    expect(hoistLookarounds('(?<=^|, )calm down')).toBe('c(?<=(?<![a-z0-9])(?<=^|, )c)alm down');
  });

  it('finds exactly what the pattern as written finds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), fc.array(fc.constantFrom(...ALPHABET), { maxLength: 14 }), (p, parts) => {
        const text = parts.join('');
        expect(matches(hoistLookarounds(p), text)).toEqual(matches(p, text));
      }),
      { numRuns: 4000, seed: 7 },
    );
  });

  it('rejects a pattern whose look-around has nothing fixed to move behind', () => {
    expect(() => checkPattern('(?<=^)(?:a)?')).toThrow(PatternError);
  });

  it('is applied by the lexicon compiler', () => {
    const m = compileLexicons([{ lang: 'en', topic: 't', entries: [{ re: '(?<=^|[.!?] )calm down', why: 'x' }] }]);
    expect(m.chunks.every((c) => !startsWithLookaround(c.re.source.replace(/^\(\?<!\[a-z0-9\]\)/, '')))).toBe(true);
    expect(scan(m, 'ok. calm down').map((r) => [r.start, r.end])).toEqual([[4, 13]]);
    expect(scan(m, 'please calm down')).toEqual([]);
  });
});
