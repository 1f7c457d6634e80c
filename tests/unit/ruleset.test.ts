/**
 * One test over the whole rule set: ids, catalogue text, messages, lexicon
 * keys, fixtures, README catalogue, and the rule book's own examples.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { RULES } from '../../src/engine/rules';
import type { RuleFixtures } from '../../src/engine/fixtures';
import type { Lexicon } from '../../src/engine/lexicon/types';
import { EN_BINDING_COMMITMENT } from '../../src/engine/lexicon/en/binding-commitment';
import { EN_CASE_STRATEGY } from '../../src/engine/lexicon/en/case-strategy';
import { EN_HOSTILE_TONE } from '../../src/engine/lexicon/en/hostile-tone';
import { EN_LEGAL_ADVICE } from '../../src/engine/lexicon/en/legal-advice';
import { EN_LIABILITY_ADMISSION } from '../../src/engine/lexicon/en/liability-admission';
import { EN_NO_MANDATE } from '../../src/engine/lexicon/en/no-mandate';
import { EN_PERSONAL_DATA } from '../../src/engine/lexicon/en/personal-data';
import { FR_BINDING_COMMITMENT } from '../../src/engine/lexicon/fr/binding-commitment';
import { FR_CASE_STRATEGY } from '../../src/engine/lexicon/fr/case-strategy';
import { FR_HOSTILE_TONE } from '../../src/engine/lexicon/fr/hostile-tone';
import { FR_LEGAL_ADVICE } from '../../src/engine/lexicon/fr/legal-advice';
import { FR_LIABILITY_ADMISSION } from '../../src/engine/lexicon/fr/liability-admission';
import { FR_NO_MANDATE } from '../../src/engine/lexicon/fr/no-mandate';
import { FR_PERSONAL_DATA } from '../../src/engine/lexicon/fr/personal-data';
import { BUILTIN_RULE_IDS, CHANNELS, LANGS, PROFILES, RECIPIENTS, SEVERITIES, type BuiltinRuleId, type Context } from '../../src/engine/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README_PATH = resolve(ROOT, 'README.md');
const SPEC_PATH = resolve(ROOT, '../shared/spec/rules.md');

const LEXICONS: Record<BuiltinRuleId, { en: Lexicon; fr: Lexicon }> = {
  'legal-advice': { en: EN_LEGAL_ADVICE, fr: FR_LEGAL_ADVICE },
  'case-strategy': { en: EN_CASE_STRATEGY, fr: FR_CASE_STRATEGY },
  'no-mandate': { en: EN_NO_MANDATE, fr: FR_NO_MANDATE },
  'binding-commitment': { en: EN_BINDING_COMMITMENT, fr: FR_BINDING_COMMITMENT },
  'liability-admission': { en: EN_LIABILITY_ADMISSION, fr: FR_LIABILITY_ADMISSION },
  'personal-data': { en: EN_PERSONAL_DATA, fr: FR_PERSONAL_DATA },
  'hostile-tone': { en: EN_HOSTILE_TONE, fr: FR_HOSTILE_TONE },
};

const fixtureModules = import.meta.glob<{ fixtures: RuleFixtures }>('../../src/engine/rules/*.fixtures.ts', { eager: true });

const CONTEXTS: Context[] = PROFILES.flatMap((profile) => RECIPIENTS.flatMap((recipient) => CHANNELS.map((channel) => ({ profile, recipient, channel }))));

/** Placeholders analyze() fills in a `why` line. */
const WHY_PLACEHOLDERS = new Set(['words', 'rule']);

function isBuiltin(id: string): id is BuiltinRuleId {
  return (BUILTIN_RULE_IDS as readonly string[]).includes(id);
}

describe('rule set: ids', () => {
  it('are unique and equal to BUILTIN_RULE_IDS, in order', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...BUILTIN_RULE_IDS]);
  });

  it('derived rules build on known rules', () => {
    const ids = new Set<string>(RULES.map((r) => r.meta.id));
    for (const r of RULES) for (const src of r.meta.derivedFrom ?? []) expect(ids.has(src), `${r.meta.id} derives from ${src}`).toBe(true);
  });
});

