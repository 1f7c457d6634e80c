/**
 * Folds a draft into the form the lexicons are written against, and keeps a
 * map back to the original UTF-16 offsets so findings point at what the user
 * typed.
 *
 * Folding: HTML entities decoded, zero-width and format characters dropped,
 * compatibility forms (full-width, ligatures) unified, accents removed,
 * look-alike Cyrillic and Greek letters turned into Latin ones, curly quotes
 * and dashes made ASCII, every space-like character made a plain space, and
 * everything lower-cased.
 */

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each folded UTF-16 unit, the original offset where it starts. */
  starts: Uint32Array;
  /** For each folded UTF-16 unit, the original offset where it ends. */
  ends: Uint32Array;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  eacute: 'e',
  egrave: 'e',
  ecirc: 'e',
  agrave: 'a',
  acirc: 'a',
  ccedil: 'c',
  ocirc: 'o',
  ucirc: 'u',
  ugrave: 'u',
  icirc: 'i',
  iuml: 'i',
  euro: '€',
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  hellip: '...',
  ndash: '-',
  mdash: '-',
};

/** Letters from other scripts that look like Latin ones (spoofing, autocorrect). */
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ɡ: 'g', ԛ: 'q', ԝ: 'w', ү: 'y',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ο: 'o', ρ: 'p', τ: 't', υ: 'u', ν: 'v', χ: 'x',
  ı: 'i', ł: 'l', đ: 'd', ø: 'o', œ: 'oe', æ: 'ae', ß: 'ss', ſ: 's',
};

/** Folded form of every BMP code unit met so far (at most 65 536 entries). */
const bmp: (string | undefined)[] = new Array<string | undefined>(0x10000);
/** Folded form of astral code points met so far, bounded. */
const astral = new Map<number, string>();
const ASTRAL_LIMIT = 16_384;

/** ASCII folds by table: control characters separate words, capitals become small letters. */
const ASCII: string[] = Array.from({ length: 0x80 }, (_, c) => (c < 0x20 || c === 0x7f ? ' ' : String.fromCharCode(c).toLowerCase()));

/**
 * Blocks with no case, no compatibility decomposition worth applying and no
 * look-alike of a Latin letter: CJK ideographs, Yi, Hangul syllables, private
 * use. Random or Asian text is mostly made of them, and they fold to themselves.
 */
const ITSELF: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xe000, 0xf8ff],
  [0x20000, 0x10ffff],
];

/** Zero-width, bidi and format characters: they carry no text. */
const INVISIBLE: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x206f],
  [0xfeff, 0xfeff],
];

function inRanges(code: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  for (const [lo, hi] of ranges) if (code >= lo && code <= hi) return true;
  return false;
}

function foldsToItself(code: number): boolean {
  return code >= 0x3400 && inRanges(code, ITSELF);
}

const APOSTROPHES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x00b4, 0x0060, 0x02bc, 0xff07]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x00ab, 0x00bb, 0x2033]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);

/** Folds one code point (given as a string, `code` its value) to its lower-case ASCII-ish form. */
function foldCode(ch: string, code: number): string {
  if (code < 0x80) return ASCII[code] ?? ' ';
  if (foldsToItself(code)) return ch;
  const known = code < 0x10000 ? bmp[code] : astral.get(code);
  if (known !== undefined) return known;
  const out = foldSlow(ch, code);
  if (code < 0x10000) bmp[code] = out;
  else if (astral.size < ASTRAL_LIMIT) astral.set(code, out);
  return out;
}

function foldSlow(ch: string, code: number): string {
  if (code === 0x7f || (code >= 0x80 && code < 0xa0)) return ' '; // C1 control characters
  if (inRanges(code, INVISIBLE)) return '';
  if (APOSTROPHES.has(code)) return "'";
  if (DOUBLE_QUOTES.has(code)) return '"';
  if (DASHES.has(code)) return '-';
  if (code >= 0xd800 && code <= 0xdfff) return ' '; // a lone surrogate half: keep the slot, match nothing
  if (/\s/u.test(ch)) return ' ';
  const lower = ch.toLowerCase();
  const look = LOOKALIKES[lower];
  if (look !== undefined) return look;
  let out = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const again = out.length === 1 ? LOOKALIKES[out] : undefined;
  if (again !== undefined) out = again;
  // Compatibility decompositions can yield several characters (e.g. "ﬁ" to "fi").
  return out.length === 0 ? ' ' : out;
}

