// LinkedIn messaging look-alike. Composer: a plain (framework-free)
// contenteditable `.msg-form__contenteditable[role=textbox]` inside
// `.msg-form__msg-content-container`, one <p> per line, sent by Enter ("Press
// Enter to Send" mode) or `button.msg-form__send-button` (disabled while
// empty). Thread name: `.msg-entity-lockup__entity-title`. Threads live at
// /linkedin/messaging/thread/<id>/ (pushState) and keep their drafts.
import '../shared/base.css';
import './style.css';
import { installHook, isImeEnter } from '../shared/hook';
import { avatar, h, routeSegments, timeNow } from '../shared/dom';
import { caretToEnd, contentEditableText } from '../shared/contenteditable';

interface Message {
  mine: boolean;
  text: string;
  time: string;
}

interface Thread {
  id: string;
  name: string;
  headline: string;
  date: string;
  messages: Message[];
  draft: string;
}

const EMPTY = '<p><br></p>';

const THREADS: Thread[] = [
  {
    id: '2-YmE3NjE4ZDgtNDU2Zi00ZGIxLWE0NGMtNmJmZTAyZjg5YzQ1XzEwMA==',
    name: 'Isabelle Gagnon',
    headline: 'Director, Human Resources at Groupe Boréal',
    date: 'Oct 27',
    messages: [
      { mine: false, time: '10:12 AM', text: 'Hello, thank you for your note. We would like to discuss the dismissal file of one of our employees with you.' },
      { mine: false, time: '10:12 AM', text: 'Would you be available for a call this week?' },
      { mine: true, time: '11:40 AM', text: 'Hello Isabelle, happy to help. Thursday 2 pm works for me.' },
      { mine: true, time: '11:40 AM', text: 'Please have the termination letter at hand 📄' },
      { mine: false, time: '11:52 AM', text: 'Will do. Our template says <b>not bold</b> & co at the bottom, is that a problem?' },
    ],
    draft: '',
  },
  {
    id: '2-ZjE4YjQ1ZTMtOTFmZS00YjQ2LThlNjUtOWE2N2Q4NzYwNzFhXzEwMA==',
    name: 'Kevin Tran',
    headline: 'Paralegal | Litigation support',
    date: 'Oct 25',
    messages: [
      { mine: true, time: '4:02 PM', text: 'Hi Kevin, are you still looking for a paralegal position?' },
      { mine: false, time: '4:30 PM', text: 'Yes! I can send my CV today.' },
    ],
    draft: '',
  },
  {
    id: '2-MzU2YTkxYzItN2U0ZC00ZDFkLWJmOTQtYjc1NTgwMmFkN2E5XzEwMA==',
    name: 'Amira Haddad',
    headline: 'Travailleuse sociale · CIUSSS du Centre-Sud',
    date: 'Oct 19',
    messages: [{ mine: false, time: '9:15 AM', text: 'Bonjour, merci pour la conférence d’hier. Pourriez-vous partager vos diapositives ?' }],
    draft: '',
  },
];

const byId = (id: string | undefined): Thread | undefined => THREADS.find((t) => t.id === id);
const fromUrl = (): Thread | undefined => {
  const [a, b, id] = routeSegments('linkedin');
  return a === 'messaging' && b === 'thread' ? byId(id) : undefined;
};
if (!fromUrl()) history.replaceState(null, '', `/linkedin/messaging/thread/${THREADS[0]!.id}/`);
let current = fromUrl() ?? THREADS[0]!;