for (const rule of RULES) {
  const { meta } = rule;
  const id = meta.id;

  describe(`rule ${id}: metadata`, () => {
    it('has a catalogue description', () => {
      expect(meta.description.trim().length).toBeGreaterThan(0);
    });

    it('has en and fr messages with a default why, the same why keys in both', () => {
      for (const lang of LANGS) {
        const m = meta.messages[lang];
        expect(m, `${lang} messages`).toBeDefined();
        expect(m.message.trim().length, `${lang} message`).toBeGreaterThan(0);
        expect(m.why.default?.trim().length ?? 0, `${lang} default why`).toBeGreaterThan(0);
        for (const [key, line] of Object.entries(m.why)) {
          expect(line.trim().length, `${lang} why.${key}`).toBeGreaterThan(0);
          expect(line, `${lang} why.${key} quotes the flagged words`).toContain('{words}');
          const unknown = [...line.matchAll(/\{(\w+)\}/g)].map((x) => x[1] ?? '').filter((k) => !WHY_PLACEHOLDERS.has(k));
          expect(unknown, `${lang} why.${key}: unknown placeholders`).toEqual([]);
        }
      }
      expect(Object.keys(meta.messages.fr.why).sort()).toEqual(Object.keys(meta.messages.en.why).sort());
    });

    if (meta.derivedFrom?.length) {
      it('explains each rule it derives from', () => {
        for (const lang of LANGS) for (const src of meta.derivedFrom ?? []) expect(Object.keys(meta.messages[lang].why), lang).toContain(`from:${src}`);
      });
    }

    it('gives a known severity in every context', () => {
      for (const ctx of CONTEXTS) expect(SEVERITIES, JSON.stringify(ctx)).toContain(meta.severity(ctx));
    });

    it('has lexicons whose why keys exist in its messages', () => {
      expect(isBuiltin(id), `${id} is a built-in id`).toBe(true);
      if (!isBuiltin(id)) return;
      for (const lang of LANGS) {
        const lex = LEXICONS[id][lang];
        expect(lex.lang, `${lang} lexicon language`).toBe(lang);
        expect(lex.topic, `${lang} lexicon topic`).toBe(id);
        for (const e of lex.entries) {
          for (const msgLang of LANGS) expect(Object.keys(meta.messages[msgLang].why), `${lang} entry /${e.re}/: why "${e.why}" in ${msgLang} messages`).toContain(e.why);
        }
      }
    });

    it('has fixtures with at least one invalid and one valid case', () => {
      const mod = fixtureModules[`../../src/engine/rules/${id}.fixtures.ts`];
      expect(mod, `src/engine/rules/${id}.fixtures.ts`).toBeDefined();
      if (!mod) return;
      const { valid, invalid } = mod.fixtures;
      expect(invalid.filter((f) => !f.skip).length, 'invalid cases (not skipped)').toBeGreaterThan(0);
      expect(valid.filter((f) => !f.skip).length, 'valid cases (not skipped)').toBeGreaterThan(0);
      const unflagged = invalid.filter((f) => !f.skip && !(f.flagged && f.flagged.length > 0)).map((f) => f.text);
      expect(unflagged, 'invalid cases without `flagged`').toEqual([]);
    });

    it('is listed in the README rule catalogue', () => {
      expect(existsSync(README_PATH), `${README_PATH} not found`).toBe(true);
      const readme = existsSync(README_PATH) ? readFileSync(README_PATH, 'utf8') : '';
      const row = new RegExp(`^\\|\\s*\`${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\`\\s*\\|`, 'm');
      expect(readme, `README.md has no catalogue row starting with | \`${id}\` |`).toMatch(row);
    });
  });
}

// ---------------------------------------------------------------------------
// The rule book's own examples (shared/spec/rules.md) really behave as stated.

interface SpecExamples {
  flags: string[];
  passes: string[];
}

/**
 * Reads the "- Flags" and "- Does not flag" bullets of each "### `<id>`"
 * section. A bullet runs over its continuation lines; examples are the
 * double-quoted strings in it, separated by " / ".
 */
