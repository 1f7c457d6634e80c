import { describe, expect, it } from 'vitest';
import { PatternError, checkPattern, compileLexicons, expandMacros, scan } from '../../src/engine/patterns';

describe('lexicon compiler', () => {
  it('expands shared and local macros', () => {
    expect(expandMacros('{you} can', 'en')).toBe('(?:you|u|ya|yu) can');
    expect(expandMacros('{x} ok', 'en', { x: '{you}!' })).toBe('(?:(?:you|u|ya|yu)!) ok');
  });
  it('rejects unknown macros, capturing groups, back-references and nested quantifiers', () => {
    expect(() => expandMacros('{nope}', 'en')).toThrow(PatternError);
    expect(() => checkPattern('(a|b)')).toThrow(/capturing group/);
    expect(() => checkPattern('(?:a)\\1')).toThrow(/back-reference/);
    expect(() => checkPattern('(?:a+)+')).toThrow(/nested/);
    expect(() => checkPattern('(?:a')).toThrow(/invalid/);
    expect(() => checkPattern('(?:a|b) c\\(d\\)')).not.toThrow();
  });
  it('reports which entry matched, on word edges only', () => {
    const m = compileLexicons([
      { lang: 'en', topic: 't', entries: [{ re: 'sue', why: 'a' }, { re: 'refund', why: 'b' }] },
    ]);
    const found = scan(m, 'we refund you, not pursue or sue');
    expect(found.map((f) => [f.start, f.end, f.entry.why])).toEqual([
      [3, 9, 'b'],
      [29, 32, 'a'],
    ]);
  });
  it('cancels the sentence when an unless pattern is present', () => {
    const m = compileLexicons([{ lang: 'en', topic: 't', entries: [{ re: 'sign', why: 'a' }], unless: [{ re: 'not by text' }] }]);
    expect(scan(m, 'whether to sign, not by text')).toEqual([]);
    expect(scan(m, 'sign it')).toHaveLength(1);
  });
});
