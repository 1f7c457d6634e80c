/**
 * The lead index (src/engine/leads.ts) may only ever skip a pattern where it
 * cannot match. These tests read leads off small patterns, then check the
 * indexed scan against the plain reading of every built-in entry (one global
 * search per entry) on real, fixture and random text: any lead that is too
 * narrow shows up as a missed match.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LeadReader, patternLeads } from '../../src/engine/leads';
import type { RuleFixtures } from '../../src/engine/fixtures';
import type { Lexicon } from '../../src/engine/lexicon/types';
import { fold } from '../../src/engine/normalize';
import { compileLexicons, expandMacros, scan, topAlternatives, type RawMatch } from '../../src/engine/patterns';
import '../../src/engine/rules';
import { ruleLexicons } from '../../src/engine/rule';

const MACROS: Record<string, string> = { you: 'you|u', gap: '(?:[^ .!?]+ ){0,2}', self: 'a{self}' };
const FORMS: Record<string, readonly string[]> = { sue: ['sue', 'sued', 'sues', 'suing'] };

function leadsOf(pattern: string, depth = 3): string[] | null {
  const shared = new Map<number, Map<string, ReadonlySet<string>>>();
  const readers = (d: number) => {
    let memo = shared.get(d);
    if (memo === undefined) shared.set(d, (memo = new Map()));
    return new LeadReader({ macro: (n) => MACROS[n], forms: (l) => FORMS[l] }, d, memo, () => false);
  };
  return patternLeads(pattern, readers, depth)?.sort() ?? null;
}

describe('leads of a pattern', () => {
  it('are the first characters of every way the pattern can start', () => {
    expect(leadsOf('you can')).toEqual(['you']);
    expect(leadsOf('(?:you|u) can')).toEqual(['u c', 'you']);
    expect(leadsOf('{you} can')).toEqual(['u c', 'you']);
    expect(leadsOf('i')).toEqual(['i']);
    expect(leadsOf('we?')).toEqual(['w', 'we']);
  });

  it('look past optional parts, look-arounds and anchors', () => {
    expect(leadsOf('(?:just )?sue')).toEqual(['jus', 'sue']);
    expect(leadsOf('(?<!not )sue')).toEqual(['sue']);
    expect(leadsOf('(?<=^|[.!?] )calm down')).toEqual(['cal']);
    expect(leadsOf('^\\bok')).toEqual(['ok']);
    expect(leadsOf('(?:a ){0,2}b')).toEqual(['a a', 'a b', 'b']);
  });

  it('list small classes, escapes and verb forms', () => {
    expect(leadsOf('[ab]c')).toEqual(['ac', 'bc']);
    expect(leadsOf('\\$5')).toEqual(['$5']);
    expect(leadsOf('{v:sue} them')).toEqual(['sue', 'sui']);
    expect(leadsOf('\\d')).toHaveLength(10);
  });

  it('stop before what is too broad to list', () => {
    expect(leadsOf('ab[a-z]+')).toEqual(['ab']);
    expect(leadsOf('ab.c')).toEqual(['ab']);
    expect(leadsOf('no[^ ]*')).toEqual(['no']);
    expect(leadsOf('{gap}now')).toBeNull();
    expect(leadsOf('[a-z]+ly')).toBeNull();
    expect(leadsOf('.*')).toBeNull();
  });

  it('get shorter when the set would be too large, and survive a macro that refers to itself', () => {
    const leads = leadsOf('\\d\\d\\d\\d days');
    expect(leads).not.toBeNull();
    expect(leads?.every((l) => l.length <= 2)).toBe(true);
    expect(leadsOf('{self}')).toEqual(['a']);
  });
});

describe('top-level alternatives', () => {
  it('split a pattern where one of its alternatives must match, looking into a group around the whole', () => {
    expect(topAlternatives('a|b')).toEqual(['a', 'b']);
    expect(topAlternatives('(?:a|(?:b|c))')).toEqual(['a', '(?:b|c)']);
    expect(topAlternatives('(?:a|b) c')).toEqual(['(?:a|b) c']);
    expect(topAlternatives('(?:a|b)?')).toEqual(['(?:a|b)?']);
    expect(topAlternatives('[|]x|y')).toEqual(['[|]x', 'y']);
    expect(topAlternatives('\\|x|y')).toEqual(['\\|x', 'y']);
  });
});

// ---------------------------------------------------------------- the index against the plain reading

/** Every lexicon the built-in rules use. */
const LEXICONS = ruleLexicons();

