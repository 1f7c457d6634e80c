/**
 * The leads of a lexicon pattern: short strings one of which every match of
 * the pattern starts with. The matcher (patterns.ts) looks a text's words up
 * by their first characters and only tries the patterns whose leads fit, so
 * most patterns never run on most texts, and none has to be compiled before a
 * text needs it.
 *
 * A lead is an over-approximation, never a guess: `(?:you|u) can` has the
 * leads "you" and "u c"; `[^ ]+ (?:now)` has none (it can start with almost
 * anything), and such a pattern is tried at every word edge. Leads are read
 * from the lexicon source, macros and verb forms included, without expanding
 * it: a macro's leads are worked out once and reused.
 *
 * Sets are strings of at most `depth` characters. A string shorter than
 * `depth` is either a whole match (it may be followed by more of the
 * pattern) or cut short by something too broad to list (a class, a dot),
 * written with a trailing CUT so that nothing is added to it.
 */

/** Appended to a lead that was cut short and must not be extended. */
const CUT = '\u0000';
/** A set larger than this makes the caller try again with shorter leads. */
const MAX_SET = 400;
/** Classes with more members than this cut the lead instead of being listed. */
const MAX_CLASS = 16;

class TooBroad extends Error {}

export interface LeadSource {
  /** The body of a `{name}` macro, or undefined when unknown. */
  macro(name: string): string | undefined;
  /** The forms of a `{v:lemma}` verb, or undefined when unknown. */
  forms(lemma: string): readonly string[] | undefined;
}

type Leads = ReadonlySet<string>;

const EMPTY: Leads = new Set(['']);

function isClosed(s: string, depth: number): boolean {
  return s.length >= depth || s.endsWith(CUT);
}

/** Every lead of A followed by B, cut to `depth`. */
function concat(a: Leads, b: Leads, depth: number): Leads {
  const out = new Set<string>();
  for (const x of a) {
    if (isClosed(x, depth)) {
      out.add(x);
      continue;
    }
    for (const y of b) {
      const joined = x + y;
      const cut = joined.endsWith(CUT);
      const real = cut ? joined.slice(0, -1) : joined;
      out.add(real.length >= depth ? real.slice(0, depth) : joined);
    }
    if (out.size > MAX_SET) throw new TooBroad();
  }
  return out;
}

function union(into: Set<string>, from: Leads): void {
  for (const x of from) into.add(x);
  if (into.size > MAX_SET) throw new TooBroad();
}

const WHITESPACE = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** A one-character lead that cannot be listed: the lead stops before it. */
const CUT_HERE: Leads = new Set([CUT]);

/** What one escape stands for: its characters, or CUT_HERE when too many. */
function escapeSet(e: string): Leads {
  switch (e) {
    case 'd':
      return new Set(DIGITS);
    case 's':
      return new Set(WHITESPACE);
    case 'n':
      return new Set(['\n']);
    case 't':
      return new Set(['\t']);
    case 'r':
      return new Set(['\r']);
    case 'f':
      return new Set(['\f']);
    case 'v':
      return new Set(['\v']);
    case 'w':
    case 'W':
    case 'D':
    case 'S':
    case 'p':
    case 'P':
    case 'u':
    case 'x':
    case 'c':
    case '0':
      return CUT_HERE;
    default:
      return new Set([e]);
  }
}

class Reader {
  private i = 0;
  constructor(
    private readonly re: string,
    private readonly depth: number,
    private readonly leadsOf: (ref: string) => Leads,
  ) {}

  read(): Leads {
    const out = this.alternation();
    if (this.i < this.re.length) throw new TooBroad(); // unbalanced: take no chances
    return out;
  }

  private alternation(): Leads {
    const out = new Set<string>();
    union(out, this.sequence());
    while (this.re[this.i] === '|') {
      this.i++;
      union(out, this.sequence());
    }
    return out;
  }

  private sequence(): Leads {
    let acc: Leads = EMPTY;
    while (this.i < this.re.length && this.re[this.i] !== '|' && this.re[this.i] !== ')') {
      const item = this.item();
      acc = concat(acc, item, this.depth);
    }
    return acc;
  }

  /** One element with its quantifier. */
  private item(): Leads {
    const re = this.re;
    const c = re[this.i] as string;
    let one: Leads;
    if (c === '(') {
      let zeroWidth = false;
      if (re[this.i + 1] === '?') {
        const k = re[this.i + 2];
        if (k === '=' || k === '!') {
          zeroWidth = true;
          this.i += 3;
        } else if (k === '<' && (re[this.i + 3] === '=' || re[this.i + 3] === '!')) {
          zeroWidth = true;
          this.i += 4;
        } else if (k === ':') {
          this.i += 3;
        } else {
          throw new TooBroad(); // named groups and the like: not used by lexicons
        }
      } else {
        this.i++;
      }
      const body = this.alternation();
      if (re[this.i] !== ')') throw new TooBroad();
      this.i++;
      one = zeroWidth ? EMPTY : body;
    } else if (c === '[') {
      one = this.klass();
    } else if (c === '\\') {
      const e = re[this.i + 1] ?? '';
      this.i += 2;
      one = e === 'b' || e === 'B' ? EMPTY : escapeSet(e);
    } else if (c === '{' && /[a-z]/.test(re[this.i + 1] ?? '')) {
      const close = re.indexOf('}', this.i);
      if (close < 0) throw new TooBroad();
      one = this.leadsOf(re.slice(this.i + 1, close));
      this.i = close + 1;
    } else if (c === '^' || c === '$') {
      this.i++;
      one = EMPTY;
    } else if (c === '.') {
      this.i++;
      one = CUT_HERE;
    } else {
      const cp = re.codePointAt(this.i) ?? 0;
      const ch = String.fromCodePoint(cp);
      this.i += ch.length;
      one = new Set([ch]);
    }
    return this.quantified(one);
  }

