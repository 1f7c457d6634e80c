/**
 * Reading an element's text the way the page shows it, for the conversation
 * readers: like `innerText` (hidden elements left out, block boundaries as
 * line breaks, white space collapsed unless the element preserves it, <br>
 * as a line break) but with subtrees left out on request (a message's time
 * and reactions sit inside its text element on several sites), emoji images
 * read by their alt text, editable fields never read, and a bound on the
 * length. It only reads: never innerHTML, never a write.
 */

/** Never read: editable fields (the draft), scripts, and Prudence's own UI hosts. */
const ALWAYS_SKIP = [
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'input',
  'select',
  'button',
  '[contenteditable]:not([contenteditable="false"])',
  'prudence-guard',
  'prudence-marks',
].join(', ');

/** Elements deeper than this are left out (no real message nests anywhere near it). */
const MAX_DEPTH = 200;

const PRESERVED = new Set(['pre', 'pre-wrap', 'pre-line', 'break-spaces']);

export interface ReadOptions {
  /** A selector list of subtrees to leave out (times, reactions, quoted messages). */
  skip?: string;
  /** At most this many characters; the text is cut there. */
  max: number;
}

export interface ReadText {
  text: string;
  /** True when `max` cut the text. */
  cut: boolean;
}

class Sink {
  private parts: string[] = [];
  private length = 0;
  /** Nothing written on the current line yet (leading spaces are dropped there). */
  private lineStart = true;
  /** A block boundary asked for a line break before the next text. */
  private pendingBreak = false;
  cut = false;

  constructor(private readonly max: number) {}

  get full(): boolean {
    return this.cut;
  }

  text(raw: string, preserve: boolean): void {
    let s = preserve ? raw.replace(/\r\n?/g, '\n') : raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (s === '') return;
    if (this.pendingBreak && this.parts.length > 0) this.newline();
    this.pendingBreak = false;
    if (this.lineStart && !preserve) s = s.replace(/^ +/, '');
    if (s === '') return;
    this.push(s);
    this.lineStart = s.endsWith('\n');
  }

  /** A forced line break (<br>). */
  br(): void {
    this.pendingBreak = false;
    this.newline();
  }

  /** A block boundary: one line break before whatever text follows, never several. */
  block(): void {
    if (!this.lineStart) this.pendingBreak = true;
  }

  result(): string {
    // Only ASCII white space is trimmed: a no-break space is shown text.
    return this.parts.join('').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^[ \t\n]+|[ \t\n]+$/g, '');
  }

  private newline(): void {
    const last = this.parts.length - 1;
    if (last >= 0) this.parts[last] = this.parts[last]!.replace(/ +$/, '');
    this.push('\n');
    this.lineStart = true;
  }

  private push(s: string): void {
    if (this.cut) return;
    const room = this.max - this.length;
    if (s.length > room) {
      this.parts.push(s.slice(0, Math.max(0, room)));
      this.length = this.max;
      this.cut = true;
      return;
    }
    this.parts.push(s);
    this.length += s.length;
  }
}

type Style = Pick<CSSStyleDeclaration, 'display' | 'visibility' | 'whiteSpace'>;

/** The element's computed style, or a stand-in from its tag where there is no layout (a detached tree). */
function styleOf(el: Element, cache: Map<Element, Style>): Style {
  let style = cache.get(el);
  if (style === undefined) {
    const view = el.ownerDocument.defaultView;
    const computed = view !== null && el.isConnected ? view.getComputedStyle(el) : null;
    style =
      computed !== null && computed.display !== ''
        ? { display: computed.display, visibility: computed.visibility, whiteSpace: computed.whiteSpace }
        : { display: /^(div|p|li|ul|ol|blockquote|pre|h[1-6]|section|article|header|footer|tr|table)$/i.test(el.localName) ? 'block' : 'inline', visibility: 'visible', whiteSpace: el.localName === 'pre' ? 'pre' : 'normal' };
    cache.set(el, style);
  }
  return style;
}

function isBlock(display: string): boolean {
  return !display.startsWith('inline') && display !== 'contents' && display !== 'table-cell' && display !== 'ruby';
}

/** The text an element shows, read as described at the top of this file. */
export function readText(root: Element, options: ReadOptions): ReadText {
  const sink = new Sink(options.max);
  const skip = options.skip === undefined || options.skip === '' ? ALWAYS_SKIP : `${ALWAYS_SKIP}, ${options.skip}`;
  const styles = new Map<Element, Style>();

  const walk = (el: Element, depth: number): void => {
    for (let node = el.firstChild; node !== null && !sink.full; node = node.nextSibling) {
      if (node.nodeType === 3) {
        sink.text((node as Text).data, PRESERVED.has(styleOf(el, styles).whiteSpace));
        continue;
      }
      if (node.nodeType !== 1 || depth >= MAX_DEPTH) continue;
      const child = node as Element;
      if (child.matches(skip)) continue;
      const style = styleOf(child, styles);
      if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') continue;
      if (child.localName === 'br') {
        sink.br();
        continue;
      }
      if (child.localName === 'img') {
        // Emoji are images on WhatsApp, X and Telegram; their alt is the character.
        sink.text(child.getAttribute('alt') ?? '', false);
        continue;
      }
      const block = isBlock(style.display);
      if (block) sink.block();
      walk(child, depth + 1);
      if (block) sink.block();
    }
  };

  if (!root.matches(skip)) walk(root, 0);
  return { text: sink.result(), cut: sink.cut };
}

/** An element's text on one line (a name, a time), or null when it shows none. */
export function lineOf(el: Element | null, skip?: string): string | null {
  if (el === null) return null;
  const { text } = readText(el, { max: 500, ...(skip === undefined ? {} : { skip }) });
  // ASCII white space only: "9:02\u202fAM" keeps the narrow no-break space the page shows.
  const line = text.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
  return line === '' ? null : line;
}
