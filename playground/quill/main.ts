// A generic Quill 2 compose box, the editor family LinkedIn posts (Quill 1)
// and Slack-like tools (a Quill fork) build on: a channel view whose composer
// is a toolbar-less Quill (`.ql-container .ql-editor[contenteditable]
// [role=textbox]`), one <p> per line. Enter (or Shift+Enter) is a new line;
// Ctrl/Cmd+Enter or `button.pg-quill-send` (disabled while empty) sends.
// Sending clears the editor through Quill's API and starts a fresh undo
// history. One channel, so switchTo does nothing.
import '../shared/base.css';
import 'quill/dist/quill.core.css';
import './style.css';
import Quill from 'quill';
import { installHook, isImeEnter } from '../shared/hook';
import { avatar, h, timeNow } from '../shared/dom';

interface Message {
  author: string;
  text: string;
  time: string;
}

const CHANNEL = { id: 'case-team', name: '#case-team' };

const MESSAGES: Message[] = [
  { author: 'Nadia Roy', time: '09:02', text: 'Morning all. The hearing in the Fortin file moved to Thursday 10:00.' },
  { author: 'Samuel Côté', time: '09:05', text: 'Noted. I will update the client and the calendar.' },
  { author: 'Nadia Roy', time: '09:06', text: 'Please keep client details out of this channel, use the case file.' },
];

const host = h('div', { class: 'pg-quill-editor' });
const sendButton = h('button', { type: 'button', class: 'pg-quill-send', 'aria-label': 'Send now', disabled: true }, 'Send');
const list = h('div', { class: 'pg-quill-messages', role: 'log', 'aria-label': 'Messages' });
const composer = h('div', { class: 'pg-quill-composer' }, host, h('div', { class: 'pg-quill-actions' }, h('span', { class: 'pg-quill-hint' }, 'Ctrl+Enter to send'), sendButton));

document.getElementById('mount')!.append(
  h(
    'div',
    { class: 'pg-quill-app' },
    h('nav', { class: 'pg-quill-sidebar', 'aria-label': 'Channels' }, h('div', { class: 'pg-quill-workspace' }, 'Lefort & Associés'), h('a', { class: 'pg-quill-channel pg-quill-channel-on', href: '#' }, CHANNEL.name), h('a', { class: 'pg-quill-channel', href: '#' }, '#general')),
    h('main', { class: 'pg-quill-main' }, h('header', { class: 'pg-quill-header' }, h('h1', {}, CHANNEL.name)), list, composer),
  ),
);

function messageEl(m: Message): HTMLElement {
  return h('div', { class: 'pg-quill-message' }, avatar(m.author, 36), h('div', {}, h('div', { class: 'pg-quill-meta' }, h('b', {}, m.author), ' ', h('span', {}, m.time)), h('div', { class: 'pg-quill-text' }, m.text)));
}
list.append(...MESSAGES.map(messageEl));

const quill = new Quill(host, { theme: undefined, placeholder: `Message ${CHANNEL.name}`, modules: { toolbar: false } });
quill.root.setAttribute('role', 'textbox');
quill.root.setAttribute('aria-multiline', 'true');
quill.root.setAttribute('aria-label', `Message ${CHANNEL.name}`);

/** Quill's text always ends with the newline of its last line: the draft is the text before it. */
const text = (): string => quill.getText().replace(/\n$/, '');

function send(): void {
  const value = text();
  if (value.trim() === '') return;
  recordSent(value);
  const m: Message = { author: 'You', text: value, time: timeNow() };
  MESSAGES.push(m);
  list.append(messageEl(m));
  list.scrollTop = list.scrollHeight;
  quill.setText('');
  quill.history.clear();
  quill.focus();
}

quill.on('text-change', () => {
  sendButton.disabled = text().trim() === '';
});
// Capture phase: Ctrl/Cmd+Enter sends before Quill's keyboard module sees the Enter.
quill.root.addEventListener(
  'keydown',
  (e) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || isImeEnter(e)) return;
    e.preventDefault();
    e.stopPropagation();
    send();
  },
  true,
);
sendButton.addEventListener('click', send);

const recordSent = installHook('quill', {}, {
  draft: text,
  conversation: () => ({ ...CHANNEL }),
  switchTo: () => undefined,
});

quill.focus();
