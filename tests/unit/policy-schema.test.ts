/**
 * The policy schema (src/policy/schema.ts): what a valid policy looks like,
 * and what an admin is told about an invalid one (JSON path and reason).
 */
import { describe, expect, it } from 'vitest';
import { checkPolicy, policyJsonSchema } from '../../src/policy/schema';

const FULL = {
  version: 1,
  enabled: true,
  profile: 'lawyer',
  rules: {
    'legal-advice': { severity: { default: 'warn', public: 'block' }, reasonToSend: true, templates: { en: ['Hi {name}, let us talk by phone at {phone}.'], fr: ['Bonjour {name}, parlons-en au {phone}.'] } },
    'hostile-tone': { enabled: false },
    'policy:no-guarantee': { severity: 'block' },
  },
  phraseRules: [
    {
      id: 'no-guarantee',
      message: { en: 'Promises an outcome', fr: 'Promet un résultat' },
      severity: 'warn',
      match: { en: { anyOf: ['guarantee', 'guaranteed'], noneOf: ['cannot guarantee', "can't guarantee"] }, fr: { anyOf: ['je vous garantis'] } },
      templates: { en: ['Happy to discuss the odds by phone: {phone}.'] },
      examples: { flag: ['I guarantee we will win.'], pass: ['We cannot guarantee any result.'] },
    },
  ],
  exceptions: [{ rule: 'personal-data', unless: { en: ['our office number'] } }],
  allowList: { phones: ['+1 514 555 0100'], domains: ['example-law.ca'] },
  sites: { gmail: false },
  extraSites: ['https://helpdesk.example.com/*'],
  onGuardError: 'fail-open',
  journal: { retentionDays: 90 },
  placeholders: { firm: 'Example Law', phone: '+1 514 555 0100', bookingLink: 'https://example-law.ca/book' },
  locale: 'fr',
  locked: ['profile', 'rules'],
};

function paths(input: unknown): string[] {
  return checkPolicy(input).errors.map((e) => e.path);
}

describe('checkPolicy', () => {
  it('accepts a policy that uses every setting, with no warning', () => {
    const r = checkPolicy(FULL);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.policy?.phraseRules?.[0]?.id).toBe('no-guarantee');
  });

  it('accepts the smallest policy', () => {
    expect(checkPolicy({ version: 1 }).errors).toEqual([]);
  });

  it('names the JSON path of each error', () => {
    expect(paths({ ...FULL, version: 2 })).toEqual(['version']);
    expect(paths({ version: 1, rules: { 'legal-advice': { severity: 'loud' } } })).toEqual(['rules.legal-advice.severity']);
    expect(paths({ version: 1, phraseRules: [{ ...FULL.phraseRules[0], id: 'Bad Id' }] })).toEqual(['phraseRules[0].id']);
    expect(paths({ version: 1, profile: 'judge', sites: { myspace: true } })).toEqual(['profile', 'sites.myspace']);
  });

  it('refuses placeholders that do not exist, and says which exist', () => {
    const r = checkPolicy({ version: 1, rules: { 'legal-advice': { templates: { en: ['Call {lawyer} at {phone}'] } } } });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.path).toBe('rules.legal-advice.templates.en[0]');
    expect(r.errors[0]?.message).toMatch(/unknown placeholder \{lawyer\}.*\{name\}/);
  });

  it('refuses unknown keys, so a typo is not silently ignored', () => {
    expect(paths({ version: 1, profil: 'lawyer' })).toEqual(['profil']);
    expect(checkPolicy({ version: 1, profil: 'lawyer' }).errors[0]?.message).toMatch(/unknown setting "profil"/);
  });

  it('warns about unknown rule ids without refusing the policy', () => {
    const r = checkPolicy({ version: 1, rules: { 'legal-advise': { enabled: false }, 'policy:missing': { enabled: false } } });
    expect(r.errors).toEqual([]);
    expect(r.policy).not.toBeNull();
    expect(r.warnings.map((w) => w.path)).toEqual(['rules.legal-advise', 'rules.policy:missing']);
  });

  it('warns about a phrase rule defined twice', () => {
    const rule = FULL.phraseRules[0];
    expect(checkPolicy({ version: 1, phraseRules: [rule, rule] }).warnings.map((w) => w.path)).toEqual(['phraseRules[1].id']);
  });

  it('refuses oversized input quickly instead of choking on it', () => {
    const t0 = performance.now();
    expect(paths({ version: 1, phraseRules: [{ ...FULL.phraseRules[0], match: { en: { anyOf: Array.from({ length: 100_000 }, (_, i) => `w${i}`) } } }] })).toEqual(['phraseRules[0].match.en.anyOf']);
    expect(paths({ version: 1, placeholders: { firm: 'x'.repeat(1_000_000) } })).toEqual(['placeholders.firm']);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('needs a phrase rule to say what it matches, with letters in its phrases', () => {
    const base = FULL.phraseRules[0];
    expect(paths({ version: 1, phraseRules: [{ ...base, match: { en: { noneOf: ['x'] } } }] })).toEqual(['phraseRules[0].match.en']);
    expect(paths({ version: 1, phraseRules: [{ ...base, match: { en: { anyOf: ['(a+)+$'] } } }] })).toEqual([]);
    expect(paths({ version: 1, phraseRules: [{ ...base, match: { en: { anyOf: ['.*+?'] } } }] })).toEqual(['phraseRules[0].match.en.anyOf[0]']);
  });

  it('rejects what is not an object at all with one clear error', () => {
    for (const bad of [null, 42, 'policy', [], undefined]) expect(paths(bad)).toEqual(['(root)']);
  });
});

describe('policyJsonSchema', () => {
  it('describes every top-level setting', () => {
    const schema = policyJsonSchema() as { properties: Record<string, unknown>; required?: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['version', 'rules', 'phraseRules', 'exceptions', 'allowList', 'sites', 'extraSites', 'onGuardError', 'journal', 'placeholders', 'locked']));
    expect(schema.required).toEqual(['version']);
  });
});
