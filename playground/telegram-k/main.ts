// Telegram Web K look-alike. Composer: a plain contenteditable
// `.chat-input .input-message-input[contenteditable]` with a hidden clone
// `.input-field-input-fake` (also contenteditable, used by K to measure height;
// an extension must ignore it). Send: Enter, or the one
// `.btn-send-container button.btn-send` whose state class flips between
// "record" (empty) and "send". Header name: `.chat-info .peer-title`.
// The chat is the URL hash, #<peerId> (users positive, groups negative).
import '../shared/base.css';
import './style.css';
import { avatar, h, timeNow } from '../shared/dom';
import { icon } from '../shared/icons';
import { chatFromHash, draftText, startHashChat } from '../shared/hash-chat';

interface Message {
  out: boolean;
  text: string;
  time: string;
  author?: string;
}

interface Peer {
  id: string;
  name: string;
  status: string;
  messages: Message[];
  draft: string;
}

const PEERS: Peer[] = [
  {
    id: '5123456789',
    name: 'Olivier Pelletier',
    status: 'last seen recently',
    messages: [
      { out: false, time: '14:02', text: 'Salut, tu as pu parler à la DPJ pour le dossier des jumeaux ?' },
      { out: true, time: '14:20', text: 'Oui, ils font une évaluation la semaine prochaine.' },
      { out: false, time: '14:21', text: 'Ok. Tu me dis si je peux aider.' },
      { out: false, time: '14:23', text: 'Leur courriel finit par <b>not bold</b> & co, tu as vu ?' },
      { out: true, time: '14:30', text: 'Oui, une erreur de gabarit 😅' },
    ],
    draft: '',
  },
  {
    id: '-1001987654321',
    name: 'Permanence juridique',
    status: '14 members',
    messages: [
      { out: false, author: 'Claire', time: '09:05', text: 'Qui prend la permanence de vendredi après-midi ?' },
      { out: false, author: 'Claire', time: '09:06', text: 'Sinon je la prends.' },
      { out: true, time: '09:12', text: 'Je peux la prendre.' },
      { out: false, author: 'Hugo', time: '09:13', text: 'Merci 🙌' },
    ],
    draft: '',
  },
  {
    id: '6012345678',
    name: 'Priya Natarajan',
    status: 'online',
    messages: [{ out: false, time: 'Yesterday', text: 'Can you check the translation of the consent form before Monday?' }],
    draft: '',
  },
];

const first = chatFromHash(PEERS);

const input = h('div', {
  class: 'input-message-input i18n scrollable scrollable-y no-scrollbar',
  contenteditable: 'true',
  dir: 'auto',
  'data-placeholder': 'Message',
  'data-peer-id': first.id,
});
const fake = h('div', {
  class: 'input-message-input i18n scrollable scrollable-y no-scrollbar input-field-input-fake',
  contenteditable: 'true',
  tabindex: '-1',
  dir: 'auto',
  'data-placeholder': 'Message',
  'aria-hidden': 'true',
});
const sendButton = h(
  'button',
  { class: 'btn-icon rp btn-circle btn-send animated-button-icon record', type: 'button', 'aria-label': 'Send' },
  h('span', { class: 'tgico animated-button-icon-icon btn-send-icon-send' }, icon('send')),
  h('span', { class: 'tgico animated-button-icon-icon btn-send-icon-record' }, icon('mic')),
);
const chatInfo = h('div', { class: 'chat-info' });
const bubblesInner = h('div', { class: 'bubbles-inner' });
const bubbles = h('div', { class: 'bubbles' }, h('div', { class: 'scrollable scrollable-y' }, bubblesInner));
const chatlist = h('ul', { class: 'chatlist' });

document.getElementById('mount')!.append(
  h(
    'div',
    { id: 'page-chats', class: 'page-chats whole' },
    h(
      'div',
      { id: 'main-columns', class: 'tabs-container' },
      h(
        'div',
        { id: 'column-left', class: 'tabs-tab chatlist-container' },
        h('div', { class: 'sidebar-header' }, h('button', { class: 'btn-icon', type: 'button', 'aria-label': 'Menu' }, '☰'), h('div', { class: 'input-search' }, h('input', { class: 'input-field-input i18n input-search-input', type: 'text', placeholder: 'Search' }))),
        chatlist,
      ),
      h(
        'div',
        { id: 'column-center', class: 'tabs-tab main-column' },
        h(
          'div',
          { class: 'chats-container tabs-container' },
          h(
            'div',
            { class: 'chat tabs-tab active', 'data-type': 'chat' },
            h('div', { class: 'sidebar-header topbar' }, h('div', { class: 'chat-info-container' }, chatInfo)),
            bubbles,
            h(
              'div',
              { class: 'chat-input chat-input-main' },
              h(
                'div',
                { class: 'chat-input-container' },
                h(
                  'div',
                  { class: 'rows-wrapper-wrapper' },
                  h(
                    'div',
                    { class: 'rows-wrapper chat-input-wrapper' },
                    h(
                      'div',
                      { class: 'new-message-wrapper' },
                      h('button', { class: 'btn-icon toggle-emoticons', type: 'button', 'aria-label': 'Emoji' }, icon('emoji')),
                      h('div', { class: 'input-message-container' }, input, fake),
                      h('button', { class: 'btn-icon attach-file', type: 'button', 'aria-label': 'Attach' }, icon('attach')),
                    ),
                  ),
                ),
                h('div', { class: 'btn-send-container' }, sendButton),
              ),
            ),
          ),
        ),
      ),
    ),
  ),
);

