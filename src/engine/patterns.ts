/**
 * Compiles a rule's lexicons into a matcher: macros expanded, patterns indexed
 * by how their matches can start, each compiled when first needed.
 */
import type { Lexicon, LexiconEntry } from './lexicon/types';
import { MACROS } from './lexicon/macros';
import { INFLECTIONS } from './lexicon/generated/inflections';
import type { Lang } from './types';
import { LeadReader, patternLeads } from './leads';
import { LEADS } from './lexicon/generated/leads';

/**
 * A rule's lexicons, ready to scan. Patterns are indexed by their leads (see
 * leads.ts): at each word edge of a text, only the patterns whose leads fit
 * the next characters are tried, each as a small sticky expression compiled
 * the first time a text needs it. There is no large alternation to compile
 * before the first draft, and a text with nothing to find costs a few hash
 * lookups per word.
 */
export interface Matcher {
  entries: LexiconEntry[];
  /**
   * The units actually scanned: each entry's top-level alternatives, in
   * lexicon order, each with the entry it belongs to.
   */
  units: Unit[];
  /** The leads as a tree of char codes: where a text's next characters lead, the units to try. */
  leads: LeadNode;
  /**
   * Units whose matches may start with almost anything (a name before "'s").
   * Trying them at every word edge would cost one call per word, so each
   * finds where it can start in one pass of its own (see starts()).
   */
  anywhere: number[];
  /** Units compiled by primeNext() so far, in order. */
  primed: number;
  /** Sentence-level cancellers, or null. */
  unless: Matcher | null;
}

/**
 * A node of the lead tree. `units` are the units to try when the text's next
 * characters reach this node and go no further down: the units of every lead
 * on the path from the root, merged and in order, worked out once.
 */
interface LeadNode {
  units: readonly number[];
  /**
   * The root's children below char code 128, in an array: the lookup made at
   * every word edge of every text, and an array is the fastest. Deeper nodes,
   * reached far less often, keep every child in `next`.
   */
  ascii: Array<LeadNode | undefined> | null;
  next: Map<number, LeadNode> | null;
}

function childOf(node: LeadNode, c: number): LeadNode | undefined {
  return node.ascii !== null && c < 128 ? node.ascii[c] : (node.next?.get(c) ?? undefined);
}

/** One top-level alternative of a lexicon pattern. */
interface Unit {
  entry: number;
  /** As written in the lexicon, macros unexpanded. */
  source: string;
  lang: Lang;
  local: Record<string, string> | undefined;
  /** Compiled on first use. */
  re: RegExp | undefined;
  /** For a unit with no leads: where its matches can start, as one search; compiled on first use. */
  finder?: RegExp;
}

export interface RawMatch {
  start: number;
  end: number;
  entry: LexiconEntry;
}

export class PatternError extends Error {}

const MACRO_REF = /\{(v:)?([a-z][a-z0-9_]*)\}/g;

/**
 * Replaces `{name}` references, innermost definitions first, and `{v:lemma}`
 * with every generated form of a verb (lexicon/verbs.ts); unknown names are an error.
 */
export function expandMacros(source: string, lang: Lang, local: Record<string, string> = {}, depth = 0): string {
  if (depth > 8) throw new PatternError(`macros nest too deep in "${source}"`);
  return source.replace(MACRO_REF, (_all, verb: string | undefined, name: string) => {
    if (verb !== undefined) {
      const forms = INFLECTIONS[lang][name];
      if (forms === undefined) throw new PatternError(`no generated forms for {v:${name}} in "${source}": add it to lexicon/verbs.ts`);
      return `(?:${forms.join('|')})`;
    }
    const body = local[name] ?? MACROS[lang][name];
    if (body === undefined) throw new PatternError(`unknown macro {${name}} in "${source}"`);
    return `(?:${expandMacros(body, lang, local, depth + 1)})`;
  });
}

/**
 * Rejects what could make a scan slow or change group numbering: back-references,
 * capturing groups and a quantified group that itself ends with an unbounded
 * quantifier (the classic catastrophic-backtracking shape).
 */
