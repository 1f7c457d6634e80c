/** Telegram Web A (web.telegram.org/a/): a plain contenteditable; Enter sends (the default messageSendKeyCombo). */
import { closestOf, firstLine, hashPart, onPlayground, phoneIn, pickCompose, queryFirst, sendButtonFns, typeaheadOpen } from './dom';
import type { SiteAdapter } from './types';

const COMPOSE = ['#editable-message-text[contenteditable="true"]', '.Composer [role="textbox"][contenteditable="true"]'] as const;

// The main button flips between "record" (a click records a voice note) and
// "send": only the send state is a send button.
const SEND = ['button.Button.main-button.send', '.Composer button.send'] as const;

const TITLE = ['.ChatInfo .title .fullName', '.ChatInfo .title', '.ChatInfo .fullName'] as const;

const { findSendButton, isSendButton } = sendButtonFns(COMPOSE, SEND);

export const telegramA: SiteAdapter = {
  id: 'telegram-a',
  label: 'Telegram Web A',
  hosts: ['web.telegram.org'],
  editor: 'contenteditable',
  // A's default messageSendKeyCombo. The page does not expose the setting:
  // with "Ctrl+Enter", plain Enter (then a new line) still counts as a send.
  sendKey: 'enter',
  resend: 'click',
  selectors: { compose: COMPOSE, send: SEND },

  matches: (url) => (url.protocol === 'https:' && url.hostname === 'web.telegram.org' && (url.pathname === '/a' || url.pathname.startsWith('/a/'))) || onPlayground(url, 'telegram-a'),

  findCompose: (doc) => pickCompose(doc, COMPOSE),
  findSendButton,
  isSendButton,

  identity(compose, url) {
    const column = closestOf(compose, ['#MiddleColumn']) ?? compose.ownerDocument;
    const name = firstLine(queryFirst(column, TITLE));
    // The hash is the chat id (#<chatId>, or #<chatId>_<threadId> for a topic).
    const chat = hashPart(url);
    return { name, handle: phoneIn(name), key: `telegram-a:${chat ?? name ?? 'unknown'}` };
  },

  // Cloud chats are not end-to-end encrypted, and the web clients cannot open secret chats.
  channel: () => 'private-unencrypted',

  pickerOpen: typeaheadOpen,
};
