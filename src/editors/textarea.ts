/**
 * <textarea> and <input> (X Chat). The value is the draft. Writes use
 * execCommand('insertText') on the selected span: the browser records an
 * undo step and fires a real input event, which React's value tracker sees
 * (setting `.value` would do neither). The text is not in the DOM, so
 * rects() measures it in a mirror element laid over the field.
 */
import type { EditorAccess } from './types';
import { UNDO, execCommands, nextTask, writeThrough, type WritePlan } from './write';

type Field = HTMLTextAreaElement | HTMLInputElement;

function isField(el: Element): el is Field {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && /^(text|search|email|url|tel|)$/.test(el.type));
}

function read(el: HTMLElement): string {
  return isField(el) ? el.value : (el.textContent ?? '');
}

/** Computed properties that decide where the text wraps and sits. */
const MIRRORED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning', 'fontFeatureSettings',
  'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'direction', 'tabSize',
  'whiteSpace', 'wordBreak', 'overflowWrap', 'hyphens',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'borderTopStyle', 'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle',
] as const;

/**
 * Client rects of [start, end) of a field's value, from a hidden copy of the
 * field laid exactly over it (same box, font and wrapping, same scroll), cut
 * to the field's visible inside.
 */
function fieldRects(field: Field, start: number, end: number): DOMRect[] {
  const doc = field.ownerDocument;
  const value = field.value;
  const s = Math.max(0, Math.min(start, value.length));
  const e = Math.max(s, Math.min(end, value.length));
  if (s === e) return [];
  const box = field.getBoundingClientRect();
  const style = getComputedStyle(field);
  const mirror = doc.createElement('div');
  mirror.setAttribute('aria-hidden', 'true');
  for (const prop of MIRRORED) mirror.style[prop] = style[prop];
  // The field's scrollbar narrows its text: widen the mirror's right padding by the same amount.
  const scrollbar = field.offsetWidth - field.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
  if (scrollbar > 0) mirror.style.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
  Object.assign(mirror.style, {
    position: 'fixed',
    left: `${box.left}px`,
    top: `${box.top}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
    boxSizing: 'border-box',
    overflow: 'hidden',
    visibility: 'hidden',
    pointerEvents: 'none',
    margin: '0',
    borderColor: 'transparent',
    whiteSpace: field instanceof HTMLInputElement ? 'pre' : style.whiteSpace,
  });
  // A trailing "\n" only shows as a line when something follows it.
  const text = doc.createTextNode(value.endsWith('\n') ? `${value} ` : value);
  mirror.append(text);
  (doc.body ?? doc.documentElement).append(mirror);
  try {
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
    const range = doc.createRange();
    range.setStart(text, s);
    range.setEnd(text, e);
    const inner = {
      left: box.left + field.clientLeft,
      top: box.top + field.clientTop,
      right: box.left + field.clientLeft + field.clientWidth,
      bottom: box.top + field.clientTop + field.clientHeight,
    };
    const out: DOMRect[] = [];
    for (const r of Array.from(range.getClientRects())) {
      const left = Math.max(r.left, inner.left);
      const right = Math.min(r.right, inner.right);
      const top = Math.max(r.top, inner.top);
      const bottom = Math.min(r.bottom, inner.bottom);
      if (right > left && bottom > top) out.push(new DOMRect(left, top, right - left, bottom - top));
    }
    return out;
  } finally {
    mirror.remove();
  }
}

const plan: WritePlan = {
  read,
  select: async (el, start, end) => {
    if (!isField(el)) return;
    if (el.ownerDocument.activeElement !== el) el.focus({ preventScroll: true });
    el.setSelectionRange(start, end);
    await nextTask();
  },
  strategies: [
    {
      name: 'execCommand insertText',
      run: ({ el, text }) => execCommands(el, () => (el.ownerDocument.execCommand(text === '' ? 'delete' : 'insertText', false, text) ? 1 : 0)),
    },
  ],
  undo: [UNDO.native],
};

export const textarea: EditorAccess = {
  family: 'textarea',
  read,
  range: () => null,
  rects: (el, start, end) => (isField(el) ? fieldRects(el, start, end) : []),
  replace: (el, text, span) => {
    if (!isField(el)) return Promise.resolve({ ok: false, reason: 'not a text field', text: read(el) });
    return writeThrough(el, text, span, plan);
  },
};
