/**
 * LinkedIn messaging: a plain contenteditable (one <p> per line) in the
 * messaging page and in the message bubbles docked on every LinkedIn page,
 * hence the whole host. Posts and comments (Quill) never match.
 */
import { closestOf, firstLine, onHost, onPlayground, pathPart, pickCompose, queryFirst, sendButtonFns, typeaheadOpen } from './dom';
import type { SiteAdapter } from './types';

const COMPOSE = [
  '.msg-form__msg-content-container .msg-form__contenteditable[role="textbox"][contenteditable="true"]',
  '.msg-form__contenteditable[contenteditable="true"]',
  '.msg-form [role="textbox"][contenteditable="true"]',
] as const;

const SEND = ['button.msg-form__send-button', 'button.msg-form__send-btn', '.msg-form button[type="submit"]'] as const;

/** The thread around a composer: a docked bubble, the messaging page's thread, a dialog. */
const THREAD = ['.msg-overlay-conversation-bubble', '.msg-thread', '.org-inbox-thread__container', '[role="dialog"]'] as const;

/** The thread's title, most specific first (after Briskine's LinkedIn plugin). */
const TITLE = [
  '.msg-entity-lockup__entity-title',
  '.msg-overlay-bubble-header__title',
  '.artdeco-entity-lockup__title > *:first-child',
  '.msg-s-event-listitem--other .msg-s-message-group__name',
] as const;

/** A new conversation's title before a recipient is chosen: not a name. */
const PLACEHOLDER_TITLES = new Set(['New message', 'Nouveau message']);

const { findSendButton, isSendButton } = sendButtonFns(COMPOSE, SEND);

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  label: 'LinkedIn messaging',
  hosts: ['www.linkedin.com'],
  editor: 'contenteditable',
  // LinkedIn's default, "Press Enter to Send". The page does not expose the
  // setting: with "Click Send", Enter (then a new line) still counts as a send.
  sendKey: 'enter',
  resend: 'click',
  selectors: { compose: COMPOSE, send: SEND },

  matches: (url) => onHost(url, linkedin.hosts) || onPlayground(url, 'linkedin'),

  findCompose: (doc) => pickCompose(doc, COMPOSE),
  findSendButton,
  isSendButton,

  identity(compose, url) {
    const thread = closestOf(compose, THREAD);
    const title = firstLine(queryFirst(thread ?? compose.ownerDocument, TITLE));
    const name = title === null || PLACEHOLDER_TITLES.has(title) ? null : title;
    // The URL names the messaging page's thread, not a docked bubble's.
    const inBubble = compose.closest('.msg-overlay-conversation-bubble') !== null;
    const id = inBubble ? null : pathPart(url, 'linkedin', /^\/messaging\/thread\/([^/]+)/);
    return { name, handle: null, key: `linkedin:${id ?? name ?? 'unknown'}` };
  },

  // LinkedIn messages are not end-to-end encrypted.
  channel: () => 'private-unencrypted',

  pickerOpen: typeaheadOpen,
};
