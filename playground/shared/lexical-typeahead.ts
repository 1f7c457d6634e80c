// A typeahead menu over a Lexical editor (WhatsApp ":" emoji suggestions).
// While it is open it owns Enter/Tab/arrows/Escape at COMMAND_PRIORITY_CRITICAL,
// so Enter picks the highlighted item and never reaches the send handler. The
// textbox carries aria-expanded / aria-controls / aria-activedescendant and the
// menu is a [role=listbox] of [role=option], the signals an extension can check.
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_CRITICAL,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_ESCAPE_COMMAND,
  KEY_TAB_COMMAND,
  mergeRegister,
  type LexicalEditor,
} from 'lexical';
import { isImeEnter } from './hook';

export interface TypeaheadOptions<T> {
  editor: LexicalEditor;
  textbox: HTMLElement;
  /** Element the listbox is appended to (positioned by the page's CSS). */
  host: HTMLElement;
  listboxId: string;
  listboxClass: string;
  /** Tested on the text before the caret; group 1 is replaced, group 2 is the query. */
  trigger: RegExp;
  search(query: string): T[];
  renderOption(item: T): Node;
  replacement(item: T): string;
}

interface Match {
  key: string;
  start: number;
  end: number;
  before: string;
}

export function registerTypeahead<T>(opts: TypeaheadOptions<T>): () => void {
  const list = document.createElement('div');
  list.id = opts.listboxId;
  list.className = opts.listboxClass;
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  opts.host.append(list);
  opts.textbox.setAttribute('aria-autocomplete', 'list');
  opts.textbox.setAttribute('aria-expanded', 'false');

  let items: T[] = [];
  let active = 0;
  let match: Match | null = null;
  let dismissed: string | null = null;

  const render = (): void => {
    const open = match !== null && items.length > 0;
    list.hidden = !open;
    opts.textbox.setAttribute('aria-expanded', String(open));
    if (!open) {
      list.replaceChildren();
      opts.textbox.removeAttribute('aria-controls');
      opts.textbox.removeAttribute('aria-activedescendant');
      return;
    }
    opts.textbox.setAttribute('aria-controls', opts.listboxId);
    list.replaceChildren(
      ...items.map((item, i) => {
        const option = document.createElement('div');
        option.id = `${opts.listboxId}-option-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', String(i === active));
        option.append(opts.renderOption(item));
        // mousedown would blur the editor and lose its selection.
        option.addEventListener('mousedown', (e) => e.preventDefault());
        option.addEventListener('click', () => pick(i));
        return option;
      }),
    );
    opts.textbox.setAttribute('aria-activedescendant', `${opts.listboxId}-option-${active}`);
  };

  const close = (): void => {
    match = null;
    items = [];
    render();
  };

  const pick = (index: number): void => {
    const m = match;
    const item = items[index];
    if (!m || item === undefined) return;
    close();
    opts.editor.update(() => {
      const node = $getNodeByKey(m.key);
      const selection = $getSelection();
      if (!$isTextNode(node) || !$isRangeSelection(selection)) return;
      selection.setTextNodeRange(node, m.start, node, m.end);
      selection.insertText(opts.replacement(item));
    });
  };

  const isOpen = (): boolean => match !== null && items.length > 0;
  const whenOpen =
    (fn: (e: KeyboardEvent) => void) =>
    (e: KeyboardEvent | null): boolean => {
      if (!isOpen() || e === null || isImeEnter(e)) return false;
      e.preventDefault();
      fn(e);
      return true;
    };

  return mergeRegister(
    opts.editor.registerUpdateListener(({ editorState }) => {
      const next = editorState.read((): Match | null => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
        const node = selection.anchor.getNode();
        if (!$isTextNode(node)) return null;
        const offset = selection.anchor.offset;
        const before = node.getTextContent().slice(0, offset);
        const m = opts.trigger.exec(before);
        if (!m || m[1] === undefined) return null;
        return { key: node.getKey(), start: offset - m[1].length, end: offset, before };
      });
      if (next && next.before === dismissed) return;
      dismissed = null;
      const query = next ? (opts.trigger.exec(next.before)?.[2] ?? '') : '';
      const found = next ? opts.search(query) : [];
      if (!next || found.length === 0) {
        if (match) close();
        return;
      }
      const same = match?.before === next.before;
      match = next;
      items = found;
      if (!same) active = 0;
      render();
    }),
    opts.editor.registerCommand(
      KEY_ARROW_DOWN_COMMAND,
      whenOpen(() => {
        active = (active + 1) % items.length;
        render();
      }),
      COMMAND_PRIORITY_CRITICAL,
    ),
    opts.editor.registerCommand(
      KEY_ARROW_UP_COMMAND,
      whenOpen(() => {
        active = (active - 1 + items.length) % items.length;
        render();
      }),
      COMMAND_PRIORITY_CRITICAL,
    ),
    opts.editor.registerCommand(KEY_ENTER_COMMAND, whenOpen(() => pick(active)), COMMAND_PRIORITY_CRITICAL),
    opts.editor.registerCommand(KEY_TAB_COMMAND, whenOpen(() => pick(active)), COMMAND_PRIORITY_CRITICAL),
    opts.editor.registerCommand(
      KEY_ESCAPE_COMMAND,
      whenOpen(() => {
        dismissed = match?.before ?? null;
        close();
      }),
      COMMAND_PRIORITY_CRITICAL,
    ),
    () => list.remove(),
  );
}