export function checkPattern(re: string): void {
  if (/\\[1-9]|\\k</.test(re)) throw new PatternError(`back-reference in "${re}"`);
  if (/(^|[^\\])\((?!\?)/.test(re.replace(/\[(?:\\.|[^\]\\])*\]/g, '[]'))) throw new PatternError(`capturing group in "${re}": write (?:...)`);
  if (/[+*]\)[+*{]/.test(re) || /[+*]\)\?[+*{]/.test(re)) throw new PatternError(`nested unbounded quantifier in "${re}"`);
  try {
    new RegExp(re);
  } catch (e) {
    throw new PatternError(`invalid pattern "${re}": ${(e as Error).message}`);
  }
}

/** A match ends at a word edge of folded text (letters and digits inside words); its start is checked by the scan. */
const EDGE_AFTER = '(?![a-z0-9])';

function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * A pattern's top-level alternatives, a group around the whole pattern looked
 * into: `(?:a|b)` and `a|b` both give ["a", "b"]. Matching the alternatives
 * one after the other, first match wins, is matching the pattern.
 */
export function topAlternatives(re: string): string[] {
  let body = re;
  for (;;) {
    const parts: string[] = [];
    let depth = 0;
    let inClass = false;
    let from = 0;
    let wrapped = body.startsWith('(?:');
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (c === '\\') {
        i++;
      } else if (inClass) {
        if (c === ']') inClass = false;
      } else if (c === '[') {
        inClass = true;
      } else if (c === '(') {
        depth++;
      } else if (c === ')') {
        depth--;
        // The opening group closes before the end, or carries a quantifier: it does not wrap the whole.
        if (depth === 0 && i < body.length - 1) wrapped = false;
      } else if (c === '|' && depth === 0) {
        parts.push(body.slice(from, i));
        from = i + 1;
      }
    }
    parts.push(body.slice(from));
    if (parts.length === 1 && wrapped && body.endsWith(')')) {
      body = body.slice(3, -1);
      continue;
    }
    return parts;
  }
}

