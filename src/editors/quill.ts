/**
 * Quill 2 (the family of LinkedIn post and Slack-like compose boxes). Quill
 * keeps a Delta model and renders the DOM from it; its clipboard module
 * handles a synthetic paste (one USER change, which its history records), and
 * its input module a beforeinput insertReplacementText with a target range.
 * Quill 1 (LinkedIn posts) pastes through a hidden container filled by the
 * browser's native paste, which a synthetic paste never fills: it needs the
 * page-world `__quill` API, and read-back reports the failure meanwhile.
 */
import type { EditorAccess } from './types';
import { UNDO, contentEditableAccess, dispatchBeforeInput, dispatchPaste, selectedRange } from './write';

/** The Quill root (`.ql-editor`): the compose box itself, or the editor inside a `.ql-container`. */
function root(el: HTMLElement): HTMLElement {
  if (el.classList.contains('ql-editor')) return el;
  return el.querySelector<HTMLElement>('.ql-editor') ?? el;
}

/**
 * Quill's history merges every change made within 1 s of the start of its
 * last undo step into that step, so a write right after typing would be
 * undone together with the typing (by the user's Ctrl+Z, and by our own
 * undo of a wrong write). An undo followed by a redo closes the open step
 * (Quill resets its merge clock on both) and leaves the draft as it was.
 */
async function closeHistoryStep(el: HTMLElement): Promise<string | null> {
  const editor = root(el);
  const html = editor.innerHTML;
  dispatchBeforeInput(editor, { inputType: 'historyUndo' });
  // Quill applies undo and redo synchronously; an unchanged DOM means there was nothing to undo.
  if (editor.innerHTML === html) return null;
  dispatchBeforeInput(editor, { inputType: 'historyRedo' });
  return editor.innerHTML === html ? null : 'Quill did not redo the step it undid while closing its history step';
}

export const quill: EditorAccess = contentEditableAccess('quill', {
  prepare: closeHistoryStep,
  strategies: [
    {
      name: 'paste',
      run: ({ el, text }) => void dispatchPaste(root(el), text),
    },
    {
      // Quill 2: the input module replaces the event's target range (it ignores a collapsed one).
      name: 'beforeinput insertReplacementText',
      run: ({ el, text }) => void dispatchBeforeInput(root(el), { inputType: 'insertReplacementText', transfer: text, target: selectedRange(el) }),
    },
  ],
  // Quill 2's history module listens to beforeinput historyUndo and binds Ctrl+Z.
  undo: [UNDO.historyEvent, UNDO.shortcut],
}, root);
