/**
 * Messenger, on messenger.com and on facebook.com: a Lexical composer; Enter
 * sends.
 *
 * facebook.com scope: the whole host. Chat popups dock on every facebook.com
 * page (feed, profiles, groups), and a message sent from one is as much a
 * message as one sent from /messages. Those pages are also full of other
 * Lexical boxes (comments, posts), so outside a thread page only a composer
 * labelled "Message…" is taken; comment and post boxes never are.
 */
import { closestOf, onHost, onPlayground, pathPart, pickCompose, sendButtonFns, typeaheadOpen } from './dom';
import type { SiteAdapter } from './types';

const LEXICAL_BOX = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

/** Composers of chat popups, which can sit on any facebook.com page. */
const POPUP_COMPOSE = [`${LEXICAL_BOX}[aria-label^="Message"]`] as const;

const COMPOSE = [
  `[role="main"] ${LEXICAL_BOX}[aria-label^="Message"]`,
  // Any UI language, but only where [role=main] is the thread (see threadPage).
  `[role="main"] ${LEXICAL_BOX}`,
  ...POPUP_COMPOSE,
] as const;

// "Send a like" takes the same slot while the draft is empty: it sends a 👍,
// which is harmless, so it is not a send button here.
const SEND = [
  '[role="button"][aria-label="Press enter to send"]',
  '[role="button"][aria-label="Press Enter to send"]',
  '[role="button"][aria-label="Send"]',
] as const;

/** The open thread's region: the main pane, or a chat popup (Briskine's facebook plugin keys popups on tabindex=-1). */
const CONVERSATION = ['[role="main"]', '[tabindex="-1"]'] as const;

/** Pages whose [role=main] is a Messenger thread: messenger.com, facebook.com/messages, the playground. */
function threadPage(url: URL): boolean {
  if (url.hostname === 'www.facebook.com') return url.pathname === '/messages' || url.pathname.startsWith('/messages/');
  return true;
}

function urlOf(doc: Document): URL | null {
  try {
    return new URL(doc.URL);
  } catch {
    return null;
  }
}

const { findSendButton, isSendButton } = sendButtonFns(COMPOSE, SEND);

export const messenger: SiteAdapter = {
  id: 'messenger',
  label: 'Messenger',
  hosts: ['www.messenger.com', 'www.facebook.com'],
  editor: 'lexical',
  sendKey: 'enter',
  resend: 'click',
  selectors: { compose: COMPOSE, send: SEND },

  matches: (url) => onHost(url, messenger.hosts) || onPlayground(url, 'messenger'),

  findCompose(doc) {
    const url = urlOf(doc);
    return pickCompose(doc, url !== null && threadPage(url) ? COMPOSE : POPUP_COMPOSE);
  },
  findSendButton,
  isSendButton,

  identity(compose, url) {
    const region = closestOf(compose, CONVERSATION);
    // The thread's name is the aria-label of the first link in its pane (the header's profile link).
    const name = region?.querySelector('a[aria-label]')?.getAttribute('aria-label')?.trim() || null;
    // The URL names the thread (/t/<id>, /messages/t/<id>, /e2ee/t/<id>) only for the main pane, not for popups.
    const inMain = compose.closest('[role="main"]') !== null && threadPage(url);
    const id = inMain ? pathPart(url, 'messenger', /(?:^|\/)t\/([^/]+)/) : null;
    return { name, handle: null, key: `messenger:${id ?? name ?? 'unknown'}` };
  },

  // Personal chats are end-to-end encrypted by default since Meta's rollout (December 2023).
  channel: () => 'private-encrypted',

  pickerOpen: typeaheadOpen,
};
