/**
 * Contact identifiers with a shape: e-mail addresses and postal addresses
 * (number + street type in English or French, post-office boxes, Canadian
 * postal codes, and the city and postcode that follow a street).
 */
import type { Sentence } from '../rule';
import { Claims, original } from './id-text';

/** Local part, "@", then a run of domain characters; the domain is checked in code. */
const EMAIL = /(?<![a-z0-9._%+'-])[a-z0-9._%+'-]{1,64}@[a-z0-9-]{1,63}\.[a-z0-9.-]{1,189}/g;
/** "jane [at] example [dot] com", written to dodge scrapers. */
const EMAIL_SPELLED = /(?<![a-z0-9._-])[a-z0-9._-]{1,64} ?[[(]at[\])] ?[a-z0-9-]{1,63} ?[[(](?:dot|point)[\])] ?[a-z]{2,24}(?![a-z])/g;

export function findEmails(f: string, claims: Claims): void {
  if (!f.includes('@')) {
    if (!f.includes('at)') && !f.includes('at]')) return;
  }
  EMAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (claims.tick() && (m = EMAIL.exec(f)) !== null) {
    let text = m[0];
    while (/[.-]$/.test(text)) text = text.slice(0, -1);
    const at = text.indexOf('@');
    const local = text.slice(0, at).replace(/^[._%+'-]+/, '');
    const domain = text.slice(at + 1);
    const labels = domain.split('.');
    const tld = labels[labels.length - 1] ?? '';
    if (local === '' || labels.length < 2 || labels.some((l) => l === '') || !/^[a-z]{2,24}$/.test(tld)) continue;
    const start = m.index + (at - local.length);
    claims.add({ start, end: m.index + text.length, why: 'email' });
  }
  EMAIL_SPELLED.lastIndex = 0;
  while (claims.tick() && (m = EMAIL_SPELLED.exec(f)) !== null) claims.add({ start: m.index, end: m.index + m[0].length, why: 'email' });
}

const FR_TYPES =
  'rue|avenue|av|boulevard|boul|bd|chemin|ch|route|rte|allee|impasse|imp|place|pl|quai|cours|rang|montee|cote|square|passage|voie|sentier|promenade|chaussee|esplanade|faubourg|fbg|ruelle|croissant|terrasse|carre|rond-point|parvis|cite|residence|lotissement|hameau|lieu-dit';
/** French types that name a street even typed in lower case ("27 rue lajoie"); the others need a capital. */
const FR_STRONG = /^(?:rue|avenue|boulevard|boul|bd|impasse|allee)$/;
const FR_ADDRESS = new RegExp(`(?<![a-z0-9#])\\d{1,5}(?: ?(?:bis|ter|[a-d]))?,? (${FR_TYPES})\\.? (?:de la |de l'|du |des |de |d'|la |le |les |l')?(?=[a-z0-9])`, 'g');

const EN_TYPES =
  'street|st|road|rd|avenue|ave|av|boulevard|blvd|lane|ln|drive|dr|court|ct|way|crescent|cres|place|pl|terrace|highway|hwy|parkway|pkwy|circle|cir|square|sq|close|grove|row|trail|trl|mews|alley';
/** English types that name a street even when the name is typed in lower case ("12 main street", "23 maple ave"). */
const EN_STRONG = /^(?:street|road|avenue|boulevard|drive|lane|st|rd|ave|blvd|ln|hwy|highway)$/;
const EN_ADDRESS = new RegExp(`(?<![a-z0-9#$€£])\\d{1,5}[a-z]? ((?:[a-z0-9][a-z0-9'-]* ){1,3})(${EN_TYPES})(?![a-z0-9])\\.?`, 'g');
/** Lower-case words that make "2 way street", "4 lane road", "3 more blocks down" ordinary phrases. */
const EN_NOT_NAME = new RegExp(`^(?:the|a|an|my|your|our|their|his|her|more|other|every|each|per|one|two|this|that|of|to|in|on|at|by|for|and|or|km|miles?|blocks?|minutes?|mins?|min|hours?|times|days?|weeks?|years?|way|ways|${EN_TYPES}|different|separate|new|old|big|small|lanes)$`);

const BOX = /(?<![a-z0-9])(?:p\.? ?o\.? box|post office box|case postale|c\.p\.|casier postal) ?\d{1,6}(?![0-9])/g;
const CA_POSTAL = /(?<![a-z0-9])[abceghj-nprstvxy]\d[abceghj-nprstv-z] ?\d[abceghj-nprstv-z]\d(?![a-z0-9])/g;

/** What may follow a street: unit, city, province or state, postcode (checked for capitals in code). */
const UNIT = /,? (?:apt|apartment|app|appt|appartement|suite|ste|unit|bureau|local|#) ?[.#]? ?[a-z0-9-]{1,6}(?![a-z0-9])/y;
const POSTCODE_NEXT = /,? ?(?:[a-z]\d[a-z] ?\d[a-z]\d|[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}|\d{4,5}(?:-\d{4})?)(?![a-z0-9])/y;
const PLACE_WORD = /,? ?(?:\(?[a-z][a-z'.-]{0,40}\)?)/y;
const DIRECTION = / (?:n|s|e|w|ne|nw|se|sw|north|south|east|west|nord|sud|est|ouest)(?![a-z0-9])\.?/y;
const NAME_WORD = / (?:(?:de la|de l'|du|des|de|d'|sur|en|la|le|les|l')(?: |(?<=')))?([a-z0-9][a-z0-9'-]{0,40})/y;
const CITY_WORD = / ([a-z][a-z'-]{0,40})/y;

/** Runs a sticky pattern at `pos`; null when it does not match right there. */
function at(re: RegExp, f: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(f);
}

function isCapital(s: Sentence, i: number): boolean {
  const ch = original(s, i, i + 1);
  return ch !== '' && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isUpperWord(s: Sentence, start: number, end: number): boolean {
  const t = original(s, start, end);
  return /[A-Z]/.test(t) && t === t.toUpperCase();
}

/** Extends a street's end over the words of its name typed with capitals (French: "des Pins Ouest"). */
function extendName(s: Sentence, f: string, end: number): number {
  let e = end;
  for (let k = 0; k < 4; k++) {
    const m = at(NAME_WORD, f, e);
    if (m === null) break;
    const wordStart = e + m[0].length - (m[1] ?? '').length;
    if (!isCapital(s, wordStart)) break;
    e += m[0].length;
  }
  return e;
}

/** Extends over unit, direction, city and postcode when they follow the street. */
function extendTail(s: Sentence, f: string, end: number): number {
  let e = end;
  const dir = at(DIRECTION, f, e);
  if (dir !== null && isCapital(s, e + 1)) e += dir[0].length;
  const unit = at(UNIT, f, e);
  if (unit !== null) e += unit[0].length;
  const postcodeAt = (p: number): number => {
    const pc = at(POSTCODE_NEXT, f, p);
    if (pc === null) return -1;
    const body = pc[0].replace(/^,? ?/, '');
    const bodyStart = p + pc[0].length - body.length;
    if (/[a-z]/.test(body) && !isUpperWord(s, bodyStart, p + pc[0].length)) return -1;
    return p + pc[0].length;
  };
  // ", Montréal H2W 1R3", ", London SW1A 2AA", ", Springfield, IL 62704", ", 75011 Paris".
  let direct = postcodeAt(e);
  if (direct > 0) {
    const city = at(CITY_WORD, f, direct);
    if (city !== null && isCapital(s, direct + 1)) direct += city[0].length;
    return direct;
  }
  let p = e;
  for (let k = 0; k < 4; k++) {
    const w = at(PLACE_WORD, f, p);
    if (w === null) break;
    const wordStart = p + w[0].search(/[a-z(]/);
    const first = f[wordStart] === '(' ? wordStart + 1 : wordStart;
    if (!isCapital(s, first)) break;
    p += w[0].length;
    const pc = postcodeAt(p);
    if (pc > 0) return pc;
  }
  return e;
}

export function findAddresses(s: Sentence, claims: Claims): void {
  const f = s.folded.text;
  let m: RegExpExecArray | null;
  FR_ADDRESS.lastIndex = 0;
  while (claims.tick() && (m = FR_ADDRESS.exec(f)) !== null) {
    const type = m[1] ?? '';
    const nameStart = m.index + m[0].length;
    const word = /^[a-z0-9][a-z0-9'-]*/.exec(f.slice(nameStart, nameStart + 40));
    if (word === null) continue;
    const capital = isCapital(s, nameStart) || /^\d/.test(word[0]);
    if (!capital && !FR_STRONG.test(type)) continue;
    let end = nameStart + word[0].length;
    if (capital) end = extendName(s, f, end);
    end = extendTail(s, f, end);
    claims.add({ start: m.index, end, why: 'address' });
  }
  EN_ADDRESS.lastIndex = 0;
  while (claims.tick() && (m = EN_ADDRESS.exec(f)) !== null) {
    const type = m[2] ?? '';
    const names = (m[1] ?? '').trim().split(' ');
    let pos = m.index + m[0].indexOf(m[1] ?? '');
    let capitals = true;
    let plain = true;
    for (const w of names) {
      if (!(isCapital(s, pos) || /^\d+(?:st|nd|rd|th)$/.test(w))) capitals = false;
      if (EN_NOT_NAME.test(w) || /^\d/.test(w)) plain = false;
      pos += w.length + 1;
    }
    const typeStart = m.index + m[0].lastIndexOf(type);
    if (!capitals && !(plain && EN_STRONG.test(type))) {
      EN_ADDRESS.lastIndex = m.index + 1;
      continue;
    }
    // A capitalised street name with a lower-case "st" or "dr" is too loose ("2 Days dr").
    if (capitals && type.length <= 3 && !isCapital(s, typeStart)) {
      EN_ADDRESS.lastIndex = m.index + 1;
      continue;
    }
    const end = extendTail(s, f, m.index + m[0].length - (m[0].endsWith('.') ? 1 : 0));
    claims.add({ start: m.index, end, why: 'address' });
  }
  BOX.lastIndex = 0;
  while (claims.tick() && (m = BOX.exec(f)) !== null) claims.add({ start: m.index, end: m.index + m[0].length, why: 'address' });
  CA_POSTAL.lastIndex = 0;
  while (claims.tick() && (m = CA_POSTAL.exec(f)) !== null) {
    if (isUpperWord(s, m.index, m.index + m[0].length)) claims.add({ start: m.index, end: m.index + m[0].length, why: 'address' });
  }
}
