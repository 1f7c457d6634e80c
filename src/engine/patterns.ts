/**
 * Compiles lexicons into one regular expression per rule, so a sentence is
 * scanned once per rule however many phrases the rule has.
 */
import type { Lexicon, LexiconEntry } from './lexicon/types';
import { MACROS } from './lexicon/macros';
import { INFLECTIONS } from './lexicon/generated/inflections';
import type { Lang } from './types';
import { hoistLookarounds, mayOpenWithLookaround, startsWithLookaround } from './hoist';

/** A run of entries compiled as one alternation; group i + 1 is entries[i]. */
export interface Chunk {
  re: RegExp;
  entries: LexiconEntry[];
  primed: boolean;
}

/**
 * V8 runs a new regular expression in its bytecode interpreter first, which is
 * very slow on alternations this size (tens of ms for one short sentence), and
 * compiles it to machine code at once when the subject is long. One scan of a
 * long blank string therefore buys the compiled form before the first real scan.
 */
const PRIMER = ' '.repeat(1100);

function prime(chunk: Chunk): void {
  chunk.primed = true;
  chunk.re.lastIndex = 0;
  chunk.re.test(PRIMER);
  chunk.re.lastIndex = 0;
}

export interface Matcher {
  chunks: Chunk[];
  entries: LexiconEntry[];
  /** Sentence-level cancellers, or null. */
  unless: RegExp | null;
}

/**
 * V8 stops optimising a regular expression whose source passes 20 KiB and it
 * then runs one to two orders of magnitude slower, so a rule's alternation is
 * cut into chunks below that size.
 */
export const CHUNK_CHARS = 12_000;

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
  if (startsWithLookaround(re)) {
    throw new PatternError(`"${re}" can open a match with a look-around and nothing fixed after it to move it behind (see hoist.ts): start it with words`);
  }
}

/** Word edges on folded text: letters, digits and the apostrophe inside words. */
const EDGE_BEFORE = "(?<![a-z0-9])";
const EDGE_AFTER = "(?![a-z0-9])";

export interface CompileOptions {
  /**
   * Check every pattern (checkPattern) before use. Built-in lexicons skip it
   * at load time, since the test suite checks them all (tests/unit/lexicons.test.ts)
   * and it costs a fair share of the engine's cold start; patterns from
   * anywhere else (a policy file) must be checked.
   */
  validate?: boolean;
}

/**
 * Whether a lexicon pattern may open a match with a look-around, read on its
 * source with macros looked into only where they open it: the expanded
 * patterns are long, and reading them all cost a third of the engine's load.
 */
function sourceMayOpen(source: string, lang: Lang, local: Record<string, string>, seen: Map<string, boolean>): boolean {
  return mayOpenWithLookaround(source, (name) => {
    const known = seen.get(name);
    if (known !== undefined) return known;
    seen.set(name, true); // a macro that refers to itself is answered "maybe"
    const body = local[name] ?? MACROS[lang][name];
    const result = body === undefined || sourceMayOpen(body, lang, local, seen);
    seen.set(name, result);
    return result;
  });
}

/** Expands a lexicon pattern and hoists its opening look-arounds when it has any. */
function prepare(source: string, lang: Lang, local: Record<string, string> | undefined, seen: Map<string, boolean>): string {
  const body = expandMacros(source, lang, local);
  return sourceMayOpen(source, lang, local ?? {}, seen) ? hoistLookarounds(body) : body;
}

export function compileLexicons(lexicons: readonly Lexicon[], { validate = true }: CompileOptions = {}): Matcher {
  const entries: LexiconEntry[] = [];
  const parts: string[] = [];
  const unless: string[] = [];
  for (const lex of lexicons) {
    const seen = new Map<string, boolean>();
    for (const entry of lex.entries) {
      const body = prepare(entry.re, lex.lang, lex.macros, seen);
      if (validate) checkPattern(body);
      entries.push(entry);
      parts.push(`(${body})`);
    }
    for (const u of lex.unless ?? []) {
      const body = prepare(u.re, lex.lang, lex.macros, seen);
      if (validate) checkPattern(body);
      unless.push(body);
    }
  }
  const chunks: Chunk[] = [];
  let from = 0;
  let size = 0;
  const close = (to: number) => {
    if (to > from) chunks.push({ re: new RegExp(`${EDGE_BEFORE}(?:${parts.slice(from, to).join('|')})${EDGE_AFTER}`, 'g'), entries: entries.slice(from, to), primed: false });
    from = to;
    size = 0;
  };
  parts.forEach((p, i) => {
    if (size > 0 && size + p.length > CHUNK_CHARS) close(i);
    size += p.length + 1;
  });
  close(parts.length);
  const un = unless.length ? new RegExp(`${EDGE_BEFORE}(?:${unless.join('|')})${EDGE_AFTER}`) : null;
  return { chunks, entries, unless: un };
}

/**
 * Compiles the next chunk of `m` that has not been compiled yet; false when
 * none is left. Lets a host spread the engine's one-off compilation over idle
 * moments (about 5 to 13 ms per chunk) instead of paying it all on the first
 * draft.
 */
export function primeNext(m: Matcher): boolean {
  const chunk = m.chunks.find((c) => !c.primed);
  if (chunk === undefined) return false;
  prime(chunk);
  return true;
}

/** Every non-overlapping match in `folded`, or none when a canceller is present. */
export function scan(m: Matcher, folded: string): RawMatch[] {
  return scanAll(m, [folded])[0] ?? [];
}

/**
 * scan() over several texts at once. The loop runs chunk by chunk, each over
 * every text, rather than text by text: a compiled chunk is a large piece of
 * machine code, and switching between a dozen of them for every sentence costs
 * more in cache misses than the matching itself.
 */
export function scanAll(m: Matcher, texts: readonly string[]): RawMatch[][] {
  const out: RawMatch[][] = texts.map(() => []);
  if (m.entries.length === 0) return out;
  const live = texts.map((t) => m.unless === null || !m.unless.test(t));
  for (const chunk of m.chunks) {
    if (!chunk.primed) prime(chunk);
    const re = chunk.re;
    texts.forEach((folded, i) => {
      const found = out[i];
      if (!live[i] || found === undefined) return;
      re.lastIndex = 0;
      let r: RegExpExecArray | null;
      while ((r = re.exec(folded)) !== null) {
        if (r[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        let g = 1;
        while (g < r.length && r[g] === undefined) g++;
        const entry = chunk.entries[g - 1];
        if (entry !== undefined) found.push({ start: r.index, end: r.index + r[0].length, entry });
      }
    });
  }
  // Chunks are scanned one after the other; callers expect matches in text order.
  if (m.chunks.length > 1) for (const found of out) found.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}
