/** X Chat (x.com/i/chat, the replacement of X's DMs): a React <textarea>; Enter sends. */
import { handleIn, onHost, onPlayground, pathPart, pickCompose, queryFirst, sendButtonFns, textLines, typeaheadOpen } from './dom';
import { isXChatPath } from './x-post';
import type { SiteAdapter } from './types';

const COMPOSE = [
  '[data-testid="dm-composer-form"] textarea[data-testid="dm-composer-textarea"]',
  'textarea[data-testid="dm-composer-textarea"]',
  '[data-testid="dm-composer-form"] textarea',
] as const;

const SEND = ['[data-testid="dm-composer-send-button"]', '[data-testid="dm-composer-form"] button[type="submit"]'] as const;

const HEADER = ['[data-testid="dm-conversation-header"]'] as const;

const { findSendButton, isSendButton } = sendButtonFns(COMPOSE, SEND);

export const xChat: SiteAdapter = {
  id: 'x-chat',
  label: 'X Chat',
  hosts: ['x.com', 'twitter.com'],
  editor: 'textarea',
  sendKey: 'enter',
  resend: 'click',
  selectors: { compose: COMPOSE, send: SEND },

  matches: (url) => (onHost(url, xChat.hosts) && isXChatPath(url.pathname)) || onPlayground(url, 'x-chat'),

  findCompose: (doc) => pickCompose(doc, COMPOSE),
  findSendButton,
  isSendButton,

  identity(compose, url) {
    // Header: the display name, then "@handle".
    const header = queryFirst(compose.ownerDocument, HEADER);
    const lines = header === null ? [] : textLines(header);
    const handle = handleIn(lines.find((l) => l.startsWith('@')) ?? null) ?? handleIn(header?.textContent ?? null);
    const first = lines.find((l) => !l.startsWith('@'));
    const name = first === undefined ? null : first.replace(/\s*@[A-Za-z0-9_]{1,15}\b.*$/, '').trim() || null;
    const id = pathPart(url, 'x-chat', /^\/i\/chat\/([^/?#]+)/);
    return { name, handle, key: `x-chat:${id ?? handle ?? name ?? 'unknown'}` };
  },

  // The research notes cite no X documentation of default end-to-end encryption for X Chat.
  channel: () => 'private-unencrypted',

  pickerOpen: typeaheadOpen,
};
