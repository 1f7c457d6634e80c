// Text of a plain contenteditable, line by line as it renders: block elements
// (div/p/li) are lines and <br> is a newline. A trailing <br> inside a block is
// only Chrome's caret placeholder, so a block end adds no second newline.
// U+00A0 becomes a space: contenteditable types "a  b" as "a&nbsp; b".

const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3']);

export function contentEditableText(root: HTMLElement): string {
  let out = '';
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        out += (child as Text).data;
      } else if (child instanceof HTMLBRElement) {
        out += '\n';
      } else if (child instanceof HTMLElement) {
        const block = BLOCKS.has(child.tagName);
        if (block && out.length > 0 && !out.endsWith('\n')) out += '\n';
        if (child.tagName === 'IMG') out += child.getAttribute('alt') ?? '';
        else walk(child);
        if (block && !out.endsWith('\n')) out += '\n';
      }
    }
  };
  walk(root);
  if (out.endsWith('\n')) out = out.slice(0, -1);
  return out.replace(/\u00a0/g, ' ');
}

/** Puts the caret at the end of a contenteditable's last line (after restoring a draft). */
export function caretToEnd(el: HTMLElement): void {
  const sel = el.ownerDocument.getSelection();
  if (!sel) return;
  let target: Element = el;
  while (target.lastElementChild && BLOCKS.has(target.lastElementChild.tagName)) target = target.lastElementChild;
  const range = el.ownerDocument.createRange();
  const last = target.lastChild;
  // Before a trailing <br> (Chrome's empty-line placeholder), not after it.
  if (last instanceof HTMLBRElement) range.setStartBefore(last);
  else {
    range.selectNodeContents(target);
    range.collapse(false);
  }
  range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
}