function renderList(current: Peer): void {
  chatlist.replaceChildren(
    ...PEERS.map((p) => {
      const last = p.messages[p.messages.length - 1];
      const draft = p !== current && p.draft ? draftText(p.draft) : '';
      const row = h(
        'a',
        { class: `row no-wrap row-with-padding row-clickable hover-effect rp chatlist-chat chatlist-chat-bigger${p === current ? ' active' : ''}`, href: `#${p.id}`, 'data-peer-id': p.id },
        avatar(p.name, 54),
        h(
          'div',
          { class: 'row-content' },
          h('div', { class: 'row-row row-title-row' }, h('span', { class: 'row-title' }, h('span', { class: 'peer-title', dir: 'auto', 'data-peer-id': p.id }, p.name)), h('span', { class: 'row-title-right' }, last?.time ?? '')),
          h('div', { class: 'row-row row-subtitle-row' }, h('span', { class: 'row-subtitle' }, draft ? h('span', { class: 'danger' }, 'Draft: ') : null, draft || (last ? `${last.out ? 'You: ' : last.author ? `${last.author}: ` : ''}${last.text}` : ''))),
        ),
      );
      return h('li', {}, row);
    }),
  );
}

// As tweb builds them: a `.bubble[data-mid]` per message in a `.bubbles-group`
// per run of one sender, the sender's `.name` on the run's first bubble (in
// groups), and in `.message` the time twice, `span.time` then its twin
// `div.time-inner` titled with the full date (MessageRender.setTime).
function bubble(m: Message, mid: number, first: boolean): HTMLElement {
  const time = h('span', { class: 'time tgico' }, m.time, h('div', { class: 'time-inner tgico', title: `28 October 2026, ${m.time}:00` }, m.time));
  return h(
    'div',
    { class: `bubble ${m.out ? 'is-out' : 'is-in'}${first ? ' is-group-first' : ''}`, 'data-mid': String(mid) },
    h(
      'div',
      { class: 'bubble-content-wrapper' },
      h(
        'div',
        { class: 'bubble-content' },
        m.author && first ? h('div', { class: 'name', dir: 'auto' }, h('span', { class: 'peer-title', dir: 'auto' }, m.author)) : null,
        h('div', { class: 'message spoilers-container', dir: 'auto' }, m.text, time),
      ),
    ),
  );
}

function bubbleGroups(messages: Message[]): HTMLElement[] {
  const groups: HTMLElement[] = [];
  messages.forEach((m, i) => {
    const previous = messages[i - 1];
    const first = previous === undefined || previous.out !== m.out || previous.author !== m.author;
    if (first) groups.push(h('div', { class: `bubbles-group${m.out ? ' bubbles-group-out' : ''}` }));
    groups[groups.length - 1]!.append(bubble(m, 1000 + i, first));
  });
  return groups;
}

function renderChat(p: Peer): void {
  chatInfo.replaceChildren(
    h('div', { class: 'person' }, avatar(p.name, 42), h('div', { class: 'content' }, h('div', { class: 'top' }, h('div', { class: 'user-title' }, h('span', { class: 'peer-title', dir: 'auto', 'data-peer-id': p.id }, p.name))), h('div', { class: 'bottom' }, h('div', { class: 'info' }, h('span', { class: 'i18n' }, p.status))))),
  );
  bubblesInner.replaceChildren(h('section', { class: 'bubbles-date-group' }, h('div', { class: 'bubble service is-date' }, h('span', { class: 'service-msg' }, 'Today')), ...bubbleGroups(p.messages)));
  bubbles.firstElementChild!.scrollTop = bubbles.firstElementChild!.scrollHeight;
  input.dataset.peerId = p.id;
}

function syncState(value: string): void {
  // K mirrors the input into the fake clone to measure its height.
  fake.innerHTML = input.innerHTML;
  input.classList.toggle('is-empty', value === '');
  fake.classList.toggle('is-empty', value === '');
  const hasText = value.trim() !== '';
  sendButton.classList.toggle('send', hasText);
  sendButton.classList.toggle('record', !hasText);
}

startHashChat({
  page: 'telegram-k',
  chats: PEERS,
  input,
  mainButton: sendButton,
  // K sends on plain Enter; with Shift or Ctrl held, Enter does not send.
  isNewline: (e) => e.shiftKey || e.ctrlKey,
  syncState,
  appendSent: (peer, text) => {
    peer.messages.push({ out: true, text, time: timeNow() });
    renderChat(peer);
  },
  renderChat,
  renderList,
});
