import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandMacros } from '../../src/engine/patterns';
import { INFLECTIONS } from '../../src/engine/lexicon/generated/inflections';
import { VERB_LEMMAS } from '../../src/engine/lexicon/verbs';

describe('generated verb forms', () => {
  it('match the lemma list and the generator (run `npm run gen:inflections` when this fails)', async () => {
    // @ts-expect-error: a plain ES module without type declarations
    const { generate, OUT } = (await import('../../scripts/gen-inflections.mjs')) as { generate: () => Promise<string>; OUT: string };
    expect(readFileSync(OUT, 'utf8')).toBe(await generate());
  });
  it('cover every lemma with its own form', () => {
    const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    for (const lang of ['en', 'fr'] as const) {
      for (const lemma of VERB_LEMMAS[lang]) expect(INFLECTIONS[lang][fold(lemma)]).toContain(fold(lemma));
    }
  });
  it('expand in patterns as {v:lemma}', () => {
    const re = new RegExp(`^${expandMacros('{v:poursuivre}', 'fr')}$`);
    for (const w of ['poursuivez', 'poursuis', 'poursuivra', 'poursuivre']) expect(re.test(w)).toBe(true);
    expect(new RegExp(`^${expandMacros('{v:sue}', 'en')}$`).test('sued')).toBe(true);
    expect(() => expandMacros('{v:nope}', 'en')).toThrow(/no generated forms/);
  });
});