const editor = h('div', {
  class: 'msg-form__contenteditable t-14 t-black--light t-normal flex-grow-1 full-height notranslate',
  contenteditable: 'true',
  role: 'textbox',
  'aria-multiline': 'true',
  'aria-label': 'Write a message…',
});
const placeholder = h('div', { class: 'msg-form__placeholder t-14 t-black--light t-normal', 'data-placeholder': 'Write a message…', 'aria-hidden': 'true' });
const sendButton = h('button', { class: 'msg-form__send-button artdeco-button artdeco-button--1', type: 'submit', disabled: true }, 'Send');
const form = h(
  'form',
  { class: 'msg-form' },
  h('div', { class: 'msg-form__msg-content-container' }, h('div', { class: 'msg-form__message-texteditor relative flex-grow-1 display-flex' }, editor, placeholder)),
  h(
    'footer',
    { class: 'msg-form__footer' },
    h('div', { class: 'msg-form__left-actions' }, h('button', { type: 'button', class: 'msg-form__footer-action', 'aria-label': 'Attach an image to your conversation with this person' }, '🖼️'), h('button', { type: 'button', class: 'msg-form__footer-action', 'aria-label': 'Attach a file to your conversation' }, '📎'), h('button', { type: 'button', class: 'msg-form__footer-action', 'aria-label': 'Open Emoji Keyboard' }, '🙂')),
    h('div', { class: 'msg-form__right-actions' }, sendButton, h('button', { type: 'button', class: 'msg-form__send-toggle', 'aria-label': 'Open send options' }, '⋯')),
  ),
);
const titleSlot = h('div', { class: 'msg-title-bar' });
const eventList = h('ul', { class: 'msg-s-message-list-content list-style-none full-width' });
const messageList = h('div', { class: 'msg-s-message-list full-width scrollable' }, eventList);
const convoList = h('ul', { class: 'msg-conversations-container__conversations-list' });

document.getElementById('mount')!.append(
  h('header', { class: 'global-nav' }, h('div', { class: 'global-nav__content' }, h('span', { class: 'li-logo' }, 'in'), h('input', { type: 'search', class: 'search-global-typeahead__input', placeholder: 'Search', 'aria-label': 'Search' }), h('nav', { class: 'global-nav__nav' }, 'Home · My Network · Jobs · ', h('b', {}, 'Messaging'), ' · Notifications'))),
  h(
    'div',
    { class: 'application-outlet' },
    h(
      'main',
      { class: 'scaffold-layout__main msg__list-detail' },
      h('section', { class: 'msg-conversations-container' }, h('div', { class: 'msg-conversations-container__title-row' }, h('h2', {}, 'Messaging')), convoList),
      h('section', { class: 'msg-thread scaffold-layout__detail' }, titleSlot, messageList, form),
    ),
  ),
);

function renderList(): void {
  convoList.replaceChildren(
    ...THREADS.map((t) => {
      const last = t.messages[t.messages.length - 1];
      const snippet = t !== current && contentEditableDraftText(t) ? `Draft: ${contentEditableDraftText(t)}` : last ? `${last.mine ? 'You' : t.name.split(' ')[0]}: ${last.text}` : '';
      const link = h(
        'a',
        { class: 'msg-conversation-listitem__link', href: `/linkedin/messaging/thread/${t.id}/` },
        avatar(t.name, 56),
        h(
          'div',
          { class: 'msg-conversation-card__content--selectable' },
          h('div', { class: 'msg-conversation-card__row' }, h('h3', { class: 'msg-conversation-listitem__participant-names' }, h('span', { class: 'truncate' }, t.name)), h('time', { class: 'msg-conversation-listitem__time-stamp' }, t.date)),
          h('p', { class: 'msg-conversation-card__message-snippet' }, snippet),
        ),
      );
      link.addEventListener('click', (e) => {
        e.preventDefault();
        open(t.id, true);
      });
      return h('li', { class: `msg-conversation-listitem msg-conversations-container__convo-item${t === current ? ' msg-conversations-container__convo-item--active' : ''}` }, link);
    }),
  );
}

function contentEditableDraftText(t: Thread): string {
  if (!t.draft) return '';
  const tmp = document.createElement('div');
  tmp.innerHTML = t.draft;
  return contentEditableText(tmp);
}

/** The user's own name, which LinkedIn shows on their messages. */
const ME = 'Alex Martin';

