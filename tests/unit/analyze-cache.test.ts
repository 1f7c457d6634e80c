import { describe, expect, it } from 'vitest';
import { analyze, clearCache } from '../../src/engine';
import type { Context } from '../../src/engine/types';

const client: Context = { profile: 'lawyer', recipient: 'client', channel: 'private-encrypted' };
const prospect: Context = { ...client, recipient: 'prospect' };
const draft = 'See you at 10. Honestly I would sue the city, you have six months to file.';

describe('per-sentence cache', () => {
  it('gives the same findings as a cold analysis whatever the order of contexts and settings', () => {
    const rules = (ctx: Context, off = false) => analyze(draft, ctx, off ? { rules: { 'legal-advice': { enabled: false } } } : {}).map((f) => `${f.ruleId}@${f.range.join('-')}`);
    clearCache();
    const coldClient = rules(client);
    clearCache();
    const coldProspect = rules(prospect);
    clearCache();
    const coldOff = rules(prospect, true);
    expect(coldProspect.some((r) => r.startsWith('no-mandate'))).toBe(true);
    expect(coldClient.some((r) => r.startsWith('no-mandate'))).toBe(false);
    for (let i = 0; i < 3; i++) {
      expect(rules(client)).toEqual(coldClient);
      expect(rules(prospect)).toEqual(coldProspect);
      expect(rules(prospect, true)).toEqual(coldOff);
    }
  });
  it('shifts cached ranges when text before the sentence changes', () => {
    const a = analyze(draft, prospect);
    const b = analyze(`Hello! ${draft}`, prospect);
    expect(b.map((f) => f.range[0] - 7)).toEqual(a.map((f) => f.range[0]));
    b[0]?.suggestions.push('mutated');
    expect(analyze(draft, prospect)[0]?.suggestions).not.toContain('mutated');
  });
});
