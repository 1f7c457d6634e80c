/**
 * The draft of a contenteditable as text, with a map back to the DOM.
 *
 * One walk builds both: the text exactly as `read()` returns it, and pieces
 * that say which DOM node each character came from, so that a span of the
 * text becomes a DOM Range over exactly those characters.
 *
 * Rules (the way Chromium renders a contenteditable, and the way the chat
 * editors' models count):
 * - a block element (p, div, li, ...) starts and ends a line: one "\n"
 *   between blocks, never two for one boundary;
 * - every <br> is a "\n", and so is a "\n" in a text node (pre-wrap
 *   editors); a newline that ends a block is that block's line end, not an
 *   extra line, which also covers Draft.js's doubled soft newline at a block
 *   end ("a\n" renders as "a\n\n");
 * - the last "\n" of the draft is only the caret placeholder of an empty or
 *   just-broken line (Lexical, Chromium), so one trailing "\n" is dropped;
 * - `img[alt]` (emoji images) count as their alt text;
 * - U+200B and U+FEFF (editors' caret placeholders) are skipped;
 * - U+00A0 reads as a space (a contenteditable types "a  b" as "a&nbsp; b").
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const ZERO_WIDTH = new Set(['\u200b', '\ufeff']);

/** Characters that came from one Text node. */
interface TextPiece {
  kind: 'text';
  /** Offset in the draft text of the first character. */
  start: number;
  length: number;
  node: Text;
  /** Offset in `node.data` of each character, in order (skipped characters leave gaps). */
  offsets: number[];
}

/** Characters that stand for one element: a <br> ("\n") or an emoji <img> (its alt). */
interface AtomPiece {
  kind: 'atom';
  start: number;
  length: number;
  node: Element;
}

/** The "\n" between two blocks, which has no node of its own. */
interface BreakPiece {
  kind: 'break';
  start: number;
  length: 1;
}

type Piece = TextPiece | AtomPiece | BreakPiece;

export interface TextModel {
  readonly text: string;
  readonly root: HTMLElement;
  readonly pieces: readonly Piece[];
}

/** A DOM boundary point. */
interface Point {
  node: Node;
  offset: number;
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

export function buildTextModel(root: HTMLElement): TextModel {
  const pieces: Piece[] = [];
  let text = '';
  const lineBreak = (): void => {
    if (text.length > 0 && !text.endsWith('\n')) {
      pieces.push({ kind: 'break', start: text.length, length: 1 });
      text += '\n';
    }
  };

  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const node = child as Text;
        const data = node.data;
        const offsets: number[] = [];
        let chars = '';
        for (let i = 0; i < data.length; i++) {
          const ch = data[i] as string;
          if (ZERO_WIDTH.has(ch)) continue;
          offsets.push(i);
          chars += ch === '\u00a0' ? ' ' : ch;
        }
        if (chars.length > 0) {
          pieces.push({ kind: 'text', start: text.length, length: chars.length, node, offsets });
          text += chars;
        }
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (SKIPPED_TAGS.has(el.tagName)) continue;
        if (el.tagName === 'BR') {
          pieces.push({ kind: 'atom', start: text.length, length: 1, node: el });
          text += '\n';
        } else if (el.tagName === 'IMG') {
          const alt = el.getAttribute('alt') ?? '';
          if (alt !== '') {
            pieces.push({ kind: 'atom', start: text.length, length: alt.length, node: el });
            text += alt;
          }
        } else if (isBlock(el)) {
          lineBreak();
          walk(el);
          lineBreak();
        } else {
          walk(el);
        }
      }
    }
  };
  walk(root);

  // The caret placeholder of the last line: one trailing "\n" is not text.
  if (text.endsWith('\n')) {
    text = text.slice(0, -1);
    const last = pieces[pieces.length - 1];
    if (last && last.start + last.length > text.length) {
      if (last.kind === 'text' && last.length > 1) {
        last.length -= 1;
        last.offsets.pop();
      } else {
        pieces.pop();
      }
    }
  }
  return { text, root, pieces };
}

/** The draft text of a contenteditable, as `read()` returns it. */
export function readText(root: HTMLElement): string {
  return buildTextModel(root).text;
}