// As on LinkedIn, the name, avatar and time show on the first message of a
// run by one sender within a minute; the next ones show only their text.
function eventItem(t: Thread, m: Message, previous: Message | undefined): HTMLElement {
  const name = m.mine ? ME : t.name;
  const first = previous === undefined || previous.mine !== m.mine || previous.time !== m.time;
  return h(
    'li',
    { class: 'msg-s-message-list__event clearfix' },
    h(
      'div',
      { class: `msg-s-event-listitem${m.mine ? '' : ' msg-s-event-listitem--other'}${first ? '' : ' msg-s-event-listitem--same-group'}` },
      first ? avatar(name, 32) : h('span', { class: 'msg-s-event-listitem__avatar-spacer' }),
      h(
        'div',
        { class: 'msg-s-event-listitem__content' },
        first ? h('div', { class: 'msg-s-message-group__meta' }, h('span', { class: 'msg-s-message-group__name t-14 t-black t-bold' }, name), h('time', { class: 'msg-s-message-group__timestamp' }, m.time)) : null,
        h('div', { class: 'msg-s-event-listitem__message-bubble' }, h('p', { class: 'msg-s-event-listitem__body t-14 t-black--light t-normal' }, m.text)),
      ),
    ),
  );
}

function renderThread(): void {
  const t = current;
  titleSlot.replaceChildren(
    h(
      'div',
      { class: 'msg-entity-lockup' },
      h('h2', { class: 'msg-entity-lockup__entity-title', id: 'thread-detail-jump-target' }, t.name),
      h('span', { class: 'msg-entity-lockup__entity-info' }, t.headline),
    ),
  );
  eventList.replaceChildren(h('li', { class: 'msg-s-message-list__time-heading' }, t.date.toUpperCase()), ...t.messages.map((m, i) => eventItem(t, m, t.messages[i - 1])));
  messageList.scrollTop = messageList.scrollHeight;
  document.title = `${t.name} | Messaging | LinkedIn`;
}

function text(): string {
  return contentEditableText(editor);
}

function syncState(): void {
  // LinkedIn keeps at least one empty paragraph in the box.
  if (!editor.querySelector('p, div, br') && editor.textContent === '') editor.innerHTML = EMPTY;
  const value = text();
  placeholder.classList.toggle('msg-form__placeholder--visible', value === '');
  placeholder.hidden = value !== '';
  sendButton.disabled = value.trim() === '';
}

function send(): void {
  const value = text();
  if (value.trim() === '') return;
  recordSent(value);
  current.messages.push({ mine: true, text: value, time: timeNow() });
  eventList.append(eventItem(current, current.messages[current.messages.length - 1]!, current.messages[current.messages.length - 2]));
  messageList.scrollTop = messageList.scrollHeight;
  editor.innerHTML = EMPTY;
  editor.focus();
  caretToEnd(editor);
  syncState();
  renderList();
}

editor.addEventListener('input', syncState);
editor.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' || e.shiftKey || isImeEnter(e)) return;
  e.preventDefault();
  send();
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  send();
  editor.focus();
});

function open(id: string, push: boolean): void {
  const next = byId(id);
  if (!next) throw new Error(`No thread ${id}`);
  if (push) history.pushState(null, '', `/linkedin/messaging/thread/${id}/`);
  if (next === current) return;
  current.draft = text() === '' ? '' : editor.innerHTML;
  current = next;
  editor.innerHTML = current.draft || EMPTY;
  current.draft = '';
  syncState();
  renderThread();
  renderList();
  editor.focus();
  caretToEnd(editor);
}

window.addEventListener('popstate', () => {
  const t = fromUrl();
  if (t) open(t.id, false);
});

const recordSent = installHook('linkedin', {}, {
  draft: text,
  conversation: () => ({ id: current.id, name: current.name }),
  switchTo: (id) => open(id, true),
});

editor.innerHTML = EMPTY;
syncState();
renderThread();
renderList();
editor.focus();
