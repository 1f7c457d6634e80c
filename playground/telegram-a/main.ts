// Telegram Web A look-alike. Composer: a plain contenteditable
// `#editable-message-text[role=textbox]` inside `#message-compose`; Enter
// sends (messageSendKeyCombo "enter"), and so does the one main button, whose
// state class flips between "record" (empty) and "send":
// `button.Button.send.main-button`. Header name: `.ChatInfo .title`.
// The chat is the URL hash, #<chatId>.
import '../shared/base.css';
import './style.css';
import { avatar, h, timeNow } from '../shared/dom';
import { icon } from '../shared/icons';
import { draftText, startHashChat } from '../shared/hash-chat';

interface Message {
  own: boolean;
  text: string;
  time: string;
  author?: string;
}

interface Chat {
  id: string;
  name: string;
  status: string;
  messages: Message[];
  draft: string;
}

const CHATS: Chat[] = [
  {
    id: '7012345678',
    name: 'Émilie Bouchard',
    status: 'last seen recently',
    messages: [
      { own: false, time: '16:40', text: 'Bonsoir, le juge a demandé une copie du bail signé. Je vous l’envoie ici ?' },
      { own: true, time: '16:52', text: 'Plutôt par courriel, c’est plus sûr pour les pièces du dossier.' },
      { own: false, time: '16:53', text: 'D’accord, je fais ça ce soir.' },
      { own: true, time: '16:55', text: 'Merci 🙏 je transmets au greffe dès réception.' },
      { own: false, time: '17:02', text: 'Le formulaire du greffe affiche <b>not bold</b> & co, c’est normal ?' },
    ],
    draft: '',
  },
  {
    id: '-1002233445566',
    name: 'Family support team',
    status: '9 members, 3 online',
    messages: [
      { own: false, author: 'Grace', time: '10:01', text: 'The Leblanc file is reassigned to Sam from Monday.' },
      { own: false, author: 'Grace', time: '10:02', text: 'Handover meeting on Monday at 9.' },
      { own: false, author: 'Sam', time: '10:04', text: 'Noted, I’ll read the notes this afternoon.' },
    ],
    draft: '',
  },
  {
    id: '7098765432',
    name: '+44 20 7946 0958',
    status: 'last seen within a week',
    messages: [{ own: false, time: 'Mon', text: 'Hello, is this the tenants’ association?' }],
    draft: '',
  },
];

const input = h('div', {
  id: 'editable-message-text',
  class: 'form-control allow-selection',
  contenteditable: 'true',
  role: 'textbox',
  dir: 'auto',
  tabindex: '0',
  'aria-label': 'Message',
});
const placeholder = h('span', { class: 'placeholder-text', dir: 'auto' }, 'Message');
const mainButton = h(
  'button',
  { type: 'button', class: 'Button record main-button default secondary round', 'aria-label': 'Record Voice Message', title: 'Record Voice Message' },
  h('i', { class: 'icon icon-send' }, icon('send')),
  h('i', { class: 'icon icon-microphone-alt' }, icon('mic')),
);
const header = h('div', { class: 'MiddleHeader' });
const messagesContainer = h('div', { class: 'messages-container' });
const messageList = h('div', { class: 'MessageList custom-scroll' }, messagesContainer);
const chatList = h('div', { class: 'chat-list custom-scroll' });

document.getElementById('mount')!.append(
  h(
    'div',
    { id: 'Main' },
    h(
      'div',
      { id: 'LeftColumn' },
      h('div', { class: 'LeftMainHeader' }, h('button', { type: 'button', class: 'Button smaller translucent round', 'aria-label': 'Open menu' }, '☰'), h('div', { class: 'SearchInput' }, h('input', { id: 'telegram-search-input', type: 'text', class: 'form-control', placeholder: 'Search', autocomplete: 'off' }))),
      chatList,
    ),
    h(
      'div',
      { id: 'MiddleColumn' },
      header,
      messageList,
      h(
        'div',
        { class: 'middle-column-footer' },
        h(
          'div',
          { class: 'Composer shown mounted' },
          h(
            'div',
            { id: 'message-compose' },
            h('button', { type: 'button', class: 'Button symbol-menu-button default translucent round', 'aria-label': 'Choose emoji, sticker or GIF' }, icon('emoji')),
            h('div', { id: 'message-input-text', class: 'message-input-wrapper' }, h('div', { class: 'input-scroller custom-scroll' }, h('div', { class: 'input-scroller-content' }, input, placeholder))),
            h('button', { type: 'button', class: 'Button AttachMenu--button default translucent round', 'aria-label': 'Add an attachment' }, icon('attach')),
          ),
          mainButton,
        ),
      ),
    ),
  ),
);

