/**
 * Rewrites a lexicon pattern so that no match opens with a look-around.
 *
 * V8 rejects most positions of a text by checking the first characters a
 * match could start with. A look-around in first place ("(?<=^|[.!?] )calm
 * down", "(?<!not )guaranteed") hides them, and the whole alternation is then
 * tried at every position: measured 17 times slower on text with nothing to
 * find. Authors write the condition where it reads naturally; the compiler
 * moves it behind the words it guards:
 *
 *     A E      becomes      E(?<=(?<![a-z0-9])A E)
 *
 * where A is the leading look-arounds and E the elements up to the first one
 * that cannot be empty. Inside the look-behind, E is matched backwards from
 * the end of E's match, then A is checked at its start. When E opens the
 * match, the word edge pins that start to where the match itself began
 * (lexicon matches begin at a word edge), so the rewrite accepts what the
 * original accepts; deeper in, a backward match of E could in theory start
 * elsewhere, which only matters for alternatives that are suffixes of each
 * other.
 */

type Node =
  | { kind: 'alt'; branches: Node[][] }
  | { kind: 'group'; open: string; body: Node; quant: string }
  | { kind: 'atom'; src: string; quant: string };

class Parser {
  private i = 0;
  constructor(private readonly re: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.re.length) throw new Error(`unbalanced ")" at ${this.i} in "${this.re}"`);
    return node;
  }

  private alternation(): Node {
    const branches: Node[][] = [this.sequence()];
    while (this.re[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return { kind: 'alt', branches };
  }

  private sequence(): Node[] {
    const items: Node[] = [];
    while (this.i < this.re.length && this.re[this.i] !== '|' && this.re[this.i] !== ')') items.push(this.item());
    return items;
  }

  private item(): Node {
    const re = this.re;
    const c = re.charCodeAt(this.i);
    if (c === 0x28 /* ( */) {
      let open = '(';
      if (re.charCodeAt(this.i + 1) === 0x3f /* ? */) {
        const k = re.charCodeAt(this.i + 2);
        open = k === 0x3c /* < */ ? re.slice(this.i, this.i + 4) : re.slice(this.i, this.i + 3);
      }
      this.i += open.length;
      const body = this.alternation();
      if (re.charCodeAt(this.i) !== 0x29) throw new Error(`unclosed "(" in "${re}"`);
      this.i++;
      return { kind: 'group', open, body, quant: this.quantifier() };
    }
    const from = this.i;
    if (c === 0x5c /* \\ */) {
      this.i += 2;
    } else if (c === 0x5b /* [ */) {
      this.i++;
      while (this.i < re.length && re.charCodeAt(this.i) !== 0x5d) this.i += re.charCodeAt(this.i) === 0x5c ? 2 : 1;
      this.i++;
    } else {
      // One code point, so a surrogate pair is never cut.
      this.i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    return { kind: 'atom', src: re.slice(from, this.i), quant: this.quantifier() };
  }

  /** `?`, `*`, `+` or `{m}`, `{m,}`, `{m,n}`, each possibly lazy; '' when none. */
  private quantifier(): string {
    const re = this.re;
    const from = this.i;
    const c = re.charCodeAt(from);
    if (c === 0x3f || c === 0x2a || c === 0x2b) {
      this.i++;
    } else if (c === 0x7b /* { */ && re.charCodeAt(from + 1) >= 0x30 && re.charCodeAt(from + 1) <= 0x39) {
      const close = re.indexOf('}', from);
      if (close < 0) return '';
      this.i = close + 1;
    } else {
      return '';
    }
    if (re.charCodeAt(this.i) === 0x3f) this.i++;
    return re.slice(from, this.i);
  }
}

function print(node: Node): string {
  switch (node.kind) {
    case 'alt':
      return node.branches.map((b) => b.map(print).join('')).join('|');
    case 'group':
      return `${node.open}${print(node.body)})${node.quant}`;
    case 'atom':
      return node.src + node.quant;
  }
}

const LOOK = new Set(['(?=', '(?!', '(?<=', '(?<!']);

/** Zero-width: a look-around, an anchor, or a group made only of those. */
function isAssertion(n: Node): boolean {
  if (n.kind === 'atom') return n.src === '^' || n.src === '$' || n.src === '\\b' || n.src === '\\B';
  if (n.kind === 'group') return LOOK.has(n.open) || (n.open === '(?:' && n.body.kind === 'alt' && n.body.branches.every((b) => b.length > 0 && b.every(isAssertion)));
  return false;
}

/** Whether the element can match the empty string (by its quantifier alone). */
function isOptional(n: Node): boolean {
  return n.kind !== 'alt' && /^(?:\?|\*|\{0(?:,\d*)?\})/.test(n.quant);
}

/** Whether a leading look-around can open a match of this node. */
function opensWithLookaround(node: Node): boolean {
  if (node.kind !== 'alt') return false;
  return node.branches.some((seq) => {
    for (const item of seq) {
      if (isAssertion(item)) {
        if (item.kind === 'group') return true;
        continue;
      }
      if (item.kind === 'group' && item.open === '(?:' && opensWithLookaround(item.body)) return true;
      if (!isOptional(item)) return false;
    }
    return false;
  });
}

/**
 * `atStart`: the node begins exactly where the match begins (nothing optional
 * before it), so the hoisted check may pin its start to a word edge.
 */
function hoistAlt(node: Node, atStart: boolean): Node {
  if (node.kind !== 'alt') return node;
  return { kind: 'alt', branches: node.branches.map((seq) => hoistSeq(seq, atStart)) };
}

function hoistSeq(seq: Node[], atStart: boolean): Node[] {
  let lead = 0;
  while (lead < seq.length && isAssertion(seq[lead] as Node)) lead++;
  const asserts = seq.slice(0, lead);
  const rest = seq.slice(lead);
  // E: up to and including the first element that cannot be empty.
  let e = 0;
  while (e < rest.length && isOptional(rest[e] as Node)) e++;
  if (e >= rest.length) return seq; // nothing fixed to hoist behind: left as written
  const guarded = rest.slice(0, e + 1);
  // The groups that may open the match get the same treatment inside.
  const head = guarded.map((n, k) => (n.kind === 'group' && n.open === '(?:' ? { ...n, body: hoistAlt(n.body, atStart && k === 0) } : n));
  // Anchors alone ("^", "\\b") do not hide the first characters: left in front.
  if (!asserts.some((a) => a.kind === 'group')) return [...asserts, ...head, ...rest.slice(e + 1)];
  const edge = atStart ? '(?<![a-z0-9])' : '';
  const behind: Node = { kind: 'atom', src: `(?<=${edge}${asserts.map(print).join('')}${guarded.map(print).join('')})`, quant: '' };
  return [...head, behind, ...rest.slice(e + 1)];
}

/**
 * A quick, allocation-free pass: false when no look-around can open a match
 * (most patterns), true when one may. Parsing every pattern into a tree costs
 * more than the rest of loading the engine, so only the flagged ones are parsed.
 */
export function mayOpenWithLookaround(re: string, macroMayOpen?: (name: string) => boolean): boolean {
  // Per open group: whether its alternatives begin where the match begins.
  const groupAtStart: boolean[] = [true];
  let atStart = true;
  let beforeAtom = true;
  let i = 0;
  const n = re.length;
  while (i < n) {
    const c = re.charCodeAt(i);
    if (c === 0x5c /* \\ */) {
      beforeAtom = atStart;
      atStart = false;
      i += 2;
    } else if (c === 0x5b /* [ */) {
      beforeAtom = atStart;
      atStart = false;
      i++;
      while (i < n && re.charCodeAt(i) !== 0x5d) i += re.charCodeAt(i) === 0x5c ? 2 : 1;
      i++;
    } else if (c === 0x28 /* ( */) {
      const look = re.charCodeAt(i + 1) === 0x3f && (re.charCodeAt(i + 2) === 0x3d || re.charCodeAt(i + 2) === 0x21 || (re.charCodeAt(i + 2) === 0x3c && re.charCodeAt(i + 3) !== 0x2d));
      if (atStart && look) return true;
      groupAtStart.push(atStart);
      i++;
      if (re.charCodeAt(i) === 0x3f) i += re.charCodeAt(i + 1) === 0x3c ? 3 : 2;
    } else if (c === 0x29 /* ) */) {
      beforeAtom = groupAtStart.pop() ?? false;
      atStart = false;
      i++;
    } else if (c === 0x7c /* | */) {
      atStart = groupAtStart[groupAtStart.length - 1] ?? false;
      i++;
    } else if (c === 0x7b /* { */ && macroMayOpen !== undefined && re.charCodeAt(i + 1) >= 0x61 && re.charCodeAt(i + 1) <= 0x7a) {
      // A macro reference in lexicon source, `{name}` or `{v:lemma}`: one atom, looked into when it may open the match.
      const close = re.indexOf('}', i);
      const name = re.slice(i + 1, close < 0 ? n : close);
      if (atStart && !name.startsWith('v:') && macroMayOpen(name)) return true;
      beforeAtom = atStart;
      atStart = false;
      i = close < 0 ? n : close + 1;
    } else if (c === 0x3f /* ? */ || c === 0x2a /* * */ || (c === 0x7b /* { */ && re.charCodeAt(i + 1) === 0x30)) {
      // The atom before was optional: what follows may still open the match.
      if (beforeAtom) atStart = true;
      i++;
      if (c === 0x7b) while (i < n && re.charCodeAt(i - 1) !== 0x7d) i++;
      if (re.charCodeAt(i) === 0x3f) i++;
    } else if (c === 0x5e /* ^ */ || c === 0x24 /* $ */) {
      i++;
    } else {
      beforeAtom = atStart;
      atStart = false;
      i++;
    }
  }
  return false;
}

/** The pattern with every look-around that could open a match moved behind the words it guards. */
export function hoistLookarounds(re: string): string {
  if (!mayOpenWithLookaround(re)) return re;
  const tree = new Parser(re).parse();
  if (!opensWithLookaround(tree)) return re;
  return print(hoistAlt(tree, true));
}

/** True when a look-around can still open a match of the pattern. */
export function startsWithLookaround(re: string): boolean {
  return mayOpenWithLookaround(re) && opensWithLookaround(new Parser(re).parse());
}
