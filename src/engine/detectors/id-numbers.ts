/**
 * Numeric identifiers: national ids (Swiss AVS, French NIR, Canadian SIN/NAS,
 * US SSN), IBANs, payment cards, phone numbers and short service numbers.
 * Every scan walks the folded sentence once; candidate runs are bounded in
 * size, so a 100 000-digit run costs one pass and yields nothing.
 */
import { avsValid, ibanValid, IBAN_LENGTHS, luhnValid, nirValid } from './id-checksums';
import { AMOUNT_AFTER, Claims, CURRENCY_BEFORE, isAlnum, isDigit, isLower, nextChar, nextWord } from './id-text';

/** One group of digits inside a run, in folded offsets. */
export interface Group {
  start: number;
  end: number;
}

/** Digit groups joined by phone-like separators, e.g. "+1 (416) 555-0143". */
export interface Run {
  start: number;
  end: number;
  plus: boolean;
  groups: Group[];
}

/** Beyond these a run is not an identifier anybody types (and a hostile input gets no quadratic work). */
const MAX_GROUPS = 12;
const MAX_DIGITS = 24;

/** Separators allowed between the groups of a run. */
const SEPARATORS = new Set([' ', '-', '.', '(', ')', ') ', ' (', ' - ', ')-', '-(', ' .', '. ']);

/** Characters that glue a number to a token before it (handles, hashtags, paths, amounts, decimals). */
const GLUE_BEFORE = new Set("abcdefghijklmnopqrstuvwxyz0123456789@#/_\\,.$€£¥'-");

function isSeparatorChar(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 40 || c === 41;
}

export function scanRuns(f: string): Run[] {
  const runs: Run[] = [];
  const n = f.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(f.charCodeAt(i))) {
      i++;
      continue;
    }
    let start = i;
    let plus = false;
    if (f.charCodeAt(i - 1) === 40) start = i - 1;
    if (f.charCodeAt(start - 1) === 43) {
      start--;
      plus = true;
    }
    const before = f[start - 1] ?? ' ';
    const glued = GLUE_BEFORE.has(before) && !(before === '.' && f.charCodeAt(start - 2) === 32);
    const groups: Group[] = [];
    let digits = 0;
    let j = i;
    for (;;) {
      let k = j;
      while (k < n && isDigit(f.charCodeAt(k))) k++;
      groups.push({ start: j, end: k });
      digits += k - j;
      if (k < n && isLower(f.charCodeAt(k))) {
        // Digits glued to letters ("8am", "4g", "2m1") are not part of an identifier.
        groups.pop();
        digits -= k - j;
        j = k;
        break;
      }
      let m = k;
      while (m < n && m - k < 3 && isSeparatorChar(f.charCodeAt(m))) m++;
      if (m > k && m < n && isDigit(f.charCodeAt(m)) && SEPARATORS.has(f.slice(k, m))) {
        j = m;
        continue;
      }
      j = k;
      break;
    }
    // Skip the rest of an alphanumeric token so no run starts inside it.
    while (j < n && isAlnum(f.charCodeAt(j))) j++;
    i = Math.max(j, i + 1);
    const last = groups[groups.length - 1];
    if (glued || last === undefined || groups.length > MAX_GROUPS || digits > MAX_DIGITS) continue;
    runs.push({ start, end: last.end, plus, groups });
  }
  return runs;
}

function digitsOf(f: string, groups: readonly Group[]): string {
  let s = '';
  for (const g of groups) s += f.slice(g.start, g.end);
  return s;
}

function lengths(groups: readonly Group[]): string {
  return groups.map((g) => g.end - g.start).join(',');
}

/** Whether the text after a number makes it an amount or a measure ("15 000 CHF", "30 days"). */
function amountAfter(f: string, end: number): boolean {
  const c = nextChar(f, end);
  if (c !== '' && '$€£¥%'.includes(c)) return true;
  const w = nextWord(f, end);
  return w !== '' && AMOUNT_AFTER.test(w);
}

function amountBefore(f: string, start: number): boolean {
  const before = f.slice(Math.max(0, start - 2), start).trimEnd();
  return CURRENCY_BEFORE.test(before) || /(?:^|[^a-z])(?:chf|eur|usd|cad|gbp|fr)$/.test(f.slice(Math.max(0, start - 5), start).trimEnd());
}

const NATIONAL_ID_WORDS = /(?:^|[^a-z])(?:sin|nas|ssn|social insurance|social security|assurance sociale|securite sociale|secu|nir|insee|avs|ahv|carte vitale)(?![a-z])/;
const SSN_WORDS = /(?:^|[^a-z])(?:ssn|social security|securite sociale|secu|nir|insee|carte vitale)(?![a-z])/;

