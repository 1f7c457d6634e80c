/**
 * A phrase rule's own examples, run the way the extension would: each draft
 * under `flag` must raise the rule, each under `pass` must not. `prudence
 * policy validate` reports every example that fails, with its JSON path.
 */
import { analyze } from '../engine/analyze';
import { compilePolicy } from '../engine/policy';
import type { Context } from '../engine/types';
import type { Policy, PolicyProblem } from './schema';

/** Phrase rules speak in every context; only their severity depends on it. */
const CONTEXT: Context = { profile: 'lawyer', recipient: 'client', channel: 'private-unencrypted' };

export function checkExamples(policy: Policy): PolicyProblem[] {
  const rules = policy.phraseRules ?? [];
  if (!rules.some((r) => r.examples !== undefined)) return [];
  const compiled = compilePolicy(policy);
  const problems: PolicyProblem[] = [];
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    // A duplicate id is ignored by the engine (the first wins): its examples would test the other rule.
    if (seen.has(r.id)) return;
    seen.add(r.id);
    const id = `policy:${r.id}`;
    const raises = (text: string) => analyze(text, CONTEXT, { policy: compiled, rules: { [id]: { enabled: true } } }).some((f) => f.ruleId === id);
    r.examples?.flag?.forEach((text, j) => {
      if (!raises(text)) problems.push({ path: `phraseRules[${i}].examples.flag[${j}]`, message: `"${r.id}" does not flag this example: add the phrase it uses to match.anyOf or match.allOf, or check match.noneOf` });
    });
    r.examples?.pass?.forEach((text, j) => {
      if (raises(text)) problems.push({ path: `phraseRules[${i}].examples.pass[${j}]`, message: `"${r.id}" flags this example it should pass: add the wording that makes it safe to match.noneOf` });
    });
  });
  return problems;
}
