import type { Sentence } from '../rule';
import type { Hit } from '../types';

/**
 * Shouting: a long run of words written in capitals, read on the sentence as
 * typed (folding lower-cases everything, so the lexicons cannot see it).
 *
 * A word is a run of non-space characters. It is "upper" when it has capital
 * letters and no small ones, "lower" when it has a small letter, and "neutral"
 * otherwise (numbers, emoji, punctuation, @mentions, #tags, links), which
 * neither extends nor breaks a run. Acronyms (PDF, CNESST, EU261, MDR) extend a
 * run but do not make one on their own, and one word in capitals for emphasis
 * ("do NOT sign") is never enough. One pass over the text: linear time.
 */

/** Short forms written in capitals in ordinary text; a shouted word is not one of these. */
const ACRONYMS = new Set([
  'ASAP', 'OK', 'LOL', 'OMG', 'FYI', 'BTW', 'IMO', 'IMHO', 'TBH', 'AKA', 'ETA', 'FAQ', 'RSVP', 'ID', 'IP', 'URL',
  'PIN', 'ATM', 'GPS', 'TV', 'PDF', 'SMS', 'MMS', 'DM', 'PM', 'AM', 'PS', 'NB', 'RE', 'FW', 'FWD', 'CEO', 'CFO',
  'HR', 'RH', 'IBAN', 'BIC', 'SWIFT', 'NAS', 'AVS', 'AI', 'AHV', 'TAL', 'CNESST', 'CSST', 'SAAQ', 'RAMQ', 'CNT',
  'CLSC', 'CHSLD', 'CISSS', 'CIUSSS', 'AQ', 'QC', 'EU', 'UE', 'USA', 'UK', 'ONU', 'OTAN', 'NATO', 'FBI', 'CIA',
  'IRS', 'CRA', 'ARC', 'SIN', 'SSN', 'NHS', 'DMV', 'DUI', 'DWI', 'LLC', 'INC', 'LTD', 'SARL', 'SAS', 'SA', 'PME',
  'TVA', 'TPS', 'TVQ', 'HST', 'GST', 'CDI', 'CDD', 'SMIC', 'RSA', 'APL', 'HLM', 'CAF', 'CPAM', 'URSSAF', 'SNCF',
  'RATP', 'CV', 'PV', 'RGPD', 'GDPR', 'CNIL', 'COVID', 'IA', 'API', 'UPS', 'USPS', 'DHL', 'MDR', 'PTDR', 'XD',
  'LMAO', 'ROFL', 'BRB', 'IDK', 'TTYL', 'ILY', 'NP', 'THX', 'PLS', 'PLZ', 'SVP', 'STP', 'RDV', 'MP',
  'ASBL', 'LLP', 'LLB', 'JD', 'ESQ', 'KC', 'RRQ', 'RRSP', 'REER', 'CELI', 'TFSA', 'IVAC',
]);

/** Tested on the letters decomposed (NFKD), so accented and styled vowels count too. */
const VOWELS = /[AEIOUY]/;

type Kind = 'upper' | 'lower' | 'neutral';

interface Word {
  kind: Kind;
  /** Offsets of the word's first and last letter or digit, end exclusive. */
  start: number;
  end: number;
  letters: number;
  acronym: boolean;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Links, @mentions, #tags and e-mail addresses are names, not speech. */
function isHandleOrLink(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c === 0x40 /* @ */ || c === 0x23 /* # */) return true;
  return token.includes('://') || token.includes('@') || /^www\./i.test(token);
}

const HAS_LOWER = /[\p{Ll}\p{Lt}]/u;
const NOT_UPPER = /[^\p{Lu}]+/gu;
const HAS_DIGIT = /\p{N}/u;
const ALNUM = /[\p{L}\p{N}]/u;

