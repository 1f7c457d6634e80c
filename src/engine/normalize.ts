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

const cache = new Map<string, string>();

/** Folds one code point (given as a string) to its lower-case ASCII-ish form. */
function foldChar(ch: string): string {
  const known = cache.get(ch);
  if (known !== undefined) return known;
  let out: string;
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) {
    out = ' '; // tabs, line breaks and control characters separate words
  } else if (code < 0x80) {
    out = ch.toLowerCase();
  } else if (/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u00AD\u034F\u180E]/.test(ch)) {
    out = ''; // zero-width, bidi and format characters carry no text
  } else if (/[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u02BC\uFF07]/.test(ch)) {
    out = "'";
  } else if (/[\u201C\u201D\u201E\u00AB\u00BB\u2033]/.test(ch)) {
    out = '"';
  } else if (/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/.test(ch)) {
    out = '-';
  } else if (/\s/u.test(ch)) {
    out = ' ';
  } else if (code >= 0xd800 && code <= 0xdfff) {
    out = ' '; // a lone surrogate half: keep the slot, match nothing
  } else {
    const lower = ch.toLowerCase();
    const look = LOOKALIKES[lower];
    if (look !== undefined) {
      out = look;
    } else {
      out = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      const again = out.length === 1 ? LOOKALIKES[out] : undefined;
      if (again !== undefined) out = again;
      // Compatibility decompositions can yield several characters (e.g. "ﬁ" to "fi").
      if (out.length === 0) out = ' ';
    }
  }
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

const ENTITY = /^&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/i;

export function fold(input: string): Folded {
  const n = input.length;
  // Folding never produces more than 3 units per input unit ("…" to "..."); size once.
  const starts = new Uint32Array(n * 3 + 1);
  const ends = new Uint32Array(n * 3 + 1);
  const parts: string[] = [];
  let k = 0;
  // Tracked here because reading the end of a string being built flattens it on every call.
  let lastWasSpace = true;
  const push = (s: string, from: number, to: number) => {
    if (s.length === 0) return;
    // Runs of spaces fold to one, so lexicons can write a plain space between words.
    if (s === ' ' && lastWasSpace) return;
    lastWasSpace = s.charCodeAt(s.length - 1) === 0x20;
    for (let j = 0; j < s.length; j++) {
      starts[k] = from;
      ends[k] = to;
      k++;
    }
    parts.push(s);
  };
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c === 0x26 /* & */) {
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
    }
    let len = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = input.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) len = 2;
    }
    const ch = input.slice(i, i + len);
    let folded = ch === '…' ? '...' : foldChar(ch);
    if (folded.length > 3) folded = folded.slice(0, 3);
    push(folded, i, i + len);
    i += len;
  }
  return { text: parts.join(''), starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
}

/** Maps a folded [start, end) back to the original text. */
export function toOriginal(f: Folded, start: number, end: number): [number, number] {
  if (f.starts.length === 0) return [0, 0];
  const s = Math.min(Math.max(start, 0), f.starts.length - 1);
  const e = Math.min(Math.max(end, s + 1), f.ends.length);
  return [f.starts[s] ?? 0, f.ends[e - 1] ?? 0];
}
