// The part both Telegram pages share: chats addressed by the URL hash
// (#<chatId>), a plain contenteditable composer whose draft each chat keeps
// while another is open, and sending with Enter or with the one main button,
// which sends only in its "send" state (in "record" it would record a voice
// note). Each page keeps its own markup and look.

import { installHook, isImeEnter } from './hook';
import { caretToEnd, contentEditableText } from './contenteditable';

export interface HashChatItem {
  id: string;
  name: string;
  /** The composer's HTML while the chat is not open; '' when none. */
  draft: string;
}

export interface HashChatPage<C extends HashChatItem> {
  page: string;
  chats: C[];
  input: HTMLElement;
  mainButton: HTMLElement;
  /** Whether a keydown Enter is a newline (or not the app's send combo) rather than a send. */
  isNewline(e: KeyboardEvent): boolean;
  /** Reflects the composer's text in the page: placeholder, send or record button. */
  syncState(text: string): void;
  /** Adds the sent text to the open chat's messages and shows it. */
  appendSent(chat: C, text: string): void;
  renderChat(chat: C): void;
  renderList(open: C): void;
}

/** The chat the URL hash names, or the first one (the hash is then set to it). */
export function chatFromHash<C extends HashChatItem>(chats: C[]): C {
  const named = chats.find((c) => c.id === decodeURIComponent(location.hash.slice(1)));
  if (named) return named;
  const first = chats[0];
  if (!first) throw new Error('no chats');
  history.replaceState(null, '', `#${first.id}`);
  return first;
}

/** Text of a stored draft (HTML), for the chat list's "Draft:" preview. */
export function draftText(html: string): string {
  const tmp = document.createElement('div');
  tmp.innerHTML = html;
  return contentEditableText(tmp);
}

/** Wires the composer, the main button, hash navigation and the test hook; returns the open chat's getter. */
export function startHashChat<C extends HashChatItem>(p: HashChatPage<C>): () => C {
  let current = chatFromHash(p.chats);
  const text = () => contentEditableText(p.input);
  const sync = () => p.syncState(text());
  const byId = (id: string) => p.chats.find((c) => c.id === id);

  const send = () => {
    const value = text();
    if (value.trim() === '') return;
    recordSent(value);
    p.appendSent(current, value);
    p.input.innerHTML = '';
    sync();
    p.renderList(current);
  };

  const open = (id: string) => {
    const next = byId(id);
    if (!next || next === current) return;
    current.draft = text() === '' ? '' : p.input.innerHTML;
    current = next;
    p.input.innerHTML = current.draft;
    current.draft = '';
    sync();
    p.renderChat(current);
    p.renderList(current);
    p.input.focus();
    caretToEnd(p.input);
  };

  p.input.addEventListener('input', sync);
  p.input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || p.isNewline(e) || isImeEnter(e)) return;
    e.preventDefault();
    send();
  });
  p.mainButton.addEventListener('click', () => {
    if (p.mainButton.classList.contains('send')) send();
    p.input.focus();
  });
  window.addEventListener('hashchange', () => open(decodeURIComponent(location.hash.slice(1))));

  const recordSent = installHook(p.page, {}, {
    draft: text,
    conversation: () => ({ id: current.id, name: current.name }),
    switchTo: (id) => {
      if (!byId(id)) throw new Error(`No chat ${id}`);
      // Navigation is by hash; open() runs now rather than on the later hashchange.
      history.pushState(null, '', `#${id}`);
      open(id);
    },
  });

  sync();
  p.renderChat(current);
  p.renderList(current);
  p.input.focus();
  return () => current;
}
