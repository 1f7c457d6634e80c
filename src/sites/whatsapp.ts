/** WhatsApp Web: a Lexical composer in `#main footer`; Enter sends. */
import { firstLine, onHost, onPlayground, phoneIn, pickCompose, sendButtonFns, typeaheadOpen } from './dom';
import type { SiteAdapter } from './types';

// Everything is under #main, the open chat: the chat-list search box lives in
// #side (and is an <input> nowadays), so it can never match.
const COMPOSE = [
  // data-tab="10" has told the composer from the search box for years.
  '#main footer div[contenteditable="true"][role="textbox"][data-tab="10"]',
  '#main footer div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  '#main div[contenteditable="true"][data-tab="10"]',
  // Older builds.
  '#main [data-testid="conversation-compose-box-input"][contenteditable="true"]',
] as const;

// The send button replaces the mic button in the same slot only while there
// is text, so none of these matches an empty draft.
const SEND = [
  '[data-icon="wds-ic-send-filled"]',
  '[data-icon="send"]',
  '[data-testid="compose-btn-send"]',
  // Localized label: last resort.
  'button[aria-label="Send"]',
] as const;

const { findSendButton, isSendButton } = sendButtonFns(COMPOSE, SEND);

export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  label: 'WhatsApp Web',
  hosts: ['web.whatsapp.com'],
  editor: 'lexical',
  sendKey: 'enter',
  // The send button shares its slot with voice-note recording: a click that
  // lands after the slot flipped back would record, so resend by key only.
  resend: 'key',
  selectors: { compose: COMPOSE, send: SEND },

  matches: (url) => onHost(url, whatsapp.hosts) || onPlayground(url, 'whatsapp'),

  findCompose: (doc) => pickCompose(doc, COMPOSE),
  findSendButton,
  isSendButton,

  identity(compose) {
    // The URL never names the chat; the header's first rendered line is the
    // contact's saved name, or the number for an unsaved contact. Its only
    // [title] is "Profile details", so older `header span[title]` reads are wrong.
    const name = firstLine(compose.closest('#main')?.querySelector('header') ?? null);
    return { name, handle: phoneIn(name), key: `whatsapp:${name ?? 'unknown'}` };
  },

  // Every personal and group chat is end-to-end encrypted by default.
  channel: () => 'private-encrypted',

  pickerOpen: typeaheadOpen,
};