/** Per lexicon: one global search per entry, and its cancellers as one search. */
const plain = new Map<Lexicon, { entries: RegExp[]; unless: RegExp | null }>();
const edged = (body: string, flags: string) => new RegExp(`(?<![a-z0-9])(?:${body})(?![a-z0-9])`, flags);

/** Matches of every entry from a word edge to a word edge, sorted as the scan returns them. */
function plainScan(lex: Lexicon, folded: string): Array<[number, number, string]> {
  let p = plain.get(lex);
  if (p === undefined) {
    const unless = (lex.unless ?? []).map((u) => expandMacros(u.re, lex.lang, lex.macros));
    p = { entries: lex.entries.map((e) => edged(expandMacros(e.re, lex.lang, lex.macros), 'g')), unless: unless.length > 0 ? edged(unless.join('|'), '') : null };
    plain.set(lex, p);
  }
  if (p.unless?.test(folded) === true) return [];
  const out: Array<[number, number, number]> = [];
  p.entries.forEach((re, k) => {
    for (const m of folded.matchAll(re)) if (m[0].length > 0) out.push([m.index, m.index + m[0].length, k]);
  });
  out.sort((a, b) => a[0] - b[0] || a[2] - b[2]);
  return out.map(([s, e, k]) => [s, e, lex.entries[k]?.re ?? '']);
}

const matchers = LEXICONS.map((lex) => ({ lex, m: compileLexicons([lex], { validate: false }) }));

function indexedScan(m: ReturnType<typeof compileLexicons>, folded: string): Array<[number, number, string]> {
  return scan(m, folded).map((r: RawMatch) => [r.start, r.end, r.entry.re]);
}

function corpusTexts(): string[] {
  const out: string[] = [];
  for (const name of ['dev', 'real']) {
    try {
      for (const line of readFileSync(new URL(`../../../shared/corpus/${name}.jsonl`, import.meta.url), 'utf8').split('\n')) {
        if (line.trim() !== '') out.push((JSON.parse(line) as { text: string }).text);
      }
    } catch {
      // The corpus lives beside the project; the rule fixtures and the random texts below still run without it.
    }
  }
  return out;
}

const fixtureModules = import.meta.glob<{ fixtures: RuleFixtures }>('../../src/engine/rules/*.fixtures.ts', { eager: true });
const FIXTURE_TEXTS = Object.values(fixtureModules).flatMap((m) => [...m.fixtures.valid, ...m.fixtures.invalid].map((f) => f.text));

describe('the lead index', () => {
  it('finds exactly what a plain search of every entry finds, on the corpus and the rule fixtures', () => {
    const texts = [...corpusTexts(), ...FIXTURE_TEXTS];
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) {
      const folded = fold(text).text;
      for (const { lex, m } of matchers) expect(indexedScan(m, folded), `${lex.lang} ${lex.topic} on ${JSON.stringify(text.slice(0, 80))}`).toEqual(plainScan(lex, folded));
    }
  });

  it('finds exactly what a plain search finds on random mixes of lexicon words', () => {
    const words = [...new Set(LEXICONS.flatMap((l) => l.entries.flatMap((e) => e.re.match(/[a-z']{2,}/g) ?? [])))];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ' ', ' ', '. ', ', ', "'s ", '12 ', '4 ', '! '));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const folded = fold(parts.join(' ')).text;
        for (const { m, lex } of matchers) expect(indexedScan(m, folded)).toEqual(plainScan(lex, folded));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