/** Folds one character given as a string (entities decode through here). */
function foldChar(ch: string): string {
  return foldCode(ch, ch.codePointAt(0) ?? 0);
}

const ENTITY = /^&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/i;

export function fold(input: string): Folded {
  const n = input.length;
  // Folding never produces more than 3 units per input unit ("…" to "..."); size once.
  const units = new Uint16Array(n * 3 + 1);
  const starts = new Uint32Array(n * 3 + 1);
  const ends = new Uint32Array(n * 3 + 1);
  let k = 0;
  // Runs of spaces fold to one, so lexicons can write a plain space between words.
  let lastWasSpace = true;
  const push = (s: string, from: number, to: number) => {
    if (s.length === 0 || (s === ' ' && lastWasSpace)) return;
    lastWasSpace = s.charCodeAt(s.length - 1) === 0x20;
    for (let j = 0; j < s.length; j++) {
      units[k] = s.charCodeAt(j);
      starts[k] = from;
      ends[k] = to;
      k++;
    }
  };
  /** One folded unit standing for the one input unit at `at`. */
  const putUnit = (u: number, at: number) => {
    lastWasSpace = u === 0x20;
    units[k] = u;
    starts[k] = at;
    ends[k] = at + 1;
    k++;
  };
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c < 0x80 && c !== 0x26 /* & */) {
      // ASCII, most of any draft: inline, without building strings.
      const u = c >= 0x41 && c <= 0x5a ? c + 0x20 : c < 0x20 || c === 0x7f ? 0x20 : c;
      if (u !== 0x20 || !lastWasSpace) putUnit(u, i);
      i++;
      continue;
    }
    if (c === 0x26) {
      const m = ENTITY.exec(input.slice(i, i + 12));
      if (m) {
        let decoded: string | undefined;
        if (m[1] !== undefined || m[2] !== undefined) {
          const cp = m[1] !== undefined ? parseInt(m[1], 10) : parseInt(m[2] ?? '0', 16);
          decoded = cp > 0 && cp <= 0x10ffff ? foldChar(String.fromCodePoint(cp)) : ' ';
        } else if (m[3] !== undefined) {
          const named = NAMED_ENTITIES[m[3].toLowerCase()];
          decoded = named === undefined ? undefined : Array.from(named, foldChar).join('');
        }
        if (decoded !== undefined) {
          push(decoded, i, i + m[0].length);
          i += m[0].length;
          continue;
        }
      }
      push('&', i, i + 1);
      i++;
      continue;
    }
    let len = 1;
    let code = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = input.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        len = 2;
        code = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      }
    }
    if (len === 1 && foldsToItself(code)) {
      // CJK, Hangul and the like: copied as they are, without building a string.
      putUnit(code, i);
      i++;
      continue;
    }
    const known = len === 1 ? bmp[code] : undefined;
    const ch = known !== undefined ? '' : len === 1 ? input[i] ?? '' : input.slice(i, i + 2);
    let folded = known ?? (code === 0x2026 ? '...' : foldCode(ch, code));
    if (folded.length > 3) folded = folded.slice(0, 3);
    push(folded, i, i + len);
    i += len;
  }
  return { text: fromUnits(units, k), starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
}

/** The string made of the first `k` units, converted in slices (argument lists have a size limit). */
function fromUnits(units: Uint16Array, k: number): string {
  const SLICE = 8192;
  if (k <= SLICE) return String.fromCharCode.apply(null, units.subarray(0, k) as unknown as number[]);
  let out = '';
  for (let from = 0; from < k; from += SLICE) out += String.fromCharCode.apply(null, units.subarray(from, Math.min(k, from + SLICE)) as unknown as number[]);
  return out;
}

/** Maps a folded [start, end) back to the original text. */
export function toOriginal(f: Folded, start: number, end: number): [number, number] {
  if (f.starts.length === 0) return [0, 0];
  const s = Math.min(Math.max(start, 0), f.starts.length - 1);
  const e = Math.min(Math.max(end, s + 1), f.ends.length);
  return [f.starts[s] ?? 0, f.ends[e - 1] ?? 0];
}
