/**
 * analyze(text, context, settings) -> Finding[]
 *
 * Sentence-level work is context-free and cached by sentence text, so typing
 * in a long draft only re-reads the sentence being typed. The context and the
 * settings are applied afterwards, on the cached hits.
 */
import { fold } from './normalize';
import { splitSentences } from './sentences';
import { langOf, langScore } from './lang';
import { RULES, RULES_BY_ID } from './rules';
import type { Rule, Sentence } from './rule';
import { templatesFor } from './templates';
import type { Context, Finding, Hit, Lang, RuleId, Settings, Severity } from './types';

interface SentenceResult {
  /** Hits of every rule, offsets relative to the sentence. */
  hits: Hit[];
  langScore: number;
  /** Findings already built from `hits`, ranges relative to the sentence, by context and settings. */
  built?: Map<string, Finding[]>;
}

/** How many context/settings combinations a sentence keeps built findings for. */
const BUILT_LIMIT = 4;

/** Per-sentence results, most recent last (a Map keeps insertion order). */
const cache = new Map<string, SentenceResult>();
const CACHE_LIMIT = 4000;

/**
 * The context-free reading of each sentence, from the cache or read now.
 * Sentences not in the cache are read together, rule by rule (see scanAll).
 */
function readSentences(texts: readonly string[], rules: readonly Rule[]): SentenceResult[] {
  // First-in, first-out: refreshing an entry on every hit would cost more than
  // the occasional re-read of an evicted sentence.
  const results: (SentenceResult | undefined)[] = texts.map((t) => cache.get(t));
  const missing: Sentence[] = [];
  const scores: number[] = [];
  const queued = new Map<string, number>();
  texts.forEach((text, i) => {
    if (results[i] !== undefined || queued.has(text)) return;
    queued.set(text, missing.length);
    const folded = fold(text);
    const score = langScore(folded.text, text);
    missing.push({ text, folded, lang: langOf(score, 'en') });
    scores.push(score);
  });
  if (missing.length > 0) {
    const hits: Hit[][] = missing.map(() => []);
    for (const rule of rules) {
      rule.checkAll(missing).forEach((found, j) => {
        const into = hits[j];
        if (into !== undefined) for (const h of found) into.push(h);
      });
    }
    const made = missing.map((s, j) => {
      const result: SentenceResult = { hits: hits[j] ?? [], langScore: scores[j] ?? 0 };
      cache.set(s.text, result);
      if (cache.size > CACHE_LIMIT) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return result;
    });
    // Repeated sentences share the reading of their first occurrence.
    texts.forEach((text, i) => {
      const j = queued.get(text);
      if (results[i] === undefined && j !== undefined) results[i] = made[j];
    });
  }
  return results.map((r) => r ?? { hits: [], langScore: 0 });
}

export function clearCache(): void {
  cache.clear();
}

export interface Analysis {
  findings: Finding[];
  /** Main language of the draft. */
  lang: Lang;
}

export function analyze(text: string, context: Context, settings: Settings = {}): Finding[] {
  return analyzeDraft(text, context, settings).findings;
}

export function analyzeDraft(text: string, context: Context, settings: Settings = {}): Analysis {
  if (typeof text !== 'string') throw new TypeError('analyze: text must be a string');
  const spans = splitSentences(text);
  const perSentence = readSentences(spans.map((sp) => text.slice(sp.start, sp.end)), RULES);
  const total = perSentence.reduce((a, r) => a + r.langScore, 0);
  const draftLang = langOf(total, 'en');
  const locale = settings.locale ?? 'en';

  // What each rule needs for this call, worked out once rather than per sentence.
  const active = RULES.flatMap((rule) => {
    const id = rule.meta.id;
    const ruleSettings = settings.rules?.[id];
    if (ruleSettings?.enabled === false) return [];
    if (rule.meta.appliesTo && !rule.meta.appliesTo(context)) return [];
    return [{
      rule,
      severity: ruleSettings?.severity ?? rule.meta.severity(context),
      sources: new Set<RuleId>([id, ...(rule.meta.derivedFrom ?? [])]),
      msgs: rule.meta.messages[locale],
      suggestions: templatesFor(rule.meta.templates, context.profile),
    }];
  });

  const key = `${draftLang}|${JSON.stringify(context)}|${JSON.stringify(settings)}`;
  const findings: Finding[] = [];
  spans.forEach((sp, i) => {
    const res = perSentence[i];
    // Most sentences raise nothing: skip them before any per-rule work.
    if (res === undefined || res.hits.length === 0) return;
    // A keystroke elsewhere in a long draft leaves this sentence's findings as they were.
    const done = res.built?.get(key);
    if (done !== undefined) {
      for (const f of done) findings.push({ ...f, range: [sp.start + f.range[0], sp.start + f.range[1]], suggestions: [...f.suggestions] });
      return;
    }
    const sentence = text.slice(sp.start, sp.end);
    const local: Finding[] = [];
    const lang = langOf(res.langScore, draftLang);
    for (const { rule, severity, sources, msgs, suggestions } of active) {
      const id = rule.meta.id;
      const mine = res.hits.filter((h) => sources.has(h.ruleId));
      for (const h of mergeOverlaps(mine)) {
        const whyKey = h.ruleId === id ? h.why : `from:${h.ruleId}`;
        const whyTemplate = msgs.why[whyKey] ?? msgs.why.default ?? msgs.message;
        local.push({
          ruleId: id,
          severity,
          range: [h.start, h.end],
          message: msgs.message,
          why: fill(whyTemplate, { words: quote(sentence.slice(h.start, h.end)), rule: RULES_BY_ID.get(h.ruleId)?.meta.messages[locale].message ?? h.ruleId }),
          suggestions,
          lang,
        });
      }
    }
    if (res.built === undefined || res.built.size >= BUILT_LIMIT) res.built = new Map();
    res.built.set(key, local);
    for (const f of local) findings.push({ ...f, range: [sp.start + f.range[0], sp.start + f.range[1]], suggestions: [...f.suggestions] });
  });
  findings.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  return { findings, lang: draftLang };
}

/** Joins hits of one rule that overlap or touch, keeping the first hit's reason. */
function mergeOverlaps(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const out: Hit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && h.start <= last.end) {
      out[out.length - 1] = { ...last, end: Math.max(last.end, h.end) };
    } else {
      out.push(h);
    }
  }
  return out;
}

const MAX_QUOTE = 80;

function quote(words: string): string {
  const oneLine = words.replace(/\s+/g, ' ');
  return oneLine.length > MAX_QUOTE ? `${oneLine.slice(0, MAX_QUOTE - 1)}…` : oneLine;
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) => values[k] ?? all);
}
