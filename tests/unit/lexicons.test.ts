/**
 * Every built-in lexicon, checked the way the compiler would check a pattern
 * from a policy file. The engine skips these checks when it loads (they cost a
 * fair share of the cold start), so this test is what keeps a bad pattern out.
 */
import { describe, expect, it } from 'vitest';
import { startsWithLookaround } from '../../src/engine/hoist';
import type { Lexicon } from '../../src/engine/lexicon/types';
import { checkPattern, compileLexicons, expandMacros } from '../../src/engine/patterns';
import { hoistLookarounds } from '../../src/engine/hoist';

const modules = import.meta.glob<Record<string, unknown>>('../../src/engine/lexicon/{en,fr}/*.ts', { eager: true });

function isLexicon(v: unknown): v is Lexicon {
  return typeof v === 'object' && v !== null && Array.isArray((v as Lexicon).entries) && typeof (v as Lexicon).lang === 'string';
}

const lexicons: [string, Lexicon][] = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod).filter(([, v]) => isLexicon(v)).map(([name, v]) => [`${file.replace(/^.*lexicon\//, '')} ${name}`, v as Lexicon] as [string, Lexicon]),
);

describe('built-in lexicons', () => {
  it('are all found (one or two per topic and language)', () => {
    expect(lexicons.length).toBeGreaterThanOrEqual(14);
  });

  describe.each(lexicons)('%s', (_name, lex) => {
    it('every entry and canceller passes checkPattern once compiled', () => {
      const bad: string[] = [];
      for (const p of [...lex.entries.map((e) => e.re), ...(lex.unless ?? []).map((u) => u.re)]) {
        try {
          checkPattern(hoistLookarounds(expandMacros(p, lex.lang, lex.macros)));
        } catch (e) {
          bad.push(`${p.slice(0, 80)}: ${(e as Error).message.slice(0, 300)}`);
        }
      }
      expect(bad).toEqual([]);
    });

    it('compiles with validation on, and no chunk opens with a look-around', () => {
      const m = compileLexicons([lex], { validate: true });
      for (const c of m.chunks) expect(startsWithLookaround(c.re.source.replace(/^\(\?<!\[a-z0-9\]\)/, ''))).toBe(false);
    });
  });
});
