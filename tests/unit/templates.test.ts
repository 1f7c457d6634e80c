import { describe, expect, it } from 'vitest';
import { analyze, analyzeDraft } from '../../src/engine';
import { RULES } from '../../src/engine/rules';
import { splitSentences } from '../../src/engine/sentences';
import { PLACEHOLDERS, TEMPLATES, TEMPLATES_BY_ID, fillPlaceholders, renderTemplate, templatesFor, type Placeholder } from '../../src/engine/templates';
import { CHANNELS, LANGS, PROFILES, RECIPIENTS, type Context, type Finding, type Lang, type Profile } from '../../src/engine/types';

const CONTEXTS: Context[] = PROFILES.flatMap((profile) => RECIPIENTS.flatMap((recipient) => CHANNELS.map((channel) => ({ profile, recipient, channel }))));

/** Values the UI would put in, realistic enough for the detectors to see them. */
const SAMPLE: Record<Placeholder, string> = {
  name: 'Camille',
  firm: 'Roy & Keller',
  phone: '514-555-0142',
  bookingLink: 'https://example.com/book',
};

/**
 * Where a filled value may be flagged. The spec labels every phone number,
 * the firm's own included (the policy allow-lists it in the product), so the
 * sample number may raise personal-data, and only on its own characters.
 */
const MAY_FLAG: Partial<Record<Placeholder, string>> = { phone: 'personal-data' };

/** Minimum number of suggested replies per rule and profile (rules.md, "Suggested replies"). */
const MIN_TEMPLATES: Record<string, Record<Profile, number>> = {
  'legal-advice': { lawyer: 3, 'social-care': 1 },
  'case-strategy': { lawyer: 3, 'social-care': 1 },
  // A social-care agent has customers, not would-be clients.
  'no-mandate': { lawyer: 3, 'social-care': 0 },
  'binding-commitment': { lawyer: 3, 'social-care': 3 },
  'liability-admission': { lawyer: 3, 'social-care': 3 },
};
const WITHOUT_REPLIES = ['personal-data', 'hostile-tone'];

interface Rendered {
  text: string;
  /** Where each filled value sits in `text`. */
  filled: Array<{ key: Placeholder; start: number; end: number }>;
}

function renderWithSpans(text: string, values: Partial<Record<Placeholder, string>>): Rendered {
  const filled: Rendered['filled'] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    const key = m[1] as Placeholder;
    const value = values[key];
    out += text.slice(last, m.index);
    if (value === undefined) {
      out += m[0];
    } else {
      filled.push({ key, start: out.length, end: out.length + value.length });
      out += value;
    }
    last = m.index + m[0].length;
  }
  return { text: out + text.slice(last), filled };
}

function tolerated(f: Finding, r: Rendered): boolean {
  return r.filled.some((p) => MAY_FLAG[p.key] === f.ruleId && f.range[0] >= p.start && f.range[1] <= p.end);
}

function describeFinding(f: Finding, text: string): string {
  return `${f.ruleId} on "${text.slice(f.range[0], f.range[1])}"`;
}

const referenced = new Set(RULES.flatMap((r) => r.meta.templates));

describe('templates: catalogue', () => {
  it('ids are unique', () => {
    expect(TEMPLATES_BY_ID.size).toBe(TEMPLATES.length);
  });

  it('every template a rule suggests exists', () => {
    expect([...referenced].filter((id) => !TEMPLATES_BY_ID.has(id))).toEqual([]);
  });

  it('every template is suggested by at least one rule', () => {
    expect(TEMPLATES.map((t) => t.id).filter((id) => !referenced.has(id))).toEqual([]);
  });

  it('every template suits at least one profile', () => {
    for (const t of TEMPLATES) expect(t.profiles.length, t.id).toBeGreaterThan(0);
  });

  it('every rule but personal-data and hostile-tone has a minimum set of replies', () => {
    expect(RULES.map((r) => r.meta.id).filter((id) => !(id in MIN_TEMPLATES) && !WITHOUT_REPLIES.includes(id))).toEqual([]);
  });

  for (const [ruleId, mins] of Object.entries(MIN_TEMPLATES)) {
    for (const profile of PROFILES) {
      const min = mins[profile];
      if (min === 0) continue;
      it(`${ruleId} offers at least ${min} ${profile} replies`, () => {
        const rule = RULES.find((r) => r.meta.id === ruleId);
        expect(rule, `rule ${ruleId}`).toBeDefined();
        expect(templatesFor(rule?.meta.templates ?? [], profile).length).toBeGreaterThanOrEqual(min);
      });
    }
  }
});

