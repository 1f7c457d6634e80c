import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { RULES } from '../../src/engine/rules';
import type { RuleFixtures } from '../../src/engine/fixtures';
import type { Context } from '../../src/engine/types';

const fixtureModules = import.meta.glob<{ fixtures: RuleFixtures }>('../../src/engine/rules/*.fixtures.ts', { eager: true });

function fixturesOf(id: string): RuleFixtures {
  const mod = fixtureModules[`../../src/engine/rules/${id}.fixtures.ts`];
  if (!mod) throw new Error(`no fixtures for ${id}`);
  return mod.fixtures;
}

const BASE: Context = { profile: 'lawyer', recipient: 'client', channel: 'private-encrypted' };

for (const rule of RULES) {
  const id = rule.meta.id;
  describe(`rule ${id}`, () => {
    const { valid, invalid } = fixturesOf(id);
    for (const fx of invalid) {
      const run = fx.skip ? it.skip : it;
      run(`flags: ${fx.text.slice(0, 70)}${fx.skip ? ` (known miss: ${fx.skip})` : ''}`, () => {
        const findings = analyze(fx.text, { ...BASE, ...fx.context }).filter((f) => f.ruleId === id);
        expect(findings.length, 'the rule must fire').toBeGreaterThan(0);
        if (fx.flagged) expect(findings.map((f) => fx.text.slice(f.range[0], f.range[1]))).toEqual(fx.flagged);
        for (const f of findings) expect(f.why.length).toBeGreaterThan(0);
      });
    }
    for (const fx of valid) {
      const run = fx.skip ? it.skip : it;
      run(`passes: ${fx.text.slice(0, 70)}${fx.skip ? ` (known false alarm: ${fx.skip})` : ''}`, () => {
        const findings = analyze(fx.text, { ...BASE, ...fx.context }).filter((f) => f.ruleId === id);
        expect(findings.map((f) => fx.text.slice(f.range[0], f.range[1]))).toEqual([]);
      });
    }
  });
}
