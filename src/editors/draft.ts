/**
 * Draft.js (X posts and replies). Draft renders from its EditorState and
 * re-renders over foreign DOM changes; a synthetic paste goes through its
 * own paste handler (editOnPaste), which splits the text into blocks and
 * pushes one 'insert-fragment' undo step. execCommand is not a fallback:
 * Chromium's native insertion across Draft's block DOM desyncs the
 * EditorState (the DOM reads right while the model holds something else)
 * and React then fails to reconcile.
 */
import type { EditorAccess } from './types';
import { UNDO, contentEditableAccess, dispatchPaste } from './write';

export const draft: EditorAccess = contentEditableAccess('draft', {
  strategies: [
    {
      name: 'paste',
      applies: ({ text }) => text !== '',
      run: ({ el, text }) => void dispatchPaste(el, text),
    },
    {
      // Draft.js: an empty paste inserts nothing; its Delete key binding removes the selected span through the model.
      name: 'synthetic Delete key',
      applies: ({ text }) => text === '',
      run: ({ el }) => {
        const init: KeyboardEventInit = { key: 'Delete', code: 'Delete', keyCode: 46, which: 46, bubbles: true, cancelable: true, composed: true };
        el.dispatchEvent(new KeyboardEvent('keydown', init));
        el.dispatchEvent(new KeyboardEvent('keyup', init));
      },
    },
  ],
  // Draft.js keeps its own undo stack, driven by its Ctrl+Z key binding.
  undo: [UNDO.shortcut],
});
