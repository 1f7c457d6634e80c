/**
 * analyze(text, context, settings) -> Finding[]
 *
 * Sentence-level work is context-free and cached by sentence text, so typing
 * in a long draft only re-reads the sentence being typed. The context and the
 * settings are applied afterwards, on the cached hits.
 */
import { fold, type Folded } from './normalize';
import { Splitter } from './sentences';
import { langOf, langScore } from './lang';
import { RULES, RULES_BY_ID } from './rules';
import type { Rule, Sentence } from './rule';
import { templatesFor } from './templates';
import { policyTemplateIds, resolveSeverity } from './policy';
import type { Context, Finding, Hit, Lang, RuleId, Settings, Severity } from './types';

/** Replies offered for a firm's phrase rule that brings none of its own: "let's talk" (lawyer), "let's take this to DM" (social care). */
const PHRASE_RULE_TEMPLATES = ['legal-advice.call', 'care.dm-team'];

const POLICY_WHY: Record<Lang, string> = {
  en: 'Your organisation asks to avoid “{words}” in messages.',
  fr: 'Votre organisation demande d’éviter « {words} » dans les messages.',
};

interface SentenceResult {
  /** Hits of every rule, offsets relative to the sentence. */
  hits: Hit[];
  langScore: number;
  /** The folded sentence, kept only while a policy with phrase rules is in use (they read it too). */
  folded?: Folded;
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
function readSentences(texts: readonly string[], rules: readonly Rule[], keepFolded: boolean): SentenceResult[] {
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
      const result: SentenceResult = { hits: hits[j] ?? [], langScore: scores[j] ?? 0, ...(keepFolded ? { folded: s.folded } : {}) };
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

/** The last draft's split and readings, so a keystroke in a long draft re-reads only around itself. */
const splitter = new Splitter();
let lastResults: SentenceResult[] = [];

export function clearCache(): void {
  cache.clear();
  splitter.reset();
  lastResults = [];
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
  const { spans, same } = splitter.split(text);
  // Sentences the last call read (a keystroke elsewhere in a long draft): their readings as they were, without
  // even a cache lookup; the others from the cache, or read now.
  const perSentence: SentenceResult[] = new Array<SentenceResult>(spans.length);
  const todo: number[] = [];
  const texts: string[] = [];
  spans.forEach((sp, i) => {
    const j = same[i] ?? -1;
    const known = j >= 0 ? lastResults[j] : undefined;
    if (known !== undefined) perSentence[i] = known;
    else {
      todo.push(i);
      texts.push(text.slice(sp.start, sp.end));
    }
  });
  const read = readSentences(texts, RULES, (settings.policy?.phraseRules.length ?? 0) > 0);
  todo.forEach((i, k) => {
    perSentence[i] = read[k] ?? { hits: [], langScore: 0 };
  });
  lastResults = perSentence;
  const total = perSentence.reduce((a, r) => a + r.langScore, 0);
  const draftLang = langOf(total, 'en');
  const locale = settings.locale ?? 'en';

  const policy = settings.policy;
  // What each rule needs for this call, worked out once rather than per sentence.
  // Settings given with the call (the guard's, already resolved against the policy) win over the policy's own.
  const ruleSettings = (id: string) => ({ ...policy?.rules[id], ...settings.rules?.[id] });
  const active: Active[] = RULES.flatMap((rule) => {
    const id = rule.meta.id;
    const rs = ruleSettings(id);
    if (rs.enabled === false) return [];
    if (rule.meta.appliesTo && !rule.meta.appliesTo(context)) return [];
    const msgs = rule.meta.messages[locale];
    const builtIn = templatesFor(rule.meta.templates, context.profile);
    return [{
      id,
      severity: resolveSeverity(rs.severity, context) ?? rule.meta.severity(context),
      sources: new Set<RuleId>([id, ...(rule.meta.derivedFrom ?? [])]),
      message: msgs.message,
      why: (h: Hit) => msgs.why[h.ruleId === id ? h.why : `from:${h.ruleId}`] ?? msgs.why.default ?? msgs.message,
      suggestions: (lang: Lang) => [...policyTemplateIds(policy, id, lang), ...builtIn],
    }];
  });
  const fallback = templatesFor(PHRASE_RULE_TEMPLATES, context.profile);
  for (const r of policy?.phraseRules ?? []) {
    const rs = ruleSettings(r.id);
    if (rs.enabled === false) continue;
    active.push({
      id: r.id,
      severity: resolveSeverity(rs.severity, context) ?? resolveSeverity(r.severity, context) ?? 'warn',
      sources: new Set<RuleId>([r.id]),
      message: r.message[locale] ?? r.message.en ?? r.message.fr ?? r.id,
      why: () => POLICY_WHY[locale],
      suggestions: (lang: Lang) => {
        const own = policyTemplateIds(policy, r.id, lang);
        return own.length > 0 ? own : fallback;
      },
    });
  }

  const key = `${draftLang}|${JSON.stringify(context)}|${locale}|${JSON.stringify(settings.rules ?? {})}|${policy?.key ?? ''}`;
  const findings: Finding[] = [];
  spans.forEach((sp, i) => {
    const res = perSentence[i];
    if (res === undefined) return;
    // Most sentences raise nothing: skip them before any per-rule work.
    if (res.hits.length === 0 && (policy === undefined || policy.phraseRules.length === 0)) return;
    // A keystroke elsewhere in a long draft leaves this sentence's findings as they were.
    const done = res.built?.get(key);
    if (done !== undefined) {
      for (const f of done) findings.push(shifted(f, sp.start));
      return;
    }
    const sentence = text.slice(sp.start, sp.end);
    const lang = langOf(res.langScore, draftLang);
    const extra = policy?.hits(sentence, lang, res.folded) ?? [];
    const local: Finding[] = [];
    let hits = extra.length === 0 ? res.hits : [...res.hits, ...extra];
    const silenced = policy?.silenced(sentence);
    if (silenced !== undefined && silenced.size > 0) hits = hits.filter((h) => !silenced.has(h.ruleId as never));
    if (policy !== undefined) hits = hits.filter((h) => h.ruleId !== 'personal-data' || !policy.allowed(sentence.slice(h.start, h.end)));
    const byRule = new Map<RuleId, Hit[]>();
    for (const h of hits) {
      const list = byRule.get(h.ruleId);
      if (list === undefined) byRule.set(h.ruleId, [h]);
      else list.push(h);
    }
    for (const rule of active) {
      if (silenced?.has(rule.id as never)) continue;
      const mine: Hit[] = [];
      for (const src of rule.sources) for (const h of byRule.get(src) ?? []) mine.push(h);
      if (mine.length === 0) continue;
      const suggestions = rule.suggestions(lang);
      for (const h of mergeOverlaps(mine)) {
        local.push({
          ruleId: rule.id,
          severity: rule.severity,
          range: [h.start, h.end],
          message: rule.message,
          why: fill(rule.why(h), { words: quote(sentence.slice(h.start, h.end)), rule: RULES_BY_ID.get(h.ruleId as never)?.meta.messages[locale].message ?? h.ruleId }),
          suggestions,
          lang,
        });
      }
    }
    if (res.built === undefined || res.built.size >= BUILT_LIMIT) res.built = new Map();
    // In order within the sentence, once: sentences come in order, so the whole list needs no sort per call.
    local.sort(byRange);
    res.built.set(key, local);
    for (const f of local) findings.push(shifted(f, sp.start));
  });
  return { findings, lang: draftLang };
}

/**
 * A cached finding moved to where its sentence starts now, as a new object
 * (callers may change what they get without touching the cache). Written out
 * field by field: a long draft returns thousands of these per keystroke, and
 * a literal of fixed shape is much cheaper than a spread.
 */
function shifted(f: Finding, by: number): Finding {
  return { ruleId: f.ruleId, severity: f.severity, range: [by + f.range[0], by + f.range[1]], message: f.message, why: f.why, suggestions: f.suggestions.slice(), lang: f.lang };
}

const byRange = (a: Finding, b: Finding) => a.range[0] - b.range[0] || a.range[1] - b.range[1];

/** What one rule needs for a call, worked out once. */
interface Active {
  id: RuleId;
  severity: Severity;
  /** Rule ids whose hits count as this rule's (a derived rule's sources). */
  sources: ReadonlySet<RuleId>;
  message: string;
  why(h: Hit): string;
  suggestions(lang: Lang): string[];
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
