/**
 * Small helpers shared by the identifier detectors: they work on the folded
 * sentence (lower case, single spaces, ASCII punctuation) and report ranges
 * in the sentence as typed.
 */
import type { Sentence } from '../rule';
import type { Hit } from '../types';

export const RULE_ID = 'personal-data' as const;

/** A finding in folded offsets, before it is mapped back to the typed text. */
export interface Span {
  start: number;
  end: number;
  why: string;
}

/** Past this many identifiers in one sentence the rule has said enough; the cap keeps hostile input linear. */
export const MAX_CLAIMS = 64;
/** Candidates examined per sentence, all detectors together: ordinary drafts stay far below it. */
export const MAX_ATTEMPTS = 400;

/** Ranges already taken by a stronger detector, so weaker ones do not relabel them. */
export class Claims {
  private spans: Span[] = [];
  private attempts = 0;

  /** Counts one candidate; false once the sentence has used its budget or is full. */
  tick(): boolean {
    this.attempts++;
    return this.attempts <= MAX_ATTEMPTS && !this.full;
  }

  get full(): boolean {
    return this.spans.length >= MAX_CLAIMS;
  }

  overlaps(start: number, end: number): boolean {
    for (const s of this.spans) if (start < s.end && end > s.start) return true;
    return false;
  }

  add(span: Span): boolean {
    if (this.full || span.end <= span.start || this.overlaps(span.start, span.end)) return false;
    this.spans.push(span);
    return true;
  }

  all(): Span[] {
    return [...this.spans].sort((a, b) => a.start - b.start);
  }
}

/** Maps folded spans to hits on the typed sentence. */
export function toHits(s: Sentence, spans: readonly Span[]): Hit[] {
  const out: Hit[] = [];
  const { starts, ends } = s.folded;
  for (const sp of spans) {
    const a = starts[sp.start];
    const b = ends[sp.end - 1];
    if (a === undefined || b === undefined || b <= a) continue;
    out.push({ ruleId: RULE_ID, start: a, end: b, why: sp.why });
  }
  return out;
}

/** The typed characters behind a folded span (to see upper case, which folding drops). */
export function original(s: Sentence, start: number, end: number): string {
  const a = s.folded.starts[start];
  const b = s.folded.ends[end - 1];
  return a === undefined || b === undefined ? '' : s.text.slice(a, b);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function isAlnum(c: number): boolean {
  return isDigit(c) || isLower(c);
}

/** The word that follows `pos` (after at most one space), or '' at a punctuation mark or the end. */
export function nextWord(f: string, pos: number): string {
  let i = pos;
  if (f.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < f.length && j - i < 20 && (isAlnum(f.charCodeAt(j)) || f[j] === "'")) j++;
  return f.slice(i, j);
}

/** The character that follows `pos` after at most one space ('' at the end). */
export function nextChar(f: string, pos: number): string {
  let i = pos;
  if (f.charCodeAt(i) === 32) i++;
  return f[i] ?? '';
}

/** The word that ends right before `pos` (skipping one space and one punctuation mark). */
export function prevWord(f: string, pos: number): string {
  let j = pos;
  if (f.charCodeAt(j - 1) === 32) j--;
  if (j > 0 && /[:#,]/.test(f[j - 1] ?? '')) j--;
  if (f.charCodeAt(j - 1) === 32) j--;
  let i = j;
  while (i > 0 && j - i < 20 && (isAlnum(f.charCodeAt(i - 1)) || f[i - 1] === "'")) i--;
  return f.slice(i, j);
}

/** Money and measure words: a number followed by one of these is an amount, not an identifier. */
export const AMOUNT_AFTER = /^(?:[$€£¥%]|k|m|mm|cm|km|kg|g|lb|lbs|mi|ml|l|h|hr|hrs|min|mins|sec|s|ans?|years?|yrs?|days?|jours?|mois|months?|weeks?|semaines?|hours?|heures?|minutes?|fois|times|dollars?|euros?|eur|usd|cad|chf|gbp|francs?|bucks|cents?|pounds?|pts|points?|pages?|personnes|people|habitants|units?|pieces?|items?|articles?|colis|km\/h|mph|ko|mo|go|gb|mb|kb|x)$/;

/** Currency signs just before a number. */
export const CURRENCY_BEFORE = /[$€£¥]$/;
