/**
 * Lexical (WhatsApp Web, Messenger, Instagram). Lexical owns its DOM: it
 * reverts nodes added from outside and applies text only from its own input
 * handlers, so every write is an input event it handles itself, after its
 * selection has caught up with the DOM one (it syncs on `selectionchange`).
 */
import type { EditorAccess } from './types';
import { UNDO, contentEditableAccess, dispatchBeforeInput, dispatchPaste, selectedRange } from './write';

export const lexical: EditorAccess = contentEditableAccess('lexical', {
  strategies: [
    {
      // Lexical: CONTROLLED_TEXT_INSERTION_COMMAND; plain and rich text insert the DataTransfer's text/plain, "\n" as line breaks.
      name: 'beforeinput insertReplacementText',
      run: ({ el, text }) => void dispatchBeforeInput(el, { inputType: 'insertReplacementText', transfer: text, target: selectedRange(el) }),
    },
    {
      // Lexical: insertText with `data` over a selection goes through the same command (a collapsed one may be left to the browser).
      name: 'beforeinput insertText',
      run: ({ el, text }) => void dispatchBeforeInput(el, { inputType: 'insertText', data: text }),
    },
    {
      // Lexical: PASTE_COMMAND, a separate undo step.
      name: 'paste',
      run: ({ el, text }) => void dispatchPaste(el, text),
    },
  ],
  // Lexical's history listens to beforeinput historyUndo and to its Ctrl+Z key command.
  undo: [UNDO.historyEvent, UNDO.shortcut],
});
