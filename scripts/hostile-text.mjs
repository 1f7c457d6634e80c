// Hostile text for the engine: the pieces and shapes the fuzz test
// (tests/unit/fuzz.test.ts) draws from, and the benchmark (scripts/bench.mjs)
// times at 100 000 chars. Plain JavaScript so that both can import it.

/** Small seeded generator, so generated text is the same on every run (building 100 000 chars through fast-check units is too slow). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function tile(unit, n) {
  if (n <= 0 || unit.length === 0) return '';
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** Pieces that stress folding, splitting and the lexicons, mixed at random. */
export const TOKENS = [
  'you', 'you can', 'u cant', 'vous pouvez', "t'as le droit", 'sue them', 'we guarantee', 'je vous garantis',
  'lawyer', 'avocat', 'deadline', 'ne signez rien', "don't sign", 'idiot', 'CRÉTIN', 'STUPID', 'URGENT',
  ' ', '  ', '\t', '\n', '\r\n', '\u00A0', '\u3000', '\u2028', '\u2029',
  '.', '!', '?', '…', '...', '!!!', '???', '?!', ';', ',', ':', '"', "'", '’', '“', '«', '»', '(', ')', '-', '—',
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u034F',
  '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u061C',
  '\u0000', '\u0001', '\u0007', '\u0008', '\u001B', '\u007F', '\u0085', '\u009F',
  '&amp;', '&lt;', '&gt;', '&nbsp;', '&eacute;', '&#233;', '&#xE9;', '&#x1F600;', '&#0;', '&#xD800;', '&#99999999;',
  '&#x110000;', '&#', '&;', '&amp', '&unknown;', '&#x;', '&&&&',
  'é', 'e\u0301', 'À', 'ç', 'œ', 'Æ', 'ß', 'ﬁ', 'ﬀ', 'Ａ', 'ｙｏｕ', 'уоu', 'ѕue', 'ο', '\u0130', '\u0131',
  '😀', '👍🏽', '👨‍👩‍👧', '🇫🇷', '\uD83D', '\uDE00', '\uDBFF\uDFFF', '\uD800\uD800', '\uDC00\uD800', '𝐲𝐨𝐮', '𠜎',
  'Mr.', 'Mme.', 'etc.', 'art. 12', 'p.', 'No.',
  '06 12 34 56 78', '+33 6 12 34 56 78', '0612345678', '4970 1012 3456 7890', 'FR76 3000 6000 0112 3456 7890 189',
  '1 85 05 78 006 084 36', 'jean.dupont@example.org', 'a@b', '@', '@@', 'x@y.', 'http://a.b/c?d=e', 'www.',
  '12/03/1987', '1987-03-12', '0', '1234567890', '٣', '\u0660\u0661',
];

/** Hostile shapes at a given length; `r` varies the ones that take randomness. */
export const SHAPES = {
  'a*n+!': (n) => 'a'.repeat(Math.max(0, n - 1)) + '!',
  'you*k': (n) => tile('you ', n),
  '. *k': (n) => tile('. ', n),
  'digits': (n) => tile('0123456789', n),
  'digits spaced': (n) => tile('1 ', n),
  'phone-ish': (n) => tile('+33 6 12 ', n),
  'card-ish': (n) => tile('4970 1012 ', n),
  '&amp;*k': (n) => tile('&amp;', n),
  '&#9999..': (n) => '&#' + '9'.repeat(Math.max(0, n - 2)),
  'a*n+@': (n) => 'a'.repeat(Math.max(0, n - 1)) + '@',
  'a.*k+@': (n) => tile('a.', n - 1) + '@',
  'a@*k': (n) => tile('a@', n),
  'ALL CAPS word': (n) => 'A'.repeat(n),
  'ALL CAPS words': (n) => tile('YOU ARE SO STUPID ', n),
  'exclamations': (n) => tile('!', n),
  '?!*k': (n) => tile('?!', n),
  'quotes': (n) => tile("'", n),
  'dashes': (n) => tile('-', n),
  'ellipsis': (n) => tile('…', n),
  'ligature fi': (n) => tile('ﬁ', n),
  'zero-width you': (n) => tile('y\u200Bo\u200Du\uFEFF ', n),
  'bidi override': (n) => tile('\u202Eyou can sue them\u202C \u2067', n),
  'RLM run': (n) => tile('\u200F', n),
  'accents': (n) => tile('é', n),
  'combining': (n) => tile('e\u0301', n),
  'newlines': (n) => tile('\n', n),
  'CRLF': (n) => tile('\r\n', n),
  'tabs': (n) => tile('\t', n),
  'high surrogates': (n) => tile('\uD800', n),
  'reversed pairs': (n) => tile('\uDC00\uD800', n),
  'emoji': (n) => tile('😀', n),
  'url-ish': (n) => 'http://' + 'a'.repeat(Math.max(0, n - 7)),
  'www a.': (n) => 'www.' + tile('a.', n - 4),
  'cyrillic you': (n) => tile('уоu ', n),
  'abbrev Mr.': (n) => tile('Mr. ', n),
  'single letters': (n) => tile('a ', n),
  'gap bait': (n) => tile('you can maybe perhaps possibly ', n),
  'fr gap bait': (n) => tile("vous n'avez pas le droit de ", n),
  'one long word': (n, r) => Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join(''),
  'random units': (n, r) => {
    // Raw UTF-16 code units, lone surrogate halves included.
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(Math.floor(r() * 0x10000));
    return s;
  },
  'random code points': (n, r) => {
    let s = '';
    while (s.length < n) {
      const plane = r();
      const cp = plane < 0.5 ? Math.floor(r() * 0x80) : plane < 0.8 ? Math.floor(r() * 0x10000) : Math.floor(r() * 0x110000);
      s += cp >= 0xd800 && cp <= 0xdfff ? ' ' : String.fromCodePoint(cp);
    }
    return s.slice(0, n);
  },
  'random tokens': (n, r) => {
    let s = '';
    while (s.length < n) s += TOKENS[Math.floor(r() * TOKENS.length)] + (r() < 0.5 ? ' ' : '');
    return s.slice(0, n);
  },
  'risky words unique': (n, r) => {
    // Distinct sentences, so the per-sentence cache cannot serve repeats.
    let s = '';
    for (let i = 0; s.length < n; i++) {
      s += `you can ${TOKENS[Math.floor(r() * TOKENS.length)]} sue ${i} them, ${r() < 0.5 ? 'vous pouvez' : 'u cant'} ${i * 7} `;
    }
    return s.slice(0, n);
  },
};