function readWord(text: string, from: number, to: number): Word {
  const token = text.slice(from, to);
  const plain: Word = { kind: 'neutral', start: from, end: to, letters: 0, acronym: false };
  if (isHandleOrLink(token)) return plain;
  const ascii = readAsciiWord(token, from);
  if (ascii !== null) return ascii;
  if (HAS_LOWER.test(token)) return { ...plain, kind: 'lower' };
  const letters = token.replace(NOT_UPPER, '');
  if (letters.length === 0) return plain;
  const [first, last] = alnumBounds(token);
  const count = [...letters].length;
  const acronym = HAS_DIGIT.test(token) || ACRONYMS.has(letters) || (count <= 5 && !VOWELS.test(letters.normalize('NFKD')));
  return { kind: 'upper', start: from + first, end: from + last, letters: count, acronym };
}

/** The same reading for a token made only of ASCII characters, without regular expressions; null otherwise. */
function readAsciiWord(token: string, from: number): Word | null {
  let letters = '';
  let digits = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x80) return null;
    if (c >= 0x61 && c <= 0x7a) return { kind: 'lower', start: from, end: from + token.length, letters: 0, acronym: false };
    const upper = c >= 0x41 && c <= 0x5a;
    const digit = c >= 0x30 && c <= 0x39;
    if (upper) letters += token.charAt(i);
    if (digit) digits++;
    if (upper || digit) {
      if (first < 0) first = i;
      last = i + 1;
    }
  }
  if (letters.length === 0) return { kind: 'neutral', start: from, end: from + token.length, letters: 0, acronym: false };
  const acronym = digits > 0 || ACRONYMS.has(letters) || (letters.length <= 5 && !VOWELS.test(letters));
  return { kind: 'upper', start: from + first, end: from + last, letters: letters.length, acronym };
}

/** Offsets of the first and last letter or digit of a token (end exclusive), by code point. */
function alnumBounds(token: string): [number, number] {
  let first = 0;
  while (first < token.length) {
    const ch = String.fromCodePoint(token.codePointAt(first) ?? 0);
    if (ALNUM.test(ch)) break;
    first += ch.length;
  }
  let last = token.length;
  while (last > first) {
    const lo = token.charCodeAt(last - 1);
    const hi = last - 2 >= first ? token.charCodeAt(last - 2) : 0;
    const size = lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff ? 2 : 1;
    if (ALNUM.test(token.slice(last - size, last))) break;
    last -= size;
  }
  return [first, last];
}

/** Every word of the sentence, in order. */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const from = i;
    while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
    out.push(readWord(text, from, i));
  }
  return out;
}

interface Run {
  start: number;
  end: number;
  words: number;
  plain: number;
  letters: number;
}

/** A run inside a sentence that also has small letters. */
function isLoudRun(r: Run): boolean {
  if (r.plain < 2) return false;
  return (r.words >= 4 && r.letters >= 10) || (r.words >= 3 && r.letters >= 12) || r.letters >= 15;
}

/** A sentence written entirely in capitals. */
function isLoudSentence(r: Run): boolean {
  return r.plain >= 2 && r.letters >= 6;
}

/** Long runs of capitals in the sentence as typed; offsets point at the first and last shouted letter. */
export function shouting(s: Sentence): Hit[] {
  const words = wordsOf(s.text);
  const runs: Run[] = [];
  let cur: Run | null = null;
  let anyLower = false;
  for (const w of words) {
    if (w.kind === 'lower') {
      anyLower = true;
      if (cur !== null) runs.push(cur);
      cur = null;
    } else if (w.kind === 'upper') {
      if (cur === null) cur = { start: w.start, end: w.end, words: 0, plain: 0, letters: 0 };
      cur.end = w.end;
      cur.words++;
      cur.letters += w.letters;
      if (!w.acronym) cur.plain++;
    }
  }
  if (cur !== null) runs.push(cur);
  const hits: Hit[] = [];
  for (const r of runs) {
    const loud = anyLower ? isLoudRun(r) : isLoudSentence(r);
    if (loud) hits.push({ ruleId: 'hostile-tone', start: r.start, end: r.end, why: 'shouting' });
  }
  return hits;
}

/** Code detectors for tone: shouting, which a phrase list cannot see (it reads folded, lower-case text). */
export const TONE_DETECTORS: ReadonlyArray<(s: Sentence) => Hit[]> = [shouting];
