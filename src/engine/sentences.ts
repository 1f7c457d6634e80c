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
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && NO_BREAK_BEFORE.test(text.slice(Math.max(start, m.index - 8), m.index + 1))) continue;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
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
