/**
 * The options page's pure modules: checking a policy file before it is
 * stored, exporting the policy in force, the edits of the user's settings,
 * field checks, and the string tables.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_IDS } from '../../src/engine/types';
import { checkExamples } from '../../src/policy/examples';
import { effectiveSettings } from '../../src/policy/precedence';
import { checkPolicy, type Policy } from '../../src/policy/schema';
import { SITE_IDS } from '../../src/sites/types';
import { exportPolicy } from '../../src/options/export';
import { checkImport, lineColumn, syntaxPosition } from '../../src/options/import';
import { placeholderRow, recipientList, ruleEntries, ruleOnRow, setField, setPlaceholder, setRecipient, setRuleField, setSite, severityRow, siteRow, topRow, userRow } from '../../src/options/model';
import { OPTIONS_STRINGS, pageLang } from '../../src/options/strings';
import { checkDebounce, checkPlaceholder } from '../../src/options/validate';

const PHRASE_RULE = {
  id: 'no-guarantee',
  message: { en: 'Promises an outcome', fr: 'Promet un résultat' },
  severity: 'warn',
  match: { en: { anyOf: ['guarantee', 'guaranteed'], noneOf: ['cannot guarantee', "can't guarantee"] } },
  examples: { flag: ['I guarantee we will win.'], pass: ['We cannot guarantee any result.'] },
} as const;

const POLICY = {
  version: 1,
  profile: 'lawyer',
  rules: {
    'legal-advice': { severity: { default: 'warn', public: 'block' }, reasonToSend: true },
    'hostile-tone': { enabled: false },
    'policy:no-guarantee': { severity: 'block' },
  },
  phraseRules: [PHRASE_RULE],
  exceptions: [{ rule: 'personal-data', unless: { en: ['our office number'] } }],
  allowList: { phones: ['+1 514 555 0100'] },
  sites: { gmail: false },
  extraSites: ['https://helpdesk.example.com/*'],
  onGuardError: 'fail-closed',
  journal: { retentionDays: 90 },
  placeholders: { firm: 'Example Law' },
  locked: ['profile', 'rules'],
};

function policyOf(raw: unknown): Policy {
  const r = checkPolicy(raw);
  if (r.policy === null) throw new Error(JSON.stringify(r.errors));
  return r.policy;
}

describe('checkImport', () => {
  it('accepts a valid policy, with its warnings, and keeps the text to store', () => {
    const text = JSON.stringify({ ...POLICY, rules: { ...POLICY.rules, 'legal-advise': { enabled: false } } }, null, 2);
    const r = checkImport(text);
    expect(r.ok).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.policy?.phraseRules?.[0]?.id).toBe('no-guarantee');
    expect(r.warnings.map((w) => w.path)).toEqual(['rules.legal-advise']);
    expect(r.text).toBe(text);
  });

  it('drops a byte-order mark', () => {
    const r = checkImport('\uFEFF{"version": 1}');
    expect(r.ok).toBe(true);
    expect(r.text).toBe('{"version": 1}');
  });

  it('reports a JSON syntax error with its line and column', () => {
    const r = checkImport('{\n  "version": 1,\n  profile: "lawyer"\n}');
    expect(r.ok).toBe(false);
    expect(r.policy).toBeNull();
    expect(r.textProblem).toMatchObject({ kind: 'syntax', line: 3, column: 3 });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.path).toBe('(root)');
    expect(r.errors[0]?.message).toMatch(/line 3, column 3/);
  });

  it('places an early end of the file at its end', () => {
    const r = checkImport('{\n  "version": 1');
    expect(r.textProblem).toMatchObject({ kind: 'syntax', line: 2, column: 15 });
  });

  it('refuses an empty file', () => {
    expect(checkImport('  \n').textProblem).toEqual({ kind: 'empty' });
    expect(checkImport('').ok).toBe(false);
  });

  it('reports every schema error by its JSON path', () => {
    const r = checkImport(JSON.stringify({ version: 1, profile: 'judge', rules: { 'legal-advice': { severity: 'loud' } }, profil: 'x' }));
    expect(r.ok).toBe(false);
    expect(r.textProblem).toBeNull();
    expect(r.errors.map((e) => e.path).sort()).toEqual(['profil', 'profile', 'rules.legal-advice.severity']);
  });

  it('refuses a file that is JSON but not a policy object', () => {
    expect(checkImport('[1, 2]').errors.map((e) => e.path)).toEqual(['(root)']);
    expect(checkImport('{"version": 2}').errors.map((e) => e.path)).toEqual(['version']);
  });

  it("refuses a phrase rule whose own examples fail, by the example's path", () => {
    const bad = { ...PHRASE_RULE, examples: { flag: ['I guarantee we will win.', 'We promise a win.'], pass: ['We guarantee nothing.'] } };
    const r = checkImport(JSON.stringify({ version: 1, phraseRules: [bad] }));
    expect(r.ok).toBe(false);
    expect(r.policy).toBeNull();
    expect(r.errors.map((e) => e.path)).toEqual(['phraseRules[0].examples.flag[1]', 'phraseRules[0].examples.pass[0]']);
  });
});

describe('syntax positions', () => {
  it('reads the position from the messages of V8 and Firefox', () => {
    const text = 'ab\ncd\nef';
    expect(syntaxPosition(text, 'Unexpected token } in JSON at position 4')).toEqual({ line: 2, column: 2 });
    expect(syntaxPosition(text, "Expected ',' or '}' after property value in JSON at position 4 (line 2 column 2)")).toEqual({ line: 2, column: 2 });
    expect(syntaxPosition(text, 'JSON.parse: expected double-quoted property name at line 3 column 1 of the JSON data')).toEqual({ line: 3, column: 1 });
    expect(syntaxPosition(text, 'something else')).toBeNull();
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('a\nbc', 3)).toEqual({ line: 2, column: 2 });
  });
});

describe('exportPolicy', () => {
  function roundTrip(exported: Policy): Policy {
    const r = checkPolicy(JSON.parse(JSON.stringify(exported)));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    return r.policy as Policy;
  }

  it('exports the defaults as a valid version-1 policy naming every site and rule', () => {
    const out = roundTrip(exportPolicy(effectiveSettings(null, undefined), null));
    expect(out.version).toBe(1);
    expect(out.enabled).toBe(true);
    expect(out.profile).toBe('lawyer');
    expect(out.locale).toBeUndefined();
    expect(Object.keys(out.sites ?? {}).sort()).toEqual([...SITE_IDS].sort());
    expect(Object.values(out.sites ?? {}).every((v) => v === true)).toBe(true);
    expect(Object.keys(out.rules ?? {}).sort()).toEqual([...BUILTIN_RULE_IDS].sort());
    // No severity: each rule keeps its own, which depends on the channel and profile.
    for (const id of BUILTIN_RULE_IDS) expect(out.rules?.[id]).toEqual({ enabled: true });
  });

  it("exports the user's settings where there is no policy", () => {
    const user = {
      profile: 'social-care',
      locale: 'fr',
      enabled: false,
      sites: { whatsapp: false },
      placeholders: { phone: '+1 514 555 0199', firm: 'x'.repeat(250) },
      rules: { 'hostile-tone': { enabled: false }, 'legal-advice': { severity: 'info' }, 'legal-advise': { enabled: false } },
    };
    const out = roundTrip(exportPolicy(effectiveSettings(null, user), null));
    expect(out).toMatchObject({ profile: 'social-care', locale: 'fr', enabled: false, sites: { whatsapp: false, gmail: true } });
    // Too long for a policy: left out rather than making the file invalid.
    expect(out.placeholders).toEqual({ phone: '+1 514 555 0199' });
    expect(out.rules?.['hostile-tone']).toEqual({ enabled: false });
    expect(out.rules?.['legal-advice']).toEqual({ enabled: true, severity: 'info' });
    // An id nobody knows stays out.
    expect(out.rules?.['legal-advise']).toBeUndefined();
  });

  it("prefers the organisation's values and keeps everything else the policy carries", () => {
    const policy = policyOf(POLICY);
    const user = { profile: 'social-care', rules: { 'hostile-tone': { enabled: true }, 'case-strategy': { enabled: false } }, placeholders: { firm: 'Mine', phone: '555' } };
    const out = roundTrip(exportPolicy(effectiveSettings(policy, user), policy));
    expect(out.profile).toBe('lawyer');
    expect(out.rules?.['hostile-tone']).toEqual({ enabled: false });
    // Rules are locked: the user's switch does not count.
    expect(out.rules?.['case-strategy']).toEqual({ enabled: true });
    expect(out.rules?.['legal-advice']).toEqual({ enabled: true, severity: { default: 'warn', public: 'block' }, reasonToSend: true });
    expect(out.rules?.['policy:no-guarantee']).toEqual({ enabled: true, severity: 'block' });
    expect(out.sites?.gmail).toBe(false);
    // Placeholders are not locked: the organisation's firm, the user's phone.
    expect(out.placeholders).toEqual({ firm: 'Example Law', phone: '555' });
    expect(out.phraseRules).toEqual(policy.phraseRules);
    expect(out.exceptions).toEqual(policy.exceptions);
    expect(out.allowList).toEqual(policy.allowList);
    expect(out.extraSites).toEqual(['https://helpdesk.example.com/*']);
    expect(out.onGuardError).toBe('fail-closed');
    expect(out.journal).toEqual({ retentionDays: 90 });
    expect(out.locked).toEqual(['profile', 'rules']);
    expect(checkExamples(out)).toEqual([]);
  });

  it('gives the same settings in force when applied as a policy', () => {
    const policy = policyOf(POLICY);
    const user = { locale: 'en', sites: { 'x-post': false, whatsapp: false }, placeholders: { phone: '555' } };
    const before = effectiveSettings(policy, user);
    const after = effectiveSettings(roundTrip(exportPolicy(before, policy)), {});
    for (const k of ['enabled', 'profile', 'locale', 'placeholders'] as const) expect(after.settings[k]).toEqual(before.settings[k]);
    const site = (e: typeof before, id: string) => (e.settings.sites as Record<string, boolean>)[id] ?? true;
    for (const id of SITE_IDS) expect(site(after, id)).toBe(site(before, id));
    expect(site(after, 'whatsapp')).toBe(false);
    for (const id of BUILTIN_RULE_IDS) {
      expect(after.rules[id]?.enabled ?? true).toBe(before.rules[id]?.enabled ?? true);
      expect(after.rules[id]?.severity).toEqual(before.rules[id]?.severity);
    }
  });
});

describe("edits of the user's settings", () => {
  it('changes one field and keeps the others, including unknown ones', () => {
    const raw = { profile: 'lawyer', future: { a: 1 }, rules: { 'legal-advice': { enabled: false, severity: 'warn' } } };
    const out = setRuleField(raw, 'legal-advice', 'severity', 'block');
    expect(out).toEqual({ profile: 'lawyer', future: { a: 1 }, rules: { 'legal-advice': { enabled: false, severity: 'block' } } });
    // The stored object is not changed in place.
    expect(raw.rules['legal-advice'].severity).toBe('warn');
  });

  it('removes what goes back to the default, and empty groups with it', () => {
    expect(setRuleField({ rules: { 'legal-advice': { enabled: false } } }, 'legal-advice', 'enabled', undefined)).toEqual({});
    expect(setField({ debounceMs: 100, profile: 'lawyer' }, 'debounceMs', undefined)).toEqual({ profile: 'lawyer' });
    expect(setPlaceholder({ placeholders: { firm: 'A', phone: '1' } }, 'firm', '')).toEqual({ placeholders: { phone: '1' } });
    expect(setSite(undefined, 'gmail', false)).toEqual({ sites: { gmail: false } });
    expect(setRecipient({ recipients: { 'whatsapp:Marie': 'client' } }, 'whatsapp:Marie', undefined)).toEqual({});
    expect(setRecipient('garbage', 'x:Bob', 'prospect')).toEqual({ recipients: { 'x:Bob': 'prospect' } });
  });
});

describe('what the page shows', () => {
  const policy = policyOf(POLICY);

  it('gives every rule and site a value and a source, locked ones fixed', () => {
    const eff = effectiveSettings(policy, { rules: { 'case-strategy': { enabled: false } }, sites: { whatsapp: false }, highlights: 'overlay' });
    expect(ruleOnRow(eff, 'hostile-tone')).toMatchObject({ value: false, source: 'organisation', fixed: true });
    // Rules are locked: the user's switch is ignored, and the default shows as the organisation's.
    expect(ruleOnRow(eff, 'case-strategy')).toMatchObject({ value: true, source: 'default', locked: true, fixed: true });
    expect(ruleOnRow(eff, 'no-mandate')).toMatchObject({ value: true, fixed: true });
    expect(severityRow(eff, 'legal-advice').value).toEqual({ default: 'warn', public: 'block' });
    expect(siteRow(eff, 'gmail')).toMatchObject({ value: false, source: 'organisation', fixed: true });
    expect(siteRow(eff, 'whatsapp')).toMatchObject({ value: false, source: 'user', fixed: false });
    expect(siteRow(eff, 'linkedin')).toMatchObject({ value: true, source: 'default', fixed: false });
    expect(topRow(eff, 'profile')).toMatchObject({ value: 'lawyer', locked: true, fixed: true });
    expect(topRow(eff, 'highlights')).toMatchObject({ value: 'overlay', source: 'user', fixed: false });
    expect(placeholderRow(eff, 'firm')).toMatchObject({ value: 'Example Law', source: 'organisation', fixed: true });
    expect(placeholderRow(eff, 'phone')).toMatchObject({ value: undefined, source: 'default', fixed: false });
  });

  it("reads the user-only settings, an invalid stored value as the default", () => {
    expect(userRow({ debounceMs: 200 }, 'debounceMs')).toMatchObject({ value: 200, source: 'user' });
    expect(userRow({ debounceMs: 99999 }, 'debounceMs')).toMatchObject({ value: 60, source: 'default' });
    expect(userRow({}, 'defaultRecipient')).toMatchObject({ value: null, source: 'default' });
    expect(recipientList({ recipients: { 'x:b': 'prospect', 'whatsapp:a': 'client' } })).toEqual([
      { key: 'whatsapp:a', category: 'client' },
      { key: 'x:b', category: 'prospect' },
    ]);
  });

  it("lists the organisation's phrase rules after the built-in ones, named in the page's language", () => {
    const entries = ruleEntries(policy, 'fr');
    expect(entries.map((e) => e.id)).toEqual([...BUILTIN_RULE_IDS, 'policy:no-guarantee']);
    expect(entries.at(-1)?.firmName).toBe('Promet un résultat');
    const enOnly = policyOf({ version: 1, phraseRules: [{ ...PHRASE_RULE, message: { en: 'Promises' } }] });
    expect(ruleEntries(enOnly, 'fr').at(-1)?.firmName).toBe('Promises');
  });
});

describe('field checks', () => {
  it('takes a pause from 0 to 2000 ms, as a whole number only', () => {
    expect(checkDebounce('60')).toEqual({ ok: true, value: 60 });
    expect(checkDebounce(' 2000 ')).toEqual({ ok: true, value: 2000 });
    expect(checkDebounce('0')).toEqual({ ok: true, value: 0 });
    for (const bad of ['2001', '5000', '-1', '1e3', '60ms', '', '12.5', 'abc']) expect(checkDebounce(bad).ok).toBe(false);
  });

  it('holds placeholders to the limits a policy has', () => {
    expect(checkPlaceholder('phone', '')).toEqual({ ok: true, value: undefined });
    expect(checkPlaceholder('phone', ' +1 514 555 0100 ')).toEqual({ ok: true, value: '+1 514 555 0100' });
    expect(checkPlaceholder('phone', '1'.repeat(41))).toEqual({ ok: false, error: { kind: 'too-long', max: 40 } });
    expect(checkPlaceholder('firm', 'x'.repeat(201)).ok).toBe(false);
    expect(checkPlaceholder('bookingLink', 'example.com/book')).toEqual({ ok: false, error: { kind: 'web-address' } });
    expect(checkPlaceholder('bookingLink', 'javascript:alert(1)').ok).toBe(false);
    expect(checkPlaceholder('bookingLink', 'https://example.com/book').ok).toBe(true);
  });
});

describe('string tables', () => {
  /** Every entry of `en` exists in `fr` with the same shape, and nothing is empty. */
  function compare(en: unknown, fr: unknown, path: string): string[] {
    const problems: string[] = [];
    if (typeof en === 'function') {
      if (typeof fr !== 'function') return [`${path}: not a function in French`];
      for (const [lang, f] of [['en', en], ['fr', fr]] as const) {
        const out: unknown = (f as (...a: unknown[]) => unknown)(3, 4, 'detail');
        if (typeof out !== 'string' || out.trim() === '') problems.push(`${path} (${lang}): empty`);
      }
      return problems;
    }
    if (typeof en === 'string') {
      if (typeof fr !== 'string') return [`${path}: not a string in French`];
      if (en.trim() === '') problems.push(`${path} (en): empty`);
      if (fr.trim() === '') problems.push(`${path} (fr): empty`);
      return problems;
    }
    if (typeof en === 'object' && en !== null) {
      if (typeof fr !== 'object' || fr === null) return [`${path}: not an object in French`];
      const keys = new Set([...Object.keys(en), ...Object.keys(fr)]);
      for (const k of keys) {
        if (!(k in en)) problems.push(`${path}.${k}: only in French`);
        else if (!(k in fr)) problems.push(`${path}.${k}: missing in French`);
        else problems.push(...compare((en as Record<string, unknown>)[k], (fr as Record<string, unknown>)[k], `${path}.${k}`));
      }
      return problems;
    }
    return [`${path}: unexpected ${typeof en}`];
  }

  it('has every string in English and French', () => {
    expect(compare(OPTIONS_STRINGS.en, OPTIONS_STRINGS.fr, 'strings')).toEqual([]);
  });

  it('translates rather than copies', () => {
    const same = Object.entries(OPTIONS_STRINGS.en).filter(([k, v]) => typeof v === 'string' && v === (OPTIONS_STRINGS.fr as unknown as Record<string, unknown>)[k]);
    // Words that are the same in both languages.
    expect(same.map(([k]) => k).sort()).toEqual(['conversationColumn', 'conversationsTitle', 'policySourceLabel', 'sitesTitle']);
  });

  it("picks the page's language from the locale in force, else the browser's", () => {
    expect(pageLang('fr', 'en-US')).toBe('fr');
    expect(pageLang(null, 'fr-CA')).toBe('fr');
    expect(pageLang(null, 'FR')).toBe('fr');
    expect(pageLang(null, 'de-DE')).toBe('en');
    expect(pageLang(null, undefined)).toBe('en');
  });
});
