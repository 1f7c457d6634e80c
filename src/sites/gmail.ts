/**
 * Gmail: a Closure contenteditable body in each compose window (`.M9`, new
 * messages and inline replies alike); Ctrl/Cmd+Enter sends. Several compose
 * windows can be open: everything is looked up from the body's own window.
 */
import { closestOf, onHost, onPlayground, pickCompose, queryFirst, sendButtonFns, textOf, typeaheadOpen } from './dom';
import type { SiteAdapter } from './types';

const COMPOSE = [
  '.M9 [g_editable="true"][role="textbox"][contenteditable="true"]',
  '.M9 div[aria-label="Message Body"][contenteditable="true"]',
  '.M9 .Am.Al.editable[contenteditable="true"]',
] as const;

const SEND = [
  // The tooltip is localized ("Send (Ctrl-Enter)"; "Envoyer (Ctrl+Entrée)" in French).
  'div[role="button"][data-tooltip^="Send"]',
  'div[role="button"][data-tooltip^="Envoyer"]',
  // Gmail's send-button class, the same in every language.
  'div[role="button"].aoO',
] as const;

const WINDOW = ['.M9', '[role="dialog"]'] as const;

/** Recipient chips of the "To" field: data-hovercard-id is the address, data-name the name. */
const CHIPS = ['[name="to"] [role="option"][data-hovercard-id]', '[name="to"] [email]'] as const;

/** "Name <a@b.c>" or "a@b.c": the first address of a "To" field's value. */
function firstAddress(value: string): { name: string | null; email: string } | null {
  const first = value.split(/[,;]/)[0]?.trim() ?? '';
  const angled = /^(.*?)<([^<>\s]+@[^<>\s]+)>$/.exec(first);
  if (angled?.[2] !== undefined) return { name: angled[1]?.replace(/^"|"$/g, '').trim() || null, email: angled[2] };
  return /^[^\s@]+@[^\s@]+$/.test(first) ? { name: null, email: first } : null;
}

const { findSendButton, isSendButton } = sendButtonFns(COMPOSE, SEND);

export const gmail: SiteAdapter = {
  id: 'gmail',
  label: 'Gmail',
  hosts: ['mail.google.com'],
  editor: 'contenteditable',
  sendKey: 'mod-enter',
  // A Closure control acts on mouseup after a mousedown on it; a bare click() does nothing.
  resend: 'mouse-sequence',
  selectors: { compose: COMPOSE, send: SEND },

  matches: (url) => onHost(url, gmail.hosts) || onPlayground(url, 'gmail'),

  // Several compose windows: the focused one wins, else the first visible.
  findCompose: (doc) => pickCompose(doc, COMPOSE),
  findSendButton,
  isSendButton,

  identity(compose) {
    const win = closestOf(compose, WINDOW) ?? compose.ownerDocument;
    const chip = queryFirst(win, CHIPS);
    let name: string | null = null;
    let email: string | null = null;
    if (chip !== null) {
      email = chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email');
      name = chip.getAttribute('data-name') ?? chip.getAttribute('name') ?? textOf(chip);
    } else {
      const input = win.querySelector('input[name="to"]');
      const parsed = input instanceof HTMLInputElement ? firstAddress(input.value) : null;
      if (parsed !== null) ({ name, email } = parsed);
    }
    return { name, handle: email, key: `gmail:${email?.toLowerCase() ?? 'new'}` };
  },

  // E-mail is protected in transit at best, never end to end by default.
  channel: () => 'private-unencrypted',

  pickerOpen: typeaheadOpen,
};