function renderList(current: Chat): void {
  chatList.replaceChildren(
    ...CHATS.map((c) => {
      const last = c.messages[c.messages.length - 1];
      const draft = c !== current && c.draft ? draftText(c.draft) : '';
      const button = h(
        'a',
        { class: 'ListItem-button', href: `#${c.id}`, role: 'button', tabindex: '0' },
        avatar(c.name, 54),
        h(
          'div',
          { class: 'info' },
          h('div', { class: 'info-row' }, h('div', { class: 'title' }, h('h3', { class: 'fullName', dir: 'auto' }, c.name)), h('div', { class: 'LastMessageMeta' }, h('span', { class: 'time' }, last?.time ?? ''))),
          h('div', { class: 'subtitle' }, h('p', { class: 'last-message', dir: 'auto' }, draft ? h('span', { class: 'draft' }, 'Draft: ') : null, draft || (last ? `${last.own ? 'You: ' : last.author ? `${last.author}: ` : ''}${last.text}` : ''))),
        ),
      );
      return h('div', { class: `ListItem Chat chat-item-clickable${c.id.startsWith('-') ? ' group' : ' private'}${c === current ? ' selected' : ''}` }, button);
    }),
  );
}

// As telegram-tt renders them: `.Message.message-list-item` (`.own` when sent)
// in a `.sender-group-container` per run of one sender, the sender's
// `.message-title .sender-title` on the run's first message (in groups), and
// the `.MessageMeta` with `.message-time` inside the `.text-content`.
function messageEl(m: Message, id: number, first: boolean): HTMLElement {
  return h(
    'div',
    { id: `message-${id}`, class: `Message message-list-item${m.own ? ' own' : ''}${first ? ' first-in-group' : ''}`, 'data-message-id': String(id) },
    h(
      'div',
      { class: 'message-content-wrapper' },
      h(
        'div',
        { class: 'message-content text' },
        m.author && first ? h('div', { class: 'message-title' }, h('span', { class: 'sender-title message-title-name' }, m.author)) : null,
        h('div', { class: 'content-inner' }, h('div', { class: 'text-content clearfix with-meta', dir: 'auto' }, m.text, h('span', { class: 'MessageMeta' }, h('span', { class: 'message-time' }, m.time)))),
      ),
    ),
  );
}

function senderGroups(messages: Message[]): HTMLElement[] {
  const groups: HTMLElement[] = [];
  messages.forEach((m, i) => {
    const previous = messages[i - 1];
    const first = previous === undefined || previous.own !== m.own || previous.author !== m.author;
    if (first) groups.push(h('div', { class: 'sender-group-container' }));
    groups[groups.length - 1]!.append(messageEl(m, 500 + i, first));
  });
  return groups;
}

function renderChat(c: Chat): void {
  header.replaceChildren(
    h('div', { class: 'Transition' }, h('div', { class: 'chat-info-wrapper' }, h('div', { class: 'ChatInfo' }, avatar(c.name, 42), h('div', { class: 'info' }, h('div', { class: 'title' }, h('h3', { class: 'fullName', dir: 'auto' }, c.name)), h('span', { class: 'status' }, c.status))))),
    h('div', { class: 'header-tools' }, h('button', { type: 'button', class: 'Button smaller translucent round', 'aria-label': 'Search this chat' }, icon('search')), h('button', { type: 'button', class: 'Button smaller translucent round', 'aria-label': 'More actions' }, icon('menu'))),
  );
  messagesContainer.replaceChildren(h('div', { class: 'message-date-group' }, h('div', { class: 'sticky-date' }, h('span', {}, 'Today')), ...senderGroups(c.messages)));
  messageList.scrollTop = messageList.scrollHeight;
}

function syncState(value: string): void {
  placeholder.hidden = value !== '';
  const send = value.trim() !== '';
  mainButton.classList.toggle('send', send);
  mainButton.classList.toggle('record', !send);
  const label = send ? 'Send Message' : 'Record Voice Message';
  mainButton.setAttribute('aria-label', label);
  mainButton.title = label;
}

startHashChat({
  page: 'telegram-a',
  chats: CHATS,
  input,
  mainButton,
  // telegram-tt MessageInput handleKeyDown: Enter without Shift and outside an
  // IME composition sends when messageSendKeyCombo is "enter".
  isNewline: (e) => e.shiftKey,
  syncState,
  appendSent: (chat, text) => {
    chat.messages.push({ own: true, text, time: timeNow() });
    renderChat(chat);
  },
  renderChat,
  renderList,
});
