/** Telegram Web K (web.telegram.org/k/): a plain contenteditable; Enter sends. */
import { closestOf, firstLine, hashPart, onPlayground, phoneIn, pickCompose, queryFirst, sendButtonFns, typeaheadOpen } from './dom';
import type { SiteAdapter } from './types';

// K keeps a hidden contenteditable clone, .input-field-input-fake, to measure
// the input's height: it has the same classes and must never be taken.
const COMPOSE = [
  '.chat-input .input-message-input[contenteditable="true"]:not(.input-field-input-fake)',
  '.input-message-input[contenteditable="true"]:not(.input-field-input-fake)',
] as const;

// One button flips between "record" (empty draft: a click records a voice
// note) and "send" / "edit": only the latter are send buttons.
const SEND = ['.btn-send-container button.btn-send:not(.record)', 'button.btn-send:not(.record)'] as const;

const TITLE = ['.chat-info .peer-title', '.top-bar .peer-title'] as const;

const { findSendButton, isSendButton } = sendButtonFns(COMPOSE, SEND);

export const telegramK: SiteAdapter = {
  id: 'telegram-k',
  label: 'Telegram Web K',
  hosts: ['web.telegram.org'],
  editor: 'contenteditable',
  sendKey: 'enter',
  resend: 'click',
  selectors: { compose: COMPOSE, send: SEND },

  matches: (url) => (url.protocol === 'https:' && url.hostname === 'web.telegram.org' && (url.pathname === '/k' || url.pathname.startsWith('/k/'))) || onPlayground(url, 'telegram-k'),

  findCompose: (doc) => pickCompose(doc, COMPOSE),
  findSendButton,
  isSendButton,

  identity(compose, url) {
    // K keeps one .chat per open tab; the composer's own chat holds its header.
    const chat = closestOf(compose, ['.chat']) ?? compose.ownerDocument;
    const title = queryFirst(chat, TITLE);
    const name = firstLine(title);
    // The input and the title carry the peer id (users positive, groups negative); the hash is the fallback.
    const peer = compose.getAttribute('data-peer-id') || title?.getAttribute('data-peer-id') || hashPart(url);
    return { name, handle: phoneIn(name), key: `telegram-k:${peer ?? name ?? 'unknown'}` };
  },

  // Cloud chats are not end-to-end encrypted, and the web clients cannot open secret chats.
  channel: () => 'private-unencrypted',

  pickerOpen: typeaheadOpen,
};