describe('templates: texts', () => {
  for (const t of TEMPLATES) {
    it(`${t.id}: both languages, known placeholders, texting length`, () => {
      for (const lang of LANGS) {
        const text = t.text[lang];
        expect(text.trim().length, `${t.id} ${lang} is empty`).toBeGreaterThan(0);
        expect(text, `${t.id} ${lang} has spaces at its ends`).toBe(text.trim());
        const used = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(used.filter((k) => !(PLACEHOLDERS as readonly string[]).includes(k ?? '')), `${t.id} ${lang}: unknown placeholders`).toEqual([]);
        expect(text.replace(/\{(\w+)\}/g, ''), `${t.id} ${lang}: stray braces`).not.toMatch(/[{}]/);
        expect(splitSentences(text).length, `${t.id} ${lang}: 1 to 3 sentences`).toBeLessThanOrEqual(3);
        expect(text.length, `${t.id} ${lang}: texting length`).toBeLessThanOrEqual(250);
      }
      // Spacing before ? ! ; differs between Quebec, France and Switzerland: the French texts do without them.
      expect(t.text.fr, `${t.id} fr`).not.toMatch(/[?!;]/);
    });

    for (const lang of LANGS) {
      it(`${t.id}: the ${lang} text reads as ${lang}`, () => {
        expect(analyzeDraft(renderWithSpans(t.text[lang], SAMPLE).text, { profile: 'lawyer', recipient: 'client', channel: 'private-encrypted' }).lang).toBe(lang);
      });
    }
  }
});

describe('templates: rendering', () => {
  const withAll = TEMPLATES.find((t) => LANGS.every((l) => t.text[l].includes('{name}') && t.text[l].includes('{phone}')));

  it('fills the given values', () => {
    expect(withAll, 'a template using {name} and {phone}').toBeDefined();
    if (!withAll) return;
    const out = renderTemplate(withAll.id, 'en', { name: 'Camille', phone: '555-0100' });
    expect(out).toBe(withAll.text.en.replaceAll('{name}', 'Camille').replaceAll('{phone}', '555-0100'));
    expect(out).not.toMatch(/\{name\}|\{phone\}/);
  });

  it('leaves missing and empty values as typed', () => {
    if (!withAll) return;
    expect(renderTemplate(withAll.id, 'fr')).toBe(withAll.text.fr);
    expect(renderTemplate(withAll.id, 'fr', { name: '', phone: undefined })).toBe(withAll.text.fr);
  });

  it('leaves unknown placeholders as typed, and fills in one pass', () => {
    expect(fillPlaceholders('Hi {name}, see {nickname} at {constructor}', { name: 'Camille' })).toBe('Hi Camille, see {nickname} at {constructor}');
    const sneaky = { name: 'Camille', nickname: 'Cam' } as Partial<Record<Placeholder, string>>;
    expect(fillPlaceholders('{name} {nickname}', sneaky)).toBe('Camille {nickname}');
    expect(fillPlaceholders('{name} / {phone}', { name: '{phone}', phone: '1' })).toBe('{phone} / 1');
    expect(fillPlaceholders('{name}', { name: '$& $1' })).toBe('$& $1');
  });

  it('returns undefined for an unknown template id', () => {
    expect(renderTemplate('no-such.template', 'en')).toBeUndefined();
  });
});

describe('templates: templatesFor', () => {
  const lawyerId = TEMPLATES.find((t) => t.profiles.includes('lawyer') && !t.profiles.includes('social-care'))?.id ?? '';
  const careId = TEMPLATES.find((t) => t.profiles.includes('social-care') && !t.profiles.includes('lawyer'))?.id ?? '';
  const lawyerIds = TEMPLATES.filter((t) => t.profiles.includes('lawyer')).map((t) => t.id);

  it('keeps only the templates of the profile, in the given order, and drops unknown ids', () => {
    expect(lawyerId).not.toBe('');
    expect(careId).not.toBe('');
    expect(templatesFor([careId, lawyerId, 'no-such.template'], 'lawyer')).toEqual([lawyerId]);
    expect(templatesFor([lawyerId, careId], 'social-care')).toEqual([careId]);
    const reversed = [...lawyerIds].reverse();
    expect(templatesFor(reversed, 'lawyer')).toEqual(reversed);
    expect(templatesFor([], 'lawyer')).toEqual([]);
  });
});

// The key test: a suggested reply must never raise a warning itself, in any context.
describe('templates: pass the engine clean in every context', () => {
  const renderings: Array<[string, Partial<Record<Placeholder, string>>]> = [
    ['as written', {}],
    ['filled', SAMPLE],
  ];
  for (const t of TEMPLATES) {
    for (const lang of LANGS as readonly Lang[]) {
      for (const [how, values] of renderings) {
        it(`${t.id} (${lang}, ${how})`, () => {
          const r = renderWithSpans(t.text[lang], values);
          expect(r.text).toBe(renderTemplate(t.id, lang, values));
          const problems: string[] = [];
          for (const ctx of CONTEXTS) {
            for (const f of analyze(r.text, ctx)) {
              if (!tolerated(f, r)) problems.push(`${ctx.profile}/${ctx.recipient}/${ctx.channel}: ${describeFinding(f, r.text)}`);
            }
          }
          expect(problems, r.text).toEqual([]);
        });
      }
    }
  }
});
