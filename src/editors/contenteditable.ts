/**
 * Plain contenteditable (LinkedIn messaging, Telegram K and A, Gmail): the
 * DOM is the draft, and the page reads it on send. execCommand edits it the
 * way typing does: the browser records undo and fires input events, which
 * the page's listeners (send button state, draft store) follow. Chromium
 * groups consecutive execCommand edits into one undo step until the
 * selection moves, and setting our selection first closes the user's own
 * typing step: one Ctrl+Z undoes exactly one write, whichever strategy ran.
 */
import type { EditorAccess } from './types';
import { UNDO, contentEditableAccess, execCommands, type Strategy, type WriteContext } from './write';

/** Runs one execCommand; counts it when the browser applied it. */
function exec(doc: Document, command: string, value?: string): number {
  return doc.execCommand(command, false, value) ? 1 : 0;
}

/** Types `text` line by line, with `separator` between lines. Returns the commands applied. */
function typeLines(ctx: WriteContext, separator: 'insertLineBreak' | 'insertParagraph'): number {
  const doc = ctx.el.ownerDocument;
  let applied = ctx.start !== ctx.end ? exec(doc, 'delete') : 0;
  ctx.text.split('\n').forEach((line, i) => {
    if (i > 0) applied += exec(doc, separator);
    if (line !== '') applied += exec(doc, 'insertText', line);
  });
  return applied;
}

const strategies: Strategy[] = [
  {
    // Chromium turns each "\n" of insertText into a new block (<p> or <div>), as the page's own Enter does.
    name: 'execCommand insertText',
    run: ({ el, text }) => execCommands(el, () => exec(el.ownerDocument, text === '' ? 'delete' : 'insertText', text)),
  },
  {
    // For editors whose blocks Chromium's "\n" handling gets wrong: <br> line breaks instead.
    name: 'execCommand insertText per line, insertLineBreak between',
    applies: ({ text }) => text.includes('\n'),
    run: (ctx) => execCommands(ctx.el, () => typeLines(ctx, 'insertLineBreak')),
  },
  {
    name: 'execCommand insertText per line, insertParagraph between',
    applies: ({ text }) => text.includes('\n'),
    run: (ctx) => execCommands(ctx.el, () => typeLines(ctx, 'insertParagraph')),
  },
];

export const contenteditable: EditorAccess = contentEditableAccess('contenteditable', {
  strategies,
  undo: [UNDO.native],
});
