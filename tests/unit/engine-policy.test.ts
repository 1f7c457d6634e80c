/**
 * The firm's policy inside the engine: phrase rules with any/all/none of,
 * exceptions to built-in rules, the personal-data allow-list, severities by
 * context, the firm's replies, and caching that follows policy changes.
 */
import { describe, expect, it } from 'vitest';
import { analyze, compilePolicy, renderTemplate, resolveSeverity, type Context, type PolicyInput } from '../../src/engine';

const lawyerPrivate: Context = { profile: 'lawyer', recipient: 'client', channel: 'private-encrypted' };
const carePublic: Context = { profile: 'social-care', recipient: 'customer', channel: 'public' };

const noGuarantee: PolicyInput = {
  phraseRules: [
    {
      id: 'no-guarantee',
      message: { en: 'Never promise an outcome.', fr: 'Ne promettez jamais un résultat.' },
      severity: { default: 'warn', public: 'block' },
      match: {
        en: { anyOf: ['guarantee', 'guaranteed', 'promise you'], noneOf: ['cannot guarantee', "can't guarantee", 'no guarantee'] },
        fr: { anyOf: ['garantis', 'garanti', 'je vous promets'], noneOf: ['ne peux pas garantir', 'aucune garantie'] },
      },
      templates: { en: ['Hi {name}, let us talk it over by phone: {phone}.'], fr: ['Bonjour {name}, parlons-en au téléphone : {phone}.'] },
    },
  ],
};

const words = (text: string, fs: ReturnType<typeof analyze>, id: string) => fs.filter((f) => f.ruleId === id).map((f) => text.slice(f.range[0], f.range[1]));

describe('policy phrase rules', () => {
  const policy = compilePolicy(noGuarantee);

  it('flags a phrase with the rule id, its message and the exact words', () => {
    const text = 'Thanks for the documents. We guarantee the result next week.';
    const fs = analyze(text, lawyerPrivate, { policy });
    expect(words(text, fs, 'policy:no-guarantee')).toEqual(['guarantee']);
    const f = fs.find((x) => x.ruleId === 'policy:no-guarantee');
    expect(f?.message).toBe('Never promise an outcome.');
    expect(f?.severity).toBe('warn');
    expect(f?.why).toContain('“guarantee”');
  });

  it('passes a sentence with a noneOf phrase ("we cannot guarantee")', () => {
    const text = 'We cannot guarantee the result, but we will do our best.';
    expect(words(text, analyze(text, lawyerPrivate, { policy }), 'policy:no-guarantee')).toEqual([]);
  });

  it('matches whole words only, ignoring case, accents and spacing', () => {
    expect(words('Guarantees are in the contract.', analyze('Guarantees are in the contract.', lawyerPrivate, { policy }), 'policy:no-guarantee')).toEqual([]);
    const text = 'I   PROMISE   you it will be fine.';
    expect(words(text, analyze(text, lawyerPrivate, { policy }), 'policy:no-guarantee')).toEqual(['PROMISE   you']);
  });

  it('uses the sentence language: French phrases in French sentences', () => {
    const text = 'Je vous garantis que le dossier sera réglé avant l’été.';
    const fs = analyze(text, lawyerPrivate, { policy, locale: 'fr' });
    expect(words(text, fs, 'policy:no-guarantee')).toEqual(['garantis']);
    expect(fs.find((f) => f.ruleId === 'policy:no-guarantee')?.message).toBe('Ne promettez jamais un résultat.');
    const pass = 'Je ne peux pas garantir le résultat, je suis désolé.';
    expect(words(pass, analyze(pass, lawyerPrivate, { policy }), 'policy:no-guarantee')).toEqual([]);
  });

  it('applies the severity by channel', () => {
    const text = 'We guarantee a refund within 24 hours.';
    expect(analyze(text, carePublic, { policy }).find((f) => f.ruleId === 'policy:no-guarantee')?.severity).toBe('block');
  });

  it('needs every allOf phrase in the same sentence', () => {
    const p = compilePolicy({
      phraseRules: [{ id: 'fee-talk', message: { en: 'Fees are discussed in the engagement letter.' }, severity: 'info', match: { en: { allOf: ['fee', 'discount'] } } }],
    });
    const both = 'We can give you a discount on the fee this month.';
    expect(words(both, analyze(both, lawyerPrivate, { policy: p }), 'policy:fee-talk').sort()).toEqual(['discount', 'fee']);
    const split = 'The fee is fixed. There is a discount in the shop downstairs.';
    expect(words(split, analyze(split, lawyerPrivate, { policy: p }), 'policy:fee-talk')).toEqual([]);
  });

  it('offers the firm replies first, in the draft language, with placeholders filled', () => {
    const text = 'We guarantee the result.';
    const f = analyze(text, lawyerPrivate, { policy }).find((x) => x.ruleId === 'policy:no-guarantee');
    expect(f?.suggestions[0]).toBe('firm:policy:no-guarantee:0');
    expect(renderTemplate(f?.suggestions[0] ?? '', 'en', { name: 'Ana', phone: '514 555 0100' }, policy)).toBe('Hi Ana, let us talk it over by phone: 514 555 0100.');
    expect(renderTemplate(f?.suggestions[0] ?? '', 'fr', { name: 'Ana' }, policy)).toBe('Bonjour Ana, parlons-en au téléphone : {phone}.');
    expect(renderTemplate('firm:policy:no-guarantee:0', 'en', {})).toBeUndefined();
  });

  it('switches off through the rules section, and the cache follows the policy', () => {
    const text = 'We guarantee the result.';
    expect(words(text, analyze(text, lawyerPrivate, { policy }), 'policy:no-guarantee')).toHaveLength(1);
    const off = compilePolicy({ ...noGuarantee, rules: { 'policy:no-guarantee': { enabled: false } } });
    expect(off.key).not.toBe(policy.key);
    expect(words(text, analyze(text, lawyerPrivate, { policy: off }), 'policy:no-guarantee')).toEqual([]);
    expect(words(text, analyze(text, lawyerPrivate, {}), 'policy:no-guarantee')).toEqual([]);
  });

  it('keeps the first of two rules with the same id', () => {
    const p = compilePolicy({
      phraseRules: [
        { id: 'x', message: { en: 'first' }, severity: 'warn', match: { en: { anyOf: ['alpha'] } } },
        { id: 'x', message: { en: 'second' }, severity: 'block', match: { en: { anyOf: ['beta'] } } },
      ],
    });
    const text = 'alpha and beta went to town.';
    const fs = analyze(text, lawyerPrivate, { policy: p }).filter((f) => f.ruleId === 'policy:x');
    expect(fs.map((f) => [f.message, text.slice(f.range[0], f.range[1])])).toEqual([['first', 'alpha']]);
  });
});