  private klass(): Leads {
    const re = this.re;
    this.i++; // [
    const negated = re[this.i] === '^';
    if (negated) this.i++;
    const members: string[] = [];
    let broad = negated;
    while (this.i < re.length && re[this.i] !== ']') {
      let ch: string;
      if (re[this.i] === '\\') {
        const e = re[this.i + 1] ?? '';
        this.i += 2;
        const set = escapeSet(e);
        if (set === CUT_HERE) broad = true;
        else members.push(...set);
        continue;
      }
      ch = String.fromCodePoint(re.codePointAt(this.i) ?? 0);
      this.i += ch.length;
      if (re[this.i] === '-' && re[this.i + 1] !== ']' && this.i + 1 < re.length) {
        this.i++;
        let to: string;
        if (re[this.i] === '\\') {
          to = re[this.i + 1] ?? '';
          this.i += 2;
        } else {
          to = String.fromCodePoint(re.codePointAt(this.i) ?? 0);
          this.i += to.length;
        }
        const from = ch.codePointAt(0) ?? 0;
        const end = to.codePointAt(0) ?? 0;
        if (end - from + 1 > MAX_CLASS) broad = true;
        else for (let cp = from; cp <= end; cp++) members.push(String.fromCodePoint(cp));
        continue;
      }
      members.push(ch);
    }
    this.i++; // ]
    if (broad || members.length > MAX_CLASS) return CUT_HERE;
    return new Set(members);
  }

  private quantified(one: Leads): Leads {
    const re = this.re;
    const c = re[this.i];
    let min: number;
    let max: number;
    if (c === '?') {
      min = 0;
      max = 1;
      this.i++;
    } else if (c === '*') {
      min = 0;
      max = Infinity;
      this.i++;
    } else if (c === '+') {
      min = 1;
      max = Infinity;
      this.i++;
    } else if (c === '{' && /\d/.test(re[this.i + 1] ?? '')) {
      const close = re.indexOf('}', this.i);
      const m = /^\{(\d+)(,(\d*))?\}$/.exec(re.slice(this.i, close + 1));
      if (close < 0 || m === null) throw new TooBroad();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i = close + 1;
    } else {
      return one;
    }
    if (re[this.i] === '?') this.i++; // lazy: the same strings
    // Past `depth` repetitions every lead is complete (or the element matches empty, already counted).
    const lo = Math.min(min, this.depth);
    const hi = Math.min(max, this.depth);
    const out = new Set<string>();
    let acc: Leads = EMPTY;
    for (let n = 1; n <= lo; n++) acc = concat(acc, one, this.depth);
    if (lo === 0) union(out, EMPTY);
    else union(out, acc);
    for (let n = lo + 1; n <= hi; n++) {
      acc = concat(acc, one, this.depth);
      union(out, acc);
    }
    return out;
  }
}

/**
 * Leads with memoised macros, for one language's macros and one lexicon's
 * local macros. Create one per lexicon (the local macros differ), sharing
 * `shared` between the lexicons of a language.
 */
export class LeadReader {
  private readonly local = new Map<string, Leads>();

  constructor(
    private readonly source: LeadSource,
    private readonly depth: number,
    private readonly shared: Map<string, Leads>,
    private readonly isLocal: (name: string) => boolean,
  ) {}

  private leadsOf = (ref: string): Leads => {
    const memo = ref.startsWith('v:') || !this.isLocal(ref) ? this.shared : this.local;
    const known = memo.get(ref);
    if (known !== undefined) return known;
    let leads: Leads;
    if (ref.startsWith('v:')) {
      const forms = this.source.forms(ref.slice(2));
      if (forms === undefined) throw new TooBroad();
      const out = new Set<string>();
      for (const f of forms) union(out, new Reader(f, this.depth, this.leadsOf).read());
      leads = out;
    } else {
      const body = this.source.macro(ref);
      if (body === undefined) throw new TooBroad();
      memo.set(ref, CUT_HERE); // a macro that refers to itself: its leads stop there
      try {
        leads = new Reader(body, this.depth, this.leadsOf).read();
      } catch (e) {
        memo.delete(ref);
        throw e;
      }
    }
    memo.set(ref, leads);
    return leads;
  };

  /** The leads of one pattern, or null when some match may start with anything. */
  leads(pattern: string): string[] | null {
    const set = new Reader(pattern, this.depth, this.leadsOf).read();
    const out = new Set<string>();
    for (const s of set) {
      const lead = s.endsWith(CUT) ? s.slice(0, -1) : s;
      if (lead === '') return null;
      out.add(lead);
    }
    return [...out];
  }
}

/**
 * A pattern's leads: as long as `depth` allows while the set stays small, then
 * shorter; null when a match may start with anything (the pattern is then
 * tried at every word edge).
 */
export function patternLeads(pattern: string, readers: (depth: number) => LeadReader, depth = 3): string[] | null {
  for (let d = depth; d >= 1; d--) {
    try {
      return readers(d).leads(pattern);
    } catch (e) {
      if (!(e instanceof TooBroad)) throw e;
    }
  }
  return null;
}