/** Swiss AVS/AHV: 756.xxxx.xxxx.xx. The dotted form is distinctive enough even with a wrong check digit. */
export function findAvs(f: string, claims: Claims): void {
  if (!f.includes('756')) return;
  const re = /(?<![0-9])756[. ]?\d{4}[. ]?\d{4}[. ]?\d{2}(?![0-9])/g;
  let m: RegExpExecArray | null;
  while (claims.tick() && (m = re.exec(f)) !== null) {
    const digits = m[0].replace(/[. ]/g, '');
    const dotted = /^756\.\d{4}\.\d{4}\.\d{2}$/.test(m[0]);
    if (dotted || avsValid(digits) || NATIONAL_ID_WORDS.test(f)) {
      claims.add({ start: m.index, end: m.index + m[0].length, why: 'national_id' });
    }
  }
}

/** French NIR: 13 characters (2A/2B for Corsica) and a 2-digit key, often spaced "1 84 12 75 123 456 78". */
export function findNir(f: string, claims: Claims): void {
  const re = /(?<![0-9a-z])[1278][ .]?\d{2}[ .]?\d{2}[ .]?(?:\d{2}|2a|2b)[ .]?\d{3}[ .]?\d{3}(?:[ .]?\d{2})?(?![0-9a-z])/g;
  let m: RegExpExecArray | null;
  while (claims.tick() && (m = re.exec(f)) !== null) {
    const compact = m[0].replace(/[ .]/g, '');
    const keyed = compact.length === 15;
    if ((keyed && nirValid(compact)) || SSN_WORDS.test(f)) {
      claims.add({ start: m.index, end: m.index + m[0].length, why: 'national_id' });
    }
  }
}

/**
 * IBAN: country letters, check digits, then up to 30 characters, typed packed
 * or in groups. The longest prefix that passes mod 97 wins; with the word
 * "IBAN" right before, a prefix of the country's length is enough.
 */