/** FNV-1a of a unit's language and source: its key in the generated lead table. */
export function unitKey(lang: Lang, source: string): string {
  let h = 0x811c9dc5;
  const s = `${lang}\n${source}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export interface CompileOptions {
  /**
   * Expand and check every pattern (checkPattern) now. Built-in lexicons skip
   * it at load time, since the test suite checks them all
   * (tests/unit/lexicons.test.ts): they are expanded when a text first needs
   * them.
   */
  validate?: boolean;
}

/** Per language, per depth: the leads of its shared macros, worked out once. */
type MacroLeads = Map<Lang, Map<number, Map<string, ReadonlySet<string>>>>;

/** One LeadReader per depth for a lexicon, sharing its language's macro leads. */
function leadReaders(lang: Lang, local: Record<string, string>, macroLeads: MacroLeads): (depth: number) => LeadReader {
  let shared = macroLeads.get(lang);
  if (shared === undefined) macroLeads.set(lang, (shared = new Map()));
  const byDepth = shared;
  const readers = new Map<number, LeadReader>();
  const source = {
    macro: (name: string) => local[name] ?? MACROS[lang][name],
    forms: (lemma: string) => INFLECTIONS[lang][lemma],
  };
  return (depth) => {
    let r = readers.get(depth);
    if (r === undefined) {
      let memo = byDepth.get(depth);
      if (memo === undefined) byDepth.set(depth, (memo = new Map()));
      r = new LeadReader(source, depth, memo, (name) => Object.hasOwn(local, name));
      readers.set(depth, r);
    }
    return r;
  };
}

/**
 * The leads of every unit of these lexicons, keyed by unitKey(): what
 * lexicon/generated/leads.ts holds, so that loading the engine reads them
 * instead of working them out.
 */
export function leadTable(lexicons: readonly Lexicon[]): Record<string, string[] | null> {
  const macroLeads: MacroLeads = new Map();
  const out: Record<string, string[] | null> = {};
  for (const lex of lexicons) {
    const readers = leadReaders(lex.lang, lex.macros ?? {}, macroLeads);
    for (const re of [...lex.entries.map((e) => e.re), ...(lex.unless ?? []).map((u) => u.re)]) {
      for (const alt of topAlternatives(re)) out[unitKey(lex.lang, alt)] ??= patternLeads(alt, readers)?.sort() ?? null;
    }
  }
  return out;
}

function build(units: Unit[], leads: ReadonlyArray<readonly string[] | null>, entries: LexiconEntry[]): Matcher {
  const own = new Map<LeadNode, number[]>();
  const root: LeadNode = { units: [], ascii: null, next: null };
  const anywhere: number[] = [];
  leads.forEach((list, i) => {
    if (list === null) {
      anywhere.push(i);
      return;
    }
    for (const lead of list) {
      let node = root;
      for (let d = 0; d < lead.length; d++) {
        const c = lead.charCodeAt(d);
        let child = node.next?.get(c);
        if (child === undefined) {
          child = { units: [], ascii: null, next: null };
          (node.next ??= new Map()).set(c, child);
        }
        node = child;
      }
      const mine = own.get(node);
      if (mine === undefined) own.set(node, [i]);
      else if (mine[mine.length - 1] !== i) mine.push(i);
    }
  });
  const fill = (node: LeadNode, inherited: readonly number[]) => {
    const mine = own.get(node);
    const units = mine === undefined ? inherited : [...new Set([...inherited, ...mine])].sort((a, b) => a - b);
    node.units = units;
    for (const child of node.next?.values() ?? []) fill(child, units);
  };
  fill(root, []);
  if (root.next !== null) {
    root.ascii = new Array<LeadNode | undefined>(128).fill(undefined);
    for (const [c, child] of root.next) if (c < 128) root.ascii[c] = child;
  }
  return { entries, units, leads: root, anywhere, primed: 0, unless: null };
}

export function compileLexicons(lexicons: readonly Lexicon[], { validate = true }: CompileOptions = {}): Matcher {
  const macroLeads: MacroLeads = new Map();
  const parts = { units: [] as Unit[], leads: [] as Array<readonly string[] | null>, entries: [] as LexiconEntry[] };
  const cancel = { units: [] as Unit[], leads: [] as Array<readonly string[] | null>, entries: [] as LexiconEntry[] };
  for (const lex of lexicons) {
    let readers: ((depth: number) => LeadReader) | undefined;
    const add = (re: string, entry: LexiconEntry, to: typeof parts) => {
      if (validate) checkPattern(expandMacros(re, lex.lang, lex.macros));
      const index = to.entries.push(entry) - 1;
      for (const alt of topAlternatives(re)) {
        to.units.push({ entry: index, source: alt, lang: lex.lang, local: lex.macros, re: undefined });
        // A lexicon changed since the table was generated still works, only slower to load (a test names the command).
        let leads = LEADS[unitKey(lex.lang, alt)];
        if (leads === undefined) leads = patternLeads(alt, (readers ??= leadReaders(lex.lang, lex.macros ?? {}, macroLeads)));
        to.leads.push(leads);
      }
    };
    for (const entry of lex.entries) add(entry.re, entry, parts);
    for (const u of lex.unless ?? []) add(u.re, { re: u.re, why: '' }, cancel);
  }
  const m = build(parts.units, parts.leads, parts.entries);
  if (cancel.units.length > 0) m.unless = build(cancel.units, cancel.leads, cancel.entries);
  return m;
}

/**
 * V8 runs a new regular expression in its bytecode interpreter, compiling it
 * to machine code from its second run; one run over a long subject compiles
 * it to machine code at once, which is cheaper than the two steps.
 */
const PRIMER = ' '.repeat(1100);

/** Unit i's sticky pattern, compiled on first use. */
function compiled(m: Matcher, i: number): RegExp {
  const u = m.units[i] as Unit;
  let re = u.re;
  if (re === undefined) {
    re = new RegExp(`(?:${expandMacros(u.source, u.lang, u.local)})${EDGE_AFTER}`, 'y');
    re.lastIndex = 0;
    re.test(PRIMER);
    u.re = re;
  }
  return re;
}

/** Every position where unit i matches at a word edge, ascending, found in one pass. */
function starts(m: Matcher, i: number, text: string): number[] {
  const u = m.units[i] as Unit;
  if (u.finder === undefined) {
    u.finder = new RegExp(`(?<![a-z0-9])(?=(?:${expandMacros(u.source, u.lang, u.local)})${EDGE_AFTER})`, 'g');
    u.finder.test(PRIMER);
  }
  const re = u.finder;
  const out: number[] = [];
  re.lastIndex = 0;
  while (re.exec(text) !== null) out.push(re.lastIndex++);
  return out;
}

/** How many units primeNext() compiles per call. */
const PRIME_BATCH = 40;

/**
 * Compiles the next few units of `m` not compiled yet; false when none is
 * left. Lets a host spread the engine's one-off compilation over idle moments.
 */
export function primeNext(m: Matcher): boolean {
  const total = m.units.length;
  if (m.primed >= total) return m.unless !== null && primeNext(m.unless);
  const to = Math.min(total, m.primed + PRIME_BATCH);
  for (let i = m.primed; i < to; i++) compiled(m, i);
  m.primed = to;
  return true;
}

/** The units whose leads fit the text at `p`, in order. */
function candidates(first: LeadNode, text: string, p: number): readonly number[] {
  let node = first;
  const end = Math.min(text.length, p + 3);
  for (let q = p + 1; q < end; q++) {
    const child = childOf(node, text.charCodeAt(q));
    if (child === undefined) break;
    node = child;
  }
  return node.units;
}

/**
 * Visits every match of every entry. At each word edge, left to right, an
 * entry's alternatives are tried in order and the first that matches is the
 * entry's match there; an entry is tried again only after the end of its last
 * match, so its own matches never overlap, while different entries' may (the
 * rule joins them). `found` returns false to stop.
 */
/**
 * The word edges of a text, positions not preceded by a letter or digit,
 * where matches may start: every matcher walks the same list, so it is worked
 * out once per text (for the last few thousand texts).
 */
const EDGES = new Map<string, Int32Array>();
const EDGES_KEPT = 4096;

function edgesOf(text: string): Int32Array {
  const known = EDGES.get(text);
  if (known !== undefined) return known;
  const out = new Int32Array(text.length);
  let k = 0;
  let prevWord = false;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (!prevWord) out[k++] = p;
    prevWord = isWordChar(c);
  }
  if (EDGES.size >= EDGES_KEPT) EDGES.clear();
  const edges = out.slice(0, k);
  EDGES.set(text, edges);
  return edges;
}

function each(m: Matcher, text: string, found: (start: number, end: number, entry: number) => boolean): void {
  if (m.units.length === 0) return;
  const root = m.leads;
  const units = m.units;
  // Units with no leads: the positions where each can match, and the next one to reach.
  const live = m.anywhere.length === 0 ? NONE : m.anywhere.map((i) => ({ unit: i, at: starts(m, i, text), next: 0 })).filter((w) => w.at.length > 0);
  /** Entry to the end of its last match, for entries that matched. */
  let busy: Map<number, number> | undefined;
  const edges = edgesOf(text);
  for (let k = 0; k < edges.length; k++) {
    const p = edges[k] as number;
    const first = childOf(root, text.charCodeAt(p));
    let list: readonly number[] = first !== undefined ? candidates(first, text, p) : root.units;
    if (list.length === 0 && live.length === 0) continue;
    for (const w of live) {
      if (w.at[w.next] !== p) continue;
      w.next++;
      list = [...list, w.unit].sort((a, b) => a - b);
    }
    for (let j = 0; j < list.length; j++) {
      const i = list[j] as number;
      const entry = (units[i] as Unit).entry;
      // `busy` also holds the entry that matched at this very edge: its later alternatives are not tried.
      if (busy !== undefined && (busy.get(entry) ?? 0) > p) continue;
      const re = (units[i] as Unit).re ?? compiled(m, i);
      re.lastIndex = p;
      const r = re.exec(text);
      if (r === null || r[0].length === 0) continue;
      if (!found(p, p + r[0].length, entry)) return;
      (busy ??= new Map()).set(entry, p + r[0].length);
    }
  }
}

const NONE: ReadonlyArray<{ unit: number; at: number[]; next: number }> = [];

/** Every match in `folded` (see each()), or none when a canceller is present. */
export function scan(m: Matcher, folded: string): RawMatch[] {
  return scanAll(m, [folded])[0] ?? [];
}

/** Whether some canceller of `m` matches `folded`. */
function cancelled(m: Matcher, folded: string): boolean {
  if (m.unless === null) return false;
  let any = false;
  each(m.unless, folded, () => {
    any = true;
    return false;
  });
  return any;
}

/** scan() over several texts. */
export function scanAll(m: Matcher, texts: readonly string[]): RawMatch[][] {
  return texts.map((folded) => {
    const out: RawMatch[] = [];
    if (cancelled(m, folded)) return out;
    each(m, folded, (start, end, entry) => {
      out.push({ start, end, entry: m.entries[entry] as LexiconEntry });
      return true;
    });
    return out;
  });
}
