/**
 * Marks the flagged words without touching the page's editor. Two paths:
 * the CSS Custom Highlight API (ranges registered with the browser, styled by
 * one rule in the page's <head>), and boxes drawn from the ranges' client
 * rectangles in a closed shadow root of our own, for textareas (whose text
 * has no DOM ranges) and browsers without the API.
 */
import type { Severity } from '../engine/types';

export interface Mark {
  severity: Severity;
  /** A live DOM range over the words, when the editor has one. */
  range: Range | null;
  /** The words' client rectangles, computed on demand. */
  rects(): DOMRect[];
}

export type HighlightMode = 'api' | 'overlay';

const NAMES: Record<Severity, string> = { info: 'prudence-info', warn: 'prudence-warn', block: 'prudence-block' };
const COLORS: Record<Severity, string> = { info: '#1a73e8', warn: '#b06000', block: '#c5221f' };

/** Whether this browser can register highlights. */
export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

const STYLE_ID = 'prudence-highlight-style';

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID) !== null) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  // ::highlight() only accepts colours, text decoration and shadows (no layout): safe on any page.
  style.textContent = (Object.keys(NAMES) as Severity[])
    .map((s) => `::highlight(${NAMES[s]}) { text-decoration: underline wavy ${COLORS[s]}; text-decoration-thickness: 2px; text-underline-offset: 2px; background-color: ${COLORS[s]}1f; }`)
    .join('\n');
  (doc.head ?? doc.documentElement).append(style);
}

export class Highlighter {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private marks: readonly Mark[] = [];

  constructor(
    private readonly doc: Document,
    public mode: HighlightMode,
  ) {}

  /**
   * Adds the highlight style to the page ahead of the first finding: a new
   * style sheet restyles the whole document, which on a chat with thousands
   * of messages costs a few hundred milliseconds; better paid while the page
   * is idle than between the last keystroke and the marks.
   */
  prepare(): void {
    if (this.mode === 'api' && highlightApiAvailable()) ensureStyle(this.doc);
  }

  /** Shows these marks, replacing the previous ones. */
  set(marks: readonly Mark[]): void {
    this.marks = marks;
    if (this.mode === 'api') {
      const api = marks.filter((m) => m.range !== null);
      this.paintApi(api);
      // Marks without a DOM range (textarea) still need boxes.
      this.paintBoxes(marks.filter((m) => m.range === null));
    } else {
      this.paintApi([]);
      this.paintBoxes(marks);
    }
  }

  /** Draws the current marks again where their words now are (after a scroll, a resize, a re-layout). */
  redraw(): void {
    this.set(this.marks);
  }

  clear(): void {
    this.set([]);
  }

  destroy(): void {
    this.paintApi([]);
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.marks = [];
  }

  private paintApi(marks: readonly Mark[]): void {
    if (!highlightApiAvailable()) return;
    for (const severity of Object.keys(NAMES) as Severity[]) {
      const ranges = marks.filter((m) => m.severity === severity && m.range !== null).map((m) => m.range as Range);
      if (ranges.length === 0) CSS.highlights.delete(NAMES[severity]);
      else CSS.highlights.set(NAMES[severity], new Highlight(...ranges));
    }
    if (marks.length > 0) ensureStyle(this.doc);
  }

  private paintBoxes(marks: readonly Mark[]): void {
    if (marks.length === 0 && this.host === null) return;
    const root = this.ensureHost();
    const boxes: string[] = [];
    const frag = this.doc.createDocumentFragment();
    for (const m of marks) {
      for (const r of m.rects()) {
        if (r.width <= 0 || r.height <= 0) continue;
        const box = this.doc.createElement('div');
        box.className = `box ${m.severity}`;
        box.style.transform = `translate(${r.left}px, ${r.top}px)`;
        box.style.width = `${r.width}px`;
        box.style.height = `${r.height}px`;
        frag.append(box);
        boxes.push(`${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)},${Math.round(r.height)}`);
      }
    }
    root.replaceChildren(root.firstChild as Node, frag);
    // Geometry only (never the words): lets the end-to-end tests check where the boxes are.
    this.host?.setAttribute('data-boxes', boxes.join(';'));
  }

  private ensureHost(): ShadowRoot {
    if (this.root !== null && this.host?.isConnected) return this.root;
    const host = this.doc.createElement('prudence-marks');
    host.setAttribute('aria-hidden', 'true');
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = [
      ':host { all: initial; position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; contain: strict; }',
      '.box { position: fixed; left: 0; top: 0; pointer-events: none; border-bottom: 2px solid; box-sizing: border-box; }',
      ...(Object.keys(COLORS) as Severity[]).map((s) => `.box.${s} { border-color: ${COLORS[s]}; background: ${COLORS[s]}1f; }`),
    ].join('\n');
    root.append(style);
    this.doc.documentElement.append(host);
    this.host = host;
    this.root = root;
    return root;
  }
}
