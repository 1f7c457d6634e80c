/**
 * Splits a draft into sentences with their offsets. Cheap on purpose: it runs
 * on every call, and the engine caches its work per sentence, so an edit only
 * costs the sentence it touched.
 */

export interface Span {
  start: number;
  end: number;
}

/** Sentence-final punctuation followed by space, or a line break. */
// The lookbehind starts a match only at the first mark of a run: without it a long
// run of "!!!!" is retried from every position (quadratic).
const BOUNDARY = /(?<![.!?…。])[.!?…。]+["'”’»)\]]*(?=\s)|\n/g;
/** Words that end with a dot without ending a sentence (titles, short forms). */
const NO_BREAK_BEFORE = /(?:^|[\s(])(?:mr|mrs|ms|dr|me|mme|mlle|m|st|ste|vs|etc|no|nos|art|ch|p|pp|j|av|bd|approx|env|cf|ex|inc|ltd|co|jr|sr|prof|hon|ave|blvd|apt|tel|tél|ref|réf)\.$/i;

/** Above this length a sentence is cut at a space, to bound every lexicon scan. */
export const MAX_SENTENCE = 600;

export function splitSentences(text: string): Span[] {
  return split(text).spans;
}

/**
 * The split as a list of cuts: `cuts[i]` is where the scan started segment i,
 * and `first[i]` the index of its first span. The scan's only state at a cut
 * is the cut itself, which is what lets an edit re-split only around itself.
 */
interface Split {
  text: string;
  spans: Span[];
  cuts: number[];
  first: number[];
}

/** Scans from `from` (a cut) to the end, or until `stop` says a cut is back in step with an older split. */
function scan(text: string, from: number, spans: Span[], cuts: number[], first: number[], stop?: (cut: number) => boolean): number | null {
  let start = from;
  cuts.push(start);
  first.push(spans.length);
  BOUNDARY.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && NO_BREAK_BEFORE.test(text.slice(Math.max(start, m.index - 8), m.index + 1))) continue;
    pushTrimmed(text, start, end, spans);
    start = end;
    if (stop?.(start) === true) return start;
    cuts.push(start);
    first.push(spans.length);
  }
  pushTrimmed(text, start, text.length, spans);
  return null;
}

function split(text: string): Split {
  const spans: Span[] = [];
  const cuts: number[] = [];
  const first: number[] = [];
  scan(text, 0, spans, cuts, first);
  return { text, spans, cuts, first };
}

/** Characters on each side of an edit that a boundary decision may look at (the no-break words, the look-arounds). */
const REACH = 16;

export interface Resplit {
  spans: Span[];
  /** For each span, the index of the same sentence (same text) in the previous split, or -1 when it is new. */
  same: number[];
}

/**
 * splitSentences() for a draft that differs from the previous one by an
 * edit: the text before the edit keeps its cuts, the scan restarts at the
 * last cut safely before it, and stops as soon as it meets a cut of the old
 * split after the edit, whose sentences are then taken over, shifted. The
 * spans are the same as a full split's (tests/unit/sentences.test.ts checks
 * it on random edits), and the caller learns which sentences it already read.
 */
export class Splitter {
  private last: Split | null = null;

  split(text: string): Resplit {
    const prev = this.last;
    if (prev === null || prev.text.length < 2_000) {
      const next = split(text);
      this.last = next;
      return { spans: next.spans, same: next.spans.map(() => -1) };
    }
    return this.resplit(prev, text);
  }

  reset(): void {
    this.last = null;
  }

  private resplit(prev: Split, text: string): Resplit {
    const old = prev.text;
    if (old === text) return { spans: prev.spans, same: prev.spans.map((_, j) => j) };
    // The edit: common prefix and suffix.
    const max = Math.min(old.length, text.length);
    let a = 0;
    while (a < max && old.charCodeAt(a) === text.charCodeAt(a)) a++;
    let z = 0;
    while (z < max - a && old.charCodeAt(old.length - 1 - z) === text.charCodeAt(text.length - 1 - z)) z++;
    const delta = text.length - old.length;
    // The last old cut far enough before the edit that every decision up to it saw the same text.
    let i = prev.cuts.length - 1;
    while (i > 0 && (prev.cuts[i] ?? 0) > a - REACH) i--;
    const keep = prev.first[i] ?? 0;
    const spans = prev.spans.slice(0, keep);
    const same = spans.map((_, j) => j);
    const cuts = prev.cuts.slice(0, i);
    const first = prev.first.slice(0, i);
    // After the edit (in the new text), an old cut is back in step once everything it depends on is unchanged.
    const editEnd = text.length - z;
    const oldCuts = new Map<number, number>();
    prev.cuts.forEach((c, k) => {
      if (c - REACH >= old.length - z) oldCuts.set(c + delta, k);
    });
    const met = scan(text, prev.cuts[i] ?? 0, spans, cuts, first, (cut) => cut >= editEnd + REACH && oldCuts.has(cut));
    while (same.length < spans.length) same.push(-1);
    if (met !== null) {
      const k = oldCuts.get(met) ?? 0;
      const from = prev.first[k] ?? 0;
      for (let j = k; j < prev.cuts.length; j++) {
        cuts.push((prev.cuts[j] ?? 0) + delta);
        first.push(spans.length + (prev.first[j] ?? 0) - from);
      }
      for (let j = from; j < prev.spans.length; j++) {
        const sp = prev.spans[j] as Span;
        spans.push({ start: sp.start + delta, end: sp.end + delta });
        same.push(j);
      }
    }
    this.last = { text, spans, cuts, first };
    return { spans, same };
  }
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
    if (cut <= start + MAX_SENTENCE / 2) cut = start + MAX_SENTENCE;
    // Never cut between the two halves of a surrogate pair.
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    out.push({ start, end: cut });
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start, end });
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}
