/**
 * Instagram Direct: a Lexical composer; Enter sends. The whole host, since
 * the web app can open a conversation without leaving the page it is on;
 * comment boxes are <textarea>s and never match.
 */
import { closestOf, firstLine, onHost, onPlayground, pathPart, pickCompose, sendButtonFns, textLines, textOf, typeaheadOpen } from './dom';
import type { SiteAdapter } from './types';

const LEXICAL_BOX = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

const COMPOSE = [`${LEXICAL_BOX}[aria-label="Message"]`, `[role="main"] ${LEXICAL_BOX}`] as const;

// The send control is a div[role=button] told apart only by its text: it
// replaces the voice, photo and like buttons while there is text.
const SEND = ['div[role="button"]'] as const;
/** Its text in the two languages the product supports (localized by Instagram). */
const SEND_TEXTS = new Set(['Send', 'Envoyer']);
const isSendText = (button: HTMLElement): boolean => SEND_TEXTS.has(textOf(button) ?? '');

/** The thread's header: the playground's class, else the header of the main pane. */
const HEADER = ['.ig-thread-header', 'header'] as const;

const { findSendButton, isSendButton } = sendButtonFns(COMPOSE, SEND, isSendText);

export const instagram: SiteAdapter = {
  id: 'instagram',
  label: 'Instagram Direct',
  hosts: ['www.instagram.com'],
  editor: 'lexical',
  sendKey: 'enter',
  resend: 'click',
  selectors: { compose: COMPOSE, send: SEND },

  matches: (url) => onHost(url, instagram.hosts) || onPlayground(url, 'instagram'),

  findCompose: (doc) => pickCompose(doc, COMPOSE),
  findSendButton,
  isSendButton,

  identity(compose, url) {
    const main = closestOf(compose, ['[role="main"]']) ?? compose.ownerDocument.body;
    let header: Element | null = null;
    for (const selector of HEADER) header ??= main.querySelector(selector);
    // The header shows the display name, then the username; its link is the profile, /<username>/.
    const lines = header === null ? [] : textLines(header);
    const name = firstLine(header);
    const href = header?.querySelector('a[href]')?.getAttribute('href') ?? '';
    const fromLink = /\/([A-Za-z0-9._]{1,30})\/?$/.exec(href)?.[1];
    const username = fromLink ?? lines[1] ?? null;
    const handle = username === null ? null : `@${username.replace(/^@/, '')}`;
    const id = pathPart(url, 'instagram', /^\/direct\/t\/([^/]+)/);
    return { name, handle, key: `instagram:${id ?? username ?? name ?? 'unknown'}` };
  },

  // End-to-end encryption is opt-in per chat on Instagram; a default thread is not encrypted.
  channel: () => 'private-unencrypted',

  pickerOpen: typeaheadOpen,
};