/** The index of the piece that holds character `offset` (pieces are contiguous and sorted). */
function pieceAt(pieces: readonly Piece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid] as Piece;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.start + p.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The point just before the first character of a piece. */
function pointBefore(p: TextPiece | AtomPiece): Point {
  if (p.kind === 'text') return { node: p.node, offset: p.offsets[0] ?? 0 };
  return pointBeside(p.node, 0);
}

/** The point just after the last character of a piece. */
function pointAfter(p: TextPiece | AtomPiece): Point {
  if (p.kind === 'text') return { node: p.node, offset: (p.offsets[p.offsets.length - 1] ?? -1) + 1 };
  return pointBeside(p.node, 1);
}

/** The point before (side 0) or after (side 1) an element, in its parent. */
function pointBeside(node: Node, side: 0 | 1): Point {
  const parent = node.parentNode as Node;
  return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, node) + side };
}

/** Where the caret goes in an empty draft: inside its first line container. */
function emptyPoint(root: HTMLElement): Point {
  let target: Element = root;
  while (target.firstElementChild && isBlock(target.firstElementChild)) target = target.firstElementChild;
  return { node: target, offset: 0 };
}

function nearestContent(pieces: readonly Piece[], from: number, step: 1 | -1): TextPiece | AtomPiece | null {
  for (let i = from; i >= 0 && i < pieces.length; i += step) {
    const p = pieces[i] as Piece;
    if (p.kind !== 'break') return p;
  }
  return null;
}

/** The DOM point where a range starting at text offset `offset` begins. */
function startPoint(model: TextModel, offset: number): Point {
  const { pieces } = model;
  const i = pieceAt(pieces, offset);
  if (i < 0) return endPoint(model, model.text.length);
  const p = pieces[i] as Piece;
  if (p.kind === 'text') return { node: p.node, offset: p.offsets[offset - p.start] ?? 0 };
  if (p.kind === 'atom') return pointBefore(p);
  // A block boundary: start where the previous line's content ends.
  const prev = nearestContent(pieces, i - 1, -1);
  if (prev) return pointAfter(prev);
  const next = nearestContent(pieces, i + 1, 1);
  return next ? pointBefore(next) : emptyPoint(model.root);
}

/** The DOM point where a range ending at text offset `offset` (exclusive) ends. */
function endPoint(model: TextModel, offset: number): Point {
  const { pieces } = model;
  if (offset <= 0 || pieces.length === 0) {
    const first = nearestContent(pieces, 0, 1);
    return first ? pointBefore(first) : emptyPoint(model.root);
  }
  const i = pieceAt(pieces, Math.min(offset, model.text.length) - 1);
  const p = pieces[i] as Piece | undefined;
  if (!p) return emptyPoint(model.root);
  if (p.kind === 'text') {
    const at = p.offsets[offset - 1 - p.start];
    return { node: p.node, offset: at === undefined ? p.node.data.length : at + 1 };
  }
  if (p.kind === 'atom') return pointAfter(p);
  // A block boundary: end where the next line's content begins.
  const next = nearestContent(pieces, i + 1, 1);
  if (next) return pointBefore(next);
  const prev = nearestContent(pieces, i - 1, -1);
  return prev ? pointAfter(prev) : emptyPoint(model.root);
}

/** A Range over the characters [start, end) of the model's text (clamped to it). */
export function rangeOf(model: TextModel, start: number, end: number): Range {
  const length = model.text.length;
  const s = Math.max(0, Math.min(start, length));
  const e = Math.max(s, Math.min(end, length));
  const range = model.root.ownerDocument.createRange();
  const a = startPoint(model, s);
  range.setStart(a.node, a.offset);
  if (e === s) {
    range.collapse(true);
    return range;
  }
  const b = endPoint(model, e);
  range.setEnd(b.node, b.offset);
  // setEnd before the start collapses the range onto the end: put it back on the start.
  if (range.collapsed) range.setStart(a.node, a.offset);
  return range;
}

/** The range's client rectangles, without the zero-width ones Chromium adds at line edges. */
export function rectsOf(range: Range): DOMRect[] {
  return Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
}
