/**
 * The firm's policy as the engine applies it: its own phrase rules, exceptions
 * to built-in rules, the allow-list `personal-data` must respect, severities
 * that depend on the context, and the firm's replies.
 *
 * Phrases are matched word by word, never through regular expressions built
 * from policy text: a policy is compiled into hash maps keyed by a phrase's
 * first word, so 5 000 phrases cost no compilation and a sentence is read in
 * one pass whatever the policy's size, and nothing an admin writes can make
 * matching slow.
 *
 * The input is plain data (already validated by src/policy/schema.ts); the
 * engine does not depend on zod.
 */
import { fold, toOriginal, type Folded } from './normalize';
import type { BuiltinRuleId, Context, Hit, Lang, Severity, SeveritySpec } from './types';
import { LANGS } from './types';

type PerLang<T> = Partial<Record<Lang, T>>;

export interface PolicyConditions {
  anyOf?: readonly string[];
  allOf?: readonly string[];
  noneOf?: readonly string[];
}

export interface PolicyInput {
  rules?: Record<string, { enabled?: boolean; severity?: SeveritySpec; reasonToSend?: boolean; templates?: PerLang<readonly string[]> }>;
  phraseRules?: ReadonlyArray<{
    id: string;
    message: PerLang<string>;
    severity: SeveritySpec;
    match: PerLang<PolicyConditions>;
    templates?: PerLang<readonly string[]>;
  }>;
  /** Exceptions to built-in rules; one naming an unknown rule silences nothing. */
  exceptions?: ReadonlyArray<{ rule: string; unless: PerLang<readonly string[]> }>;
  allowList?: { phones?: readonly string[]; emails?: readonly string[]; domains?: readonly string[]; addresses?: readonly string[] };
}

// ---------------------------------------------------------------- words

