/**
 * A rule is metadata plus a pure check over one sentence. The check never
 * sees the context: what a sentence says is cached once, and the context
 * (profile, recipient, channel) only decides later whether and how loudly a
 * rule speaks.
 */
import type { Folded } from './normalize';
import { compileLexicons, primeNext, scanAll, type Matcher, type RawMatch } from './patterns';
import type { Lexicon } from './lexicon/types';
import type { Context, Hit, Lang, RuleId, Severity } from './types';

export interface Sentence {
  /** The sentence as typed. */
  text: string;
  /** The folded sentence and its map back to `text`. */
  folded: Folded;
  lang: Lang;
}

export interface Messages {
  /** The rule's one-line message, and its `why` lines keyed by id; `{words}` is the flagged text. */
  message: string;
  why: Record<string, string>;
}

export interface RuleFixture {
  text: string;
  context?: Partial<Context>;
  /** For invalid cases: the exact flagged words, in order of appearance. */
  flagged?: string[];
  /** Set when the case is a known miss or false alarm kept on purpose. */
  skip?: string;
}

export interface RuleMeta {
  id: RuleId;
  /** `phrase`: lexicon matching; `detector`: code (validators, shape); `derived`: built from other rules' hits. */
  kind: 'phrase' | 'detector' | 'derived';
  /** One sentence for the catalogue. */
  description: string;
  messages: Record<Lang, Messages>;
  /** Template ids offered as replies, best first. */
  templates: string[];
  /** The default severity for a context. */
  severity(ctx: Context): Severity;
  /** Whether the rule speaks at all in this context (default: always). */
  appliesTo?(ctx: Context): boolean;
  /** For `derived` rules: the rules whose hits also count as this rule's. */
  derivedFrom?: RuleId[];
}

export interface Rule {
  meta: RuleMeta;
  /** Pure: one sentence in, raw hits out (offsets relative to the sentence). */
  check(s: Sentence): Hit[];
  /** check() over several sentences, in order; faster than one call per sentence. */
  checkAll(ss: readonly Sentence[]): Hit[][];
}

/** Turns matcher output into hits with offsets in each sentence as typed. */
function hitsFromAll(ruleId: RuleId, m: Matcher, ss: readonly Sentence[]): Hit[][] {
  const raws = scanAll(m, ss.map((s) => s.folded.text));
  return ss.map((s, i) => toHits(ruleId, s, raws[i] ?? []));
}

function toHits(ruleId: RuleId, s: Sentence, raws: readonly RawMatch[]): Hit[] {
  const out: Hit[] = [];
  for (const raw of raws) {
    const [start, end] = trimRange(s.text, s.folded.starts[raw.start] ?? 0, s.folded.ends[raw.end - 1] ?? 0);
    if (end > start) out.push({ ruleId, start, end, why: raw.entry.why });
  }
  return out;
}

const EDGE_JUNK = /[\s.,;:!?'"()[\]{}«»“”‘’-]/;

/** Drops spaces and punctuation at either end of a range. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && EDGE_JUNK.test(text[start] ?? '')) start++;
  while (end > start && EDGE_JUNK.test(text[end - 1] ?? '')) end--;
  return [start, end];
}

/** A rule made only of lexicons. */
export function phraseRule(meta: RuleMeta, lexicons: readonly Lexicon[]): Rule {
  return detectorRule(meta, lexicons, []);
}

/** A rule made of lexicons plus code detectors (validators, shape tests). */
export function detectorRule(meta: RuleMeta, lexicons: readonly Lexicon[], detectors: ReadonlyArray<(s: Sentence) => Hit[]>): Rule {
  const matcher = compileLexicons(lexicons, { validate: false });
  MATCHERS.push(matcher);
  LEXICONS.push(...lexicons);
  const checkAll = (ss: readonly Sentence[]) => {
    const all = hitsFromAll(meta.id, matcher, ss);
    ss.forEach((s, i) => {
      const hits = all[i];
      if (hits !== undefined) for (const d of detectors) for (const h of d(s)) hits.push(h);
    });
    return all;
  };
  return { meta, checkAll, check: (s) => checkAll([s])[0] ?? [] };
}

/** The matchers of every rule built so far, for warmUpStep(). */
const MATCHERS: Matcher[] = [];
/** The lexicons of every rule built so far, for the lead table (lexicon/lead-table.ts) and its tests. */
const LEXICONS: Lexicon[] = [];

/** Every lexicon the built-in rules use (the rules are built when src/engine/rules is imported). */
export function ruleLexicons(): readonly Lexicon[] {
  return LEXICONS;
}

/**
 * One step of warming the engine up: compiles a few lexicon patterns, and returns
 * false once everything is compiled. A page calls it from idle callbacks so
 * that the first draft analysed costs no compilation.
 */
export function warmUpStep(): boolean {
  for (const m of MATCHERS) if (primeNext(m)) return true;
  return false;
}