export function findIbans(f: string, claims: Claims): void {
  const re = /(?<![a-z0-9])[a-z]{2}\d{2}(?=[ -]?[a-z0-9])/g;
  let m: RegExpExecArray | null;
  while (claims.tick() && (m = re.exec(f)) !== null) {
    const start = m.index;
    const country = f.slice(start, start + 2).toUpperCase();
    const expected = IBAN_LENGTHS[country];
    // Only registered countries: "ab12" in ordinary text is not worth a walk.
    if (expected === undefined) continue;
    // Walk the characters of the number, allowing one space or dash between groups.
    const n = f.length;
    let count = 4;
    let i = start + 4;
    let end = -1;
    while (i < n && count <= expected) {
      const c = f.charCodeAt(i);
      if (isAlnum(c)) {
        count++;
        i++;
        if (count === expected && !isAlnum(f.charCodeAt(i))) end = i;
        continue;
      }
      if ((c === 32 || c === 45) && isAlnum(f.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    if (end < 0) continue;
    const compact = f.slice(start, end).replace(/[ -]/g, '');
    const keyword = /iban\W{0,3}$/.test(f.slice(Math.max(0, start - 8), start));
    if (ibanValid(compact) || keyword) {
      claims.add({ start, end, why: 'iban' });
      re.lastIndex = end;
    }
  }
}

/** Card shapes: packed, or grouped in fours (Visa, Mastercard), 4-6-5 (Amex) or 4-6-4 (Diners). */
const CARD_SHAPES = /^(?:1[3-9]|4,4,4,[1-7]|4,4,4,4,[1-3]|4,6,[45])$/;

export function findCards(f: string, runs: readonly Run[], claims: Claims): void {
  for (const run of runs) {
    if (!claims.tick()) return;
    const g = run.groups;
    if (run.end - run.start < 13) continue;
    for (let a = 0; a < g.length; a++) {
      for (let b = g.length; b > a; b--) {
        const slice = g.slice(a, b);
        const digits = digitsOf(f, slice);
        if (digits.length < 13 || digits.length > 19) continue;
        if (!CARD_SHAPES.test(lengths(slice))) continue;
        if (!/^[2-6]/.test(digits) || !luhnValid(digits)) continue;
        const first = slice[0];
        const last = slice[slice.length - 1];
        if (first !== undefined && last !== undefined && claims.add({ start: first.start, end: last.end, why: 'card' })) {
          a = b - 1;
          break;
        }
      }
    }
  }
}

/**
 * "card ending 4417", "carte se terminant par 4417", "**** 4417": the last
 * digits of a card tied to the person.
 */
export function findPartialCards(f: string, claims: Claims): void {
  const worded =
    /(?<![a-z])(?:card|carte|visa|mastercard|amex|debit|credit|account|acct|compte)(?: [a-z']+){0,3}? (?:ending|ends|ended|finishing|se terminant|terminant|finissant|qui finit|qui se termine|last (?:4|four) digits|last (?:4|four)|(?:4|quatre) derniers chiffres|derniers chiffres)(?: (?:in|with|par|en|is|are|sont))?:? ?(?:[*x•.]{2,4}[ -]?)?\d{4}(?![0-9])/g;
  const masked = /(?<![a-z0-9*•])(?:[*x•]{4}[ -]?){1,3}\d{4}(?![0-9])/g;
  for (const re of [worded, masked]) {
    let m: RegExpExecArray | null;
    while (claims.tick() && (m = re.exec(f)) !== null) claims.add({ start: m.index, end: m.index + m[0].length, why: 'card' });
  }
}

/**
 * Social insurance numbers: 3-3-3 groups (Canada), 3-2-4 (US SSN), or nine
 * packed digits next to the word. Luhn-valid 3-3-3 groups or a nearby keyword
 * name them as such; other 3-3-3 groups that are not amounts still look like
 * an identifier (a SIN with a typo, a 9-digit phone) and are flagged plainly.
 */
export function findSocialNumbers(f: string, runs: readonly Run[], claims: Claims): void {
  const keyword = NATIONAL_ID_WORDS.test(f);
  for (const run of runs) {
    if (!claims.tick()) return;
    const g = run.groups;
    const first = g[0];
    const last = g[g.length - 1];
    if (first === undefined || last === undefined || run.plus) continue;
    if (g.length !== 3 && g.length !== 1) continue;
    const shape = lengths(g);
    if (shape !== '3,3,3' && shape !== '3,2,4' && !(shape === '9' && keyword)) continue;
    if (amountAfter(f, last.end) || amountBefore(f, first.start)) continue;
    const digits = digitsOf(f, g);
    const seps = g.slice(1).map((x, k) => f.slice(g[k]?.end ?? 0, x.start));
    if (!seps.every((x) => x === ' ' || x === '-' || x === '.')) continue;
    if (shape === '3,3,3') {
      claims.add({ start: first.start, end: last.end, why: keyword || luhnValid(digits) ? 'national_id' : 'default' });
    } else if (shape === '3,2,4') {
      const area = Number(digits.slice(0, 3));
      const dashed = seps.every((x) => x === '-');
      if ((dashed && area !== 0 && area !== 666 && area < 900) || keyword) {
        claims.add({ start: first.start, end: last.end, why: 'national_id' });
      }
    } else if (shape === '9' && keyword) {
      claims.add({ start: first.start, end: last.end, why: 'national_id' });
    }
  }
}

/** Words that announce a phone number within the few characters before it. */
const PHONE_WORDS =
  /(?:^|[^a-z])(?:call|calling|text|txt|phone|tel|tele|telephone|cell|cellphone|mobile|mob|fax|whatsapp|ring|dial|sms|reach|contact|line|hotline|appel[a-z]*|joindre|joignable|rappel[a-z]*|compos[a-z]*|portable|cellulaire|cel|numero de (?:tel|telephone|portable|cell)|(?:my|his|her|your|our|mon|son|ton|votre|notre) (?:number|numero|#|no))[^a-z0-9]{0,12}(?:(?:s|me|us|him|her|them|nous|moi|le|au|at|on|is|est|c'est|:)[^a-z0-9]{1,3}){0,3}$/;

function phoneWordBefore(f: string, start: number): boolean {
  return PHONE_WORDS.test(f.slice(Math.max(0, start - 40), start));
}

/** Whether groups (with or without a leading +) read as a phone number. */
export function phoneShape(digits: string, shape: string, plus: boolean, keyword: boolean): boolean {
  const len = digits.length;
  const groups = shape.split(',').length;
  if (plus) return (len >= 10 && len <= 15) || (len >= 8 && groups >= 3);
  // Day, month and year first ("01.02.2023 10.30") is a date and a time.
  const dm = /^([12]),([12]),4/.exec(shape);
  if (dm !== null) {
    const a = Number(dm[1]);
    const b = Number(dm[2]);
    const day = Number(digits.slice(0, a));
    const month = Number(digits.slice(a, a + b));
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && /^(?:19|20)/.test(digits.slice(a + b))) return false;
  }
  // International prefix typed as 00 ("0033 6 12 34 56 78", "00 41 79 ...").
  if (digits.startsWith('00')) return Number(shape.split(',')[0]) >= 2 && digits[2] !== '0' && len >= 11 && len <= 15 && groups >= 2;
  // North America: 3-3-4, 1-3-3-4 (area code and exchange never start with 0 or 1).
  if (len === 10 && shape === '3,3,4' && /^[2-9]\d{2}[2-9]/.test(digits)) return true;
  if (len === 11 && (shape === '1,3,3,4' || shape === '1,3,7' || shape === '4,3,4') && /^1[2-9]\d{2}[2-9]/.test(digits)) return true;
  // Trunk-prefixed national numbers: France 0X XX XX XX XX, UK 0XXXX XXXXXX, Switzerland 0XX XXX XX XX.
  if (digits.startsWith('0') && digits[1] !== '0' && (len === 10 || len === 11)) {
    const firstLen = Number(shape.split(',')[0]);
    if (groups >= 2 && firstLen >= 2 && firstLen <= 5) return true;
    // French special-rate numbers are written "0 800 123 456".
    if (shape === '1,3,3,3' && /^08/.test(digits)) return true;
    // Packed mobiles: French 06/07 (10 digits), UK 07 (11 digits).
    if (groups === 1 && ((len === 10 && /^0[67]/.test(digits)) || (len === 11 && digits.startsWith('07')))) return true;
  }
  if (keyword) {
    if (len === 10 && shape === '10' && /^[2-9]/.test(digits)) return true;
    if (len === 11 && shape === '11' && digits.startsWith('1')) return true;
    if (len >= 7 && len <= 12 && groups >= 2 && !/^(?:19|20)\d\d$/.test(digits.slice(0, 4))) return true;
  }
  return false;
}

export function findPhones(f: string, runs: readonly Run[], claims: Claims): void {
  for (const run of runs) {
    if (!claims.tick()) return;
    const g = run.groups;
    const total = g.reduce((a, x) => a + x.end - x.start, 0);
    // Fewer than 7 digits is never a full phone number; short ones have their own detector.
    if (total < 7) continue;
    let a = 0;
    while (a < g.length) {
      let taken = 0;
      const head = g[a];
      if (head === undefined) break;
      const startAt = a === 0 ? run.start : head.start;
      const plus = a === 0 && run.plus;
      let keyword: boolean | null = null;
      for (let b = g.length; b > a; b--) {
        const slice = g.slice(a, b);
        const last = slice[slice.length - 1];
        if (last === undefined) continue;
        const digits = digitsOf(f, slice);
        if (digits.length < 7) break;
        const shape = lengths(slice);
        if (!phoneShape(digits, shape, plus, false)) {
          keyword ??= phoneWordBefore(f, startAt);
          if (!keyword || !phoneShape(digits, shape, plus, true)) continue;
        }
        if (amountAfter(f, last.end) || amountBefore(f, startAt)) continue;
        // A run opened by "(" keeps it only when it is closed, as in "(416) 555 0143".
        const from = f[startAt] === '(' && f[head.end] !== ')' ? head.start : startAt;
        if (claims.add({ start: from, end: last.end, why: 'phone' })) {
          taken = b - a;
          break;
        }
      }
      // Only a phone right after another one is looked for inside a run ("02.2023 10.30" in a date is not).
      if (taken === 0) break;
      a += taken;
    }
  }
}

/**
 * Short service numbers, only when given as a number to call: "le 3244",
 * "au 3244" (French 3xxx services), "dial 8002", "composez le 3900".
 */
export function findShortNumbers(f: string, claims: Claims): void {
  const re =
    /(?<![a-z0-9])(?:(?:le|au|du) (3\d{3})|(?:text|txt|sms|texto|textez|envoyez|envoie) [a-z0-9]{2,12} (?:to|au|a) (\d{4,6})|(?:dial|call|ring|text|txt|calling|dialing|dialling|composez|composer|compose|appelez|appeler|appelle|appelle-nous|joindre|joignez|contactez|contacter|sms)(?: (?:us|nous|moi|me))?(?: (?:on|at|le|au))? (\d{4,6}))(?![0-9a-z])/g;
  let m: RegExpExecArray | null;
  while (claims.tick() && (m = re.exec(f)) !== null) {
    const num = m[1] ?? m[2] ?? m[3] ?? '';
    const end = m.index + m[0].length;
    const start = end - num.length;
    if (/^(?:19|20)\d\d$/.test(num)) continue;
    if (amountAfter(f, end) || (f[end] === ',' && isDigit(f.charCodeAt(end + 1)))) continue;
    const w = nextWord(f, end);
    if (/^(?:rue|avenue|av|boulevard|bd|chemin|route|place|street|st|road|rd|ave|blvd|lane|drive|metres?|meters?|visiteurs?|eme|e|er)$/.test(w)) continue;
    claims.add({ start, end, why: 'phone' });
  }
}