describe('built-in rules under a policy', () => {
  const advice = 'You should sue your landlord for the deposit.';

  it('a policy severity by profile and a switch-off reach built-in rules', () => {
    expect(analyze(advice, lawyerPrivate).find((f) => f.ruleId === 'legal-advice')?.severity).toBe('warn');
    const strict = compilePolicy({ rules: { 'legal-advice': { severity: { lawyer: 'block' } } } });
    expect(analyze(advice, lawyerPrivate, { policy: strict }).find((f) => f.ruleId === 'legal-advice')?.severity).toBe('block');
    const off = compilePolicy({ rules: { 'legal-advice': { enabled: false } } });
    expect(analyze(advice, lawyerPrivate, { policy: off }).some((f) => f.ruleId === 'legal-advice')).toBe(false);
  });

  it('settings given with the call win over the policy (the guard resolves precedence before)', () => {
    const strict = compilePolicy({ rules: { 'legal-advice': { severity: 'block' } } });
    expect(analyze(advice, lawyerPrivate, { policy: strict, rules: { 'legal-advice': { severity: 'info' } } }).find((f) => f.ruleId === 'legal-advice')?.severity).toBe('info');
  });

  it('an exception silences a built-in rule in sentences with its phrase, and only there', () => {
    const p = compilePolicy({ exceptions: [{ rule: 'legal-advice', unless: { en: ['as discussed at the meeting'] } }] });
    const excepted = 'As discussed at the meeting, you should sue your landlord for the deposit.';
    expect(analyze(excepted, lawyerPrivate).some((f) => f.ruleId === 'legal-advice')).toBe(true);
    expect(analyze(excepted, lawyerPrivate, { policy: p }).some((f) => f.ruleId === 'legal-advice')).toBe(false);
    expect(analyze(advice, lawyerPrivate, { policy: p }).some((f) => f.ruleId === 'legal-advice')).toBe(true);
  });

  it('the allow-list keeps the firm contact details out of personal-data', () => {
    const text = 'Call us at 514 555 0199 or write to accueil@cabinet-exemple.ca. Her number is 514 555 0142.';
    const before = words(text, analyze(text, carePublic), 'personal-data');
    expect(before.length).toBeGreaterThanOrEqual(2);
    const p = compilePolicy({ allowList: { phones: ['+1 (514) 555-0199'], domains: ['cabinet-exemple.ca'] } });
    const after = words(text, analyze(text, carePublic, { policy: p }), 'personal-data');
    expect(after.some((w) => w.includes('0199'))).toBe(false);
    expect(after.some((w) => w.includes('cabinet-exemple'))).toBe(false);
    expect(after.some((w) => w.includes('0142'))).toBe(true);
  });
});

describe('resolveSeverity', () => {
  it('channel beats profile beats default; nothing said gives undefined', () => {
    const spec = { default: 'info', lawyer: 'warn', public: 'block' } as const;
    expect(resolveSeverity(spec, carePublic)).toBe('block');
    expect(resolveSeverity(spec, lawyerPrivate)).toBe('warn');
    expect(resolveSeverity(spec, { ...carePublic, channel: 'private-unencrypted' })).toBe('info');
    expect(resolveSeverity({ public: 'block' }, lawyerPrivate)).toBeUndefined();
    expect(resolveSeverity('warn', carePublic)).toBe('warn');
  });
});