function parseSpecExamples(md: string): Map<string, SpecExamples> {
  const out = new Map<string, SpecExamples>();
  let current: SpecExamples | undefined;
  let bullet: string[] | undefined;
  let kind: keyof SpecExamples | undefined;

  const flush = (): void => {
    if (current && bullet && kind) {
      for (const m of bullet.join(' ').matchAll(/"([^"]+)"/g)) current[kind].push((m[1] ?? '').replace(/\s+/g, ' ').trim());
    }
    bullet = undefined;
    kind = undefined;
  };

  for (const line of md.split(/\r?\n/)) {
    const heading = /^(#{1,6})\s/.exec(line);
    if (heading) {
      flush();
      const id = /^###\s+`([^`]+)`/.exec(line)?.[1];
      current = id === undefined ? undefined : { flags: [], passes: [] };
      if (id !== undefined && current) out.set(id, current);
      continue;
    }
    if (!current) continue;
    if (line.startsWith('- ')) {
      flush();
      if (/^- Flags\b/.test(line)) kind = 'flags';
      else if (/^- Does not flag\b/.test(line)) kind = 'passes';
      bullet = [line];
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    bullet?.push(line.trim());
  }
  flush();
  return out;
}

/** The context each section's examples are judged in. */
const SPEC_CONTEXT: Record<BuiltinRuleId, Context> = {
  'legal-advice': { profile: 'lawyer', recipient: 'client', channel: 'private-encrypted' },
  'case-strategy': { profile: 'lawyer', recipient: 'client', channel: 'private-encrypted' },
  'no-mandate': { profile: 'lawyer', recipient: 'prospect', channel: 'private-encrypted' },
  'binding-commitment': { profile: 'social-care', recipient: 'customer', channel: 'public' },
  'liability-admission': { profile: 'social-care', recipient: 'customer', channel: 'public' },
  'personal-data': { profile: 'social-care', recipient: 'customer', channel: 'public' },
  'hostile-tone': { profile: 'social-care', recipient: 'customer', channel: 'public' },
};

function flaggedBy(text: string, ruleId: string, ctx: Context): string[] {
  return analyze(text, ctx)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => text.slice(f.range[0], f.range[1]));
}

describe('rules.md examples', () => {
  if (!existsSync(SPEC_PATH)) {
    it.skip(`skipped: the rule book is not at ${SPEC_PATH} (../shared/spec/rules.md from the repo root)`, () => {});
    return;
  }
  const spec = parseSpecExamples(readFileSync(SPEC_PATH, 'utf8'));

  it('documents every built-in rule, each with examples both ways', () => {
    for (const id of BUILTIN_RULE_IDS) {
      const ex = spec.get(id);
      expect(ex, `section ### \`${id}\``).toBeDefined();
      expect(ex?.flags.length ?? 0, `${id}: "Flags" examples`).toBeGreaterThan(0);
      expect(ex?.passes.length ?? 0, `${id}: "Does not flag" examples`).toBeGreaterThan(0);
    }
  });

  for (const id of BUILTIN_RULE_IDS) {
    const ex = spec.get(id);
    if (!ex) continue;
    const ctx = SPEC_CONTEXT[id];
    const where = `${ctx.profile}/${ctx.recipient}/${ctx.channel}`;
    describe(`${id} (${where})`, () => {
      for (const text of ex.flags) {
        it(`flags: ${text}`, () => {
          expect(flaggedBy(text, id, ctx).length, `${id} must fire`).toBeGreaterThan(0);
        });
      }
      for (const text of ex.passes) {
        it(`does not flag: ${text}`, () => {
          expect(flaggedBy(text, id, ctx)).toEqual([]);
        });
      }
    });
  }

  // "Never raised when the recipient is a client or a customer."
  const noMandate = spec.get('no-mandate');
  if (noMandate) {
    for (const ctx of [SPEC_CONTEXT['legal-advice'], SPEC_CONTEXT['binding-commitment']]) {
      it(`no-mandate stays silent for a ${ctx.recipient}`, () => {
        for (const text of noMandate.flags) expect(flaggedBy(text, 'no-mandate', ctx), text).toEqual([]);
      });
    }
  }
});