interface Token {
  word: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** Words (runs of letters and digits) and single punctuation marks of folded text. */
function tokens(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(WORD)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** A phrase as words, folded like drafts are (case, accents, spacing and look-alikes ignored). */
export function phraseWords(phrase: string): string[] {
  return tokens(fold(phrase).text).map((t) => t.word);
}

interface Match {
  /** Which phrase set (see PhraseIndex.add) and which phrase in it. */
  set: number;
  id: number;
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

/**
 * Every phrase of a policy, looked up by first word: a sentence is read once
 * for all phrase sets together, whatever their number.
 */
class PhraseIndex {
  private readonly byFirst = new Map<string, { words: string[]; set: number; id: number }[]>();
  private sets = 0;

  /** Adds a set of phrases; returns its number, or -1 when none of them has a word. */
  add(phrases: readonly string[]): number {
    const set = this.sets;
    let n = 0;
    phrases.forEach((p, id) => {
      const words = phraseWords(p);
      const first = words[0];
      if (first === undefined) return;
      const list = this.byFirst.get(first);
      if (list === undefined) this.byFirst.set(first, [{ words, set, id }]);
      else list.push({ words, set, id });
      n++;
    });
    if (n === 0) return -1;
    this.sets++;
    return set;
  }

  /** Every occurrence of every phrase, grouped by set. */
  scan(ts: readonly Token[]): Map<number, Match[]> {
    const out = new Map<number, Match[]>();
    if (this.sets === 0) return out;
    for (let i = 0; i < ts.length; i++) {
      const candidates = this.byFirst.get(ts[i]!.word);
      if (candidates === undefined) continue;
      for (const c of candidates) {
        const last = i + c.words.length - 1;
        if (last >= ts.length) continue;
        let ok = true;
        for (let k = 1; k < c.words.length && ok; k++) ok = ts[i + k]!.word === c.words[k];
        if (!ok) continue;
        const m: Match = { set: c.set, id: c.id, start: ts[i]!.start, end: ts[last]!.end };
        const list = out.get(c.set);
        if (list === undefined) out.set(c.set, [m]);
        else list.push(m);
      }
    }
    return out;
  }
}

// ---------------------------------------------------------------- compiled policy

interface CompiledConditions {
  /** Phrase set numbers in the index (-1: not given). */
  anyOf: number;
  allOf: number;
  /** Distinct allOf phrases: each must be found. */
  allCount: number;
  noneOf: number;
}

export interface CompiledPhraseRule {
  id: `policy:${string}`;
  message: PerLang<string>;
  severity: SeveritySpec;
  match: PerLang<CompiledConditions>;
}

export interface CompiledPolicy {
  /** Changes whenever the policy does; part of the engine's cache keys. */
  readonly key: string;
  readonly phraseRules: readonly CompiledPhraseRule[];
  /** Per rule id (built-in or `policy:<id>`): on/off, severity, reason to send. */
  readonly rules: Readonly<Record<string, { enabled?: boolean; severity?: SeveritySpec; reasonToSend?: boolean }>>;
  /** Per rule id and language: the firm's replies. */
  readonly templates: ReadonlyMap<string, PerLang<readonly string[]>>;
  /** Phrase hits of a sentence (folded already, when the caller has it), cached by sentence text. */
  hits(sentence: string, lang: Lang, folded?: Folded): Hit[];
  /** Built-in rules an exception silences in this sentence. */
  silenced(sentence: string): ReadonlySet<BuiltinRuleId>;
  /** Whether a `personal-data` hit's words are on the firm's allow-list. */
  allowed(words: string): boolean;
  /** Forgets the per-sentence cache (benchmarks, like clearCache()). */
  clear(): void;
}

function compileConditions(index: PhraseIndex, c: PolicyConditions): CompiledConditions {
  // Two spellings that fold to the same words are one phrase: each must then be found once.
  const all = [...new Map((c.allOf ?? []).map((p) => [phraseWords(p).join(' '), p] as const)).entries()].filter(([w]) => w !== '').map(([, p]) => p);
  return { anyOf: index.add(c.anyOf ?? []), allOf: index.add(all), allCount: all.length, noneOf: index.add(c.noneOf ?? []) };
}

/** The ranges that make the sentence match the conditions, or none. */
function evaluate(c: CompiledConditions, found: ReadonlyMap<number, Match[]>): Match[] {
  if (c.noneOf >= 0 && found.has(c.noneOf)) return [];
  if (c.anyOf < 0 && c.allOf < 0) return [];
  const ranges: Match[] = [];
  if (c.anyOf >= 0) {
    const any = found.get(c.anyOf);
    if (any === undefined) return [];
    ranges.push(...any);
  }
  if (c.allOf >= 0) {
    const all = found.get(c.allOf);
    if (all === undefined || new Set(all.map((m) => m.id)).size < c.allCount) return [];
    ranges.push(...all);
  }
  return ranges;
}

/** FNV-1a over the policy's JSON: enough to tell two policies apart in a cache key. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const digits = (s: string) => s.replace(/\D/g, '');

/** Two phone numbers are the same line when their last nine digits agree (national and +country forms). */
function samePhone(a: string, b: string): boolean {
  const x = digits(a);
  const y = digits(b);
  if (x.length < 6 || y.length < 6) return false;
  if (x === y) return true;
  return x.length >= 9 && y.length >= 9 && x.slice(-9) === y.slice(-9);
}

const SENTENCE_CACHE = 2000;

export function compilePolicy(p: PolicyInput): CompiledPolicy {
  const key = hash(JSON.stringify(p));
  const index = new PhraseIndex();
  const seen = new Set<string>();
  const phraseRules: CompiledPhraseRule[] = [];
  for (const r of p.phraseRules ?? []) {
    if (seen.has(r.id)) continue; // the first definition wins (the validator warns)
    seen.add(r.id);
    const match: PerLang<CompiledConditions> = {};
    for (const lang of LANGS) {
      const c = r.match[lang];
      if (c !== undefined) match[lang] = compileConditions(index, c);
    }
    phraseRules.push({ id: `policy:${r.id}`, message: r.message, severity: r.severity, match });
  }

  const templates = new Map<string, PerLang<readonly string[]>>();
  for (const [id, cfg] of Object.entries(p.rules ?? {})) if (cfg.templates !== undefined) templates.set(id, cfg.templates);
  for (const r of p.phraseRules ?? []) if (r.templates !== undefined && !templates.has(`policy:${r.id}`)) templates.set(`policy:${r.id}`, r.templates);

  // An exception's phrases count in any language: it only ever takes a warning away.
  const exceptions = (p.exceptions ?? []).map((e) => ({ rule: e.rule, unless: index.add(LANGS.flatMap((l) => e.unless[l] ?? [])) })).filter((e) => e.unless >= 0);

  const allow = p.allowList ?? {};
  const phones = allow.phones ?? [];
  const emails = new Set((allow.emails ?? []).map((e) => e.trim().toLowerCase()));
  const domains = (allow.domains ?? []).map((d) => d.trim().toLowerCase());
  const addresses = (allow.addresses ?? []).map((a) => fold(a).text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).filter((a) => a !== '');

  // Per sentence: its words and what the policy found, first in first out.
  const cache = new Map<string, { found: Map<number, Match[]>; folded: Folded; hits: Map<Lang, Hit[]>; silenced?: Set<BuiltinRuleId> }>();
  const read = (sentence: string, given?: Folded) => {
    let got = cache.get(sentence);
    if (got === undefined) {
      const folded = given ?? fold(sentence);
      got = { found: index.scan(tokens(folded.text)), folded, hits: new Map() };
      cache.set(sentence, got);
      if (cache.size > SENTENCE_CACHE) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
    }
    return got;
  };

  return {
    key,
    phraseRules,
    rules: p.rules ?? {},
    templates,
    hits(sentence, lang, folded) {
      if (phraseRules.length === 0) return [];
      const s = read(sentence, folded);
      const done = s.hits.get(lang);
      if (done !== undefined) return done;
      const out: Hit[] = [];
      if (s.found.size === 0) {
        s.hits.set(lang, out);
        return out;
      }
      for (const r of phraseRules) {
        // The sentence's language decides which phrases apply; a rule written for one language only applies to all.
        const own = r.match[lang];
        for (const c of own !== undefined ? [own] : Object.values(r.match)) {
          if (c === undefined) continue;
          for (const { start, end } of evaluate(c, s.found)) {
            const [a, b] = toOriginal(s.folded, start, end);
            if (b > a) out.push({ ruleId: r.id, start: a, end: b, why: 'policy' });
          }
        }
      }
      s.hits.set(lang, out);
      return out;
    },
    silenced(sentence) {
      if (exceptions.length === 0) return EMPTY;
      const s = read(sentence);
      if (s.silenced === undefined) {
        s.silenced = new Set();
        for (const e of exceptions) if (s.found.has(e.unless)) s.silenced.add(e.rule as BuiltinRuleId);
      }
      return s.silenced;
    },
    allowed(words) {
      const w = words.trim();
      const lower = w.toLowerCase();
      if (phones.some((ph) => samePhone(ph, w))) return true;
      if (emails.has(lower)) return true;
      for (const d of domains) {
        if (lower.endsWith(`@${d}`) || lower.endsWith(`.${d}`) || lower === d) return true;
        const host = /^(?:https?:\/\/)?([^/?#:]+)/.exec(lower)?.[1];
        if (host !== undefined && (host === d || host.endsWith(`.${d}`))) return true;
      }
      if (addresses.length > 0) {
        const f = fold(w).text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
        if (f !== '' && addresses.some((a) => a.includes(f) || f.includes(a))) return true;
      }
      return false;
    },
    clear() {
      cache.clear();
    },
  };
}

const EMPTY: ReadonlySet<BuiltinRuleId> = new Set();

/**
 * The severity a spec gives in a context: the channel's (public or private)
 * if set, else the profile's, else `default`; undefined when the spec says
 * nothing for this context (the rule's own severity then applies).
 */
export function resolveSeverity(spec: SeveritySpec | undefined, ctx: Context): Severity | undefined {
  if (spec === undefined || typeof spec === 'string') return spec;
  return (ctx.channel === 'public' ? spec.public : spec.private) ?? spec[ctx.profile] ?? spec.default;
}

/** A rule's firm replies in a language, or in the other language when it has none in this one. */
function firmReplies(policy: CompiledPolicy | undefined, ruleId: string, lang: Lang): readonly string[] | undefined {
  const t = policy?.templates.get(ruleId);
  if (t === undefined) return undefined;
  return t[lang] ?? LANGS.map((l) => t[l]).find((x) => x !== undefined);
}

/** The firm's replies for a rule in a language (the other language's when none), as template ids. */
export function policyTemplateIds(policy: CompiledPolicy | undefined, ruleId: string, lang: Lang): string[] {
  return (firmReplies(policy, ruleId, lang) ?? []).map((_, i) => `firm:${ruleId}:${i}`);
}

/** The text of a `firm:<ruleId>:<i>` reply in a language, or undefined. */
export function policyTemplateText(policy: CompiledPolicy | undefined, id: string, lang: Lang): string | undefined {
  const m = /^firm:(.+):(\d+)$/.exec(id);
  if (m === null || policy === undefined) return undefined;
  return firmReplies(policy, m[1] ?? '', lang)?.[Number(m[2])];
}
