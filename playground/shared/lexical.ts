// A Lexical composer wired like the chat apps that use it (WhatsApp, Messenger,
// Instagram): vanilla Lexical, plain- or rich-text, history, Enter submits
// (after lexical/examples/website-chat SubmitOnEnterPlugin), Shift+Enter is a
// line break, and sending clears through CLEAR_EDITOR_COMMAND.
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  CLEAR_EDITOR_COMMAND,
  CLEAR_HISTORY_COMMAND,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_LOW,
  KEY_ENTER_COMMAND,
  createEditor,
  mergeRegister,
  type EditorThemeClasses,
  type LexicalEditor,
  type SerializedEditorState,
} from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { isImeEnter } from './hook';

export interface LexicalComposerOptions {
  /** The contenteditable element; the page sets its role/aria/data attributes. */
  root: HTMLElement;
  namespace: string;
  mode: 'plain' | 'rich';
  theme?: EditorThemeClasses;
  onSubmit(text: string): void;
  onTextChange?(text: string): void;
}

export interface LexicalComposer {
  editor: LexicalEditor;
  /** Model text: plain text is the root's text content; rich text joins blocks with "\n". */
  text(): string;
  /** Sends the draft when it has non-blank text; returns whether it sent. */
  submit(): boolean;
  insertText(text: string): void;
  saveDraft(): SerializedEditorState | null;
  restoreDraft(draft: SerializedEditorState | null): void;
  focus(): void;
  destroy(): void;
}

export function mountLexical(opts: LexicalComposerOptions): LexicalComposer {
  const editor = createEditor({
    namespace: opts.namespace,
    theme: opts.theme ?? {},
    nodes: opts.mode === 'rich' ? [HeadingNode, QuoteNode] : [],
    onError: (error) => {
      throw error;
    },
  });
  // Vanilla Lexical does not make the root editable by itself (the React
  // ContentEditable component does), so the page's element must already be.
  opts.root.contentEditable = 'true';
  editor.setRootElement(opts.root);

  const $text = (): string => {
    const root = $getRoot();
    if (opts.mode === 'plain') return root.getTextContent();
    return root
      .getChildren()
      .map((block) => block.getTextContent())
      .join('\n');
  };
  const text = (): string => editor.getEditorState().read($text);

  const submit = (): boolean => {
    const value = text();
    if (value.trim() === '') return false;
    opts.onSubmit(value);
    editor.dispatchCommand(CLEAR_EDITOR_COMMAND, undefined);
    return true;
  };

  const unregister = mergeRegister(
    opts.mode === 'rich' ? registerRichText(editor) : registerPlainText(editor),
    registerHistory(editor, createEmptyHistoryState(), 300),
    // Same body as @lexical/react's ClearEditorPlugin.
    editor.registerCommand(
      CLEAR_EDITOR_COMMAND,
      () => {
        editor.update(() => {
          const selection = $getSelection();
          const root = $getRoot();
          const paragraph = $createParagraphNode();
          root.clear();
          root.append(paragraph);
          if (selection !== null) paragraph.select();
        });
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (event === null) return false;
        // An Enter that commits an IME composition is consumed without sending
        // and without a line break, like the real apps.
        if (isImeEnter(event)) return true;
        if (event.shiftKey) return false;
        event.preventDefault();
        submit();
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerUpdateListener(({ editorState }) => {
      opts.onTextChange?.(editorState.read($text));
    }),
  );

  return {
    editor,
    text,
    submit,
    insertText(value) {
      editor.update(() => {
        let selection = $getSelection();
        if (!$isRangeSelection(selection)) selection = $getRoot().selectEnd();
        selection.insertText(value);
      });
    },
    saveDraft() {
      return text() === '' ? null : editor.getEditorState().toJSON();
    },
    restoreDraft(draft) {
      if (draft) {
        editor.setEditorState(editor.parseEditorState(draft));
      } else {
        editor.update(() => {
          const root = $getRoot();
          root.clear();
          root.append($createParagraphNode());
        });
      }
      // A restored draft starts a fresh undo stack, as after a chat switch in the apps.
      editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
    },
    focus() {
      editor.focus(undefined, { defaultSelection: 'rootEnd' });
    },
    destroy() {
      unregister();
      editor.setRootElement(null);
    },
  };
}
