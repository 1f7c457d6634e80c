/**
 * Every built-in lexicon, checked the way the compiler would check a pattern
 * from a policy file. The engine skips these checks when it loads (they cost a
 * fair share of the cold start), so this test is what keeps a bad pattern out.
 */
import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/engine/lexicon/types';
import { renderLeadTable } from '../../src/engine/lexicon/lead-table';
import { checkPattern, compileLexicons, expandMacros, topAlternatives } from '../../src/engine/patterns';
import { readFileSync } from 'node:fs';

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
          checkPattern(expandMacros(p, lex.lang, lex.macros));
        } catch (e) {
          bad.push(`${p.slice(0, 80)}: ${(e as Error).message.slice(0, 300)}`);
        }
      }
      expect(bad).toEqual([]);
    });

    it('compiles with validation on', () => {
      expect(() => compileLexicons([lex], { validate: true })).not.toThrow();
    });

    it('keeps every alternative under the size where V8 stops optimising a regular expression', () => {
      // Past 20 KB of source V8 skips its regexp optimisations and scans get orders of magnitude slower.
      for (const p of [...lex.entries.map((e) => e.re), ...(lex.unless ?? []).map((u) => u.re)]) {
        for (const alt of topAlternatives(p)) expect(expandMacros(alt, lex.lang, lex.macros).length, alt.slice(0, 80)).toBeLessThan(20 * 1024);
      }
    });
  });

  it('have their leads in the generated table, as the lexicons say today (else run `npm run gen:leads`)', () => {
    const committed = readFileSync(new URL('../../src/engine/lexicon/generated/leads.ts', import.meta.url), 'utf8');
    expect(committed === renderLeadTable(), 'src/engine/lexicon/generated/leads.ts is stale: run `npm run gen:leads`').toBe(true);
  });
});
