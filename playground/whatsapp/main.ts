// WhatsApp Web look-alike. Composer: Lexical (plain text) in `#main footer`,
// `div[contenteditable][role=textbox][data-tab="10"][data-lexical-editor]`.
// As on the real app: the URL never changes when a chat opens, `#main` is
// rebuilt (new composer element) on every switch, each chat keeps its draft,
// the send button replaces the mic button only while there is text, Enter
// sends, Shift+Enter breaks the line, and ":sm" opens emoji suggestions whose
// Enter picks an emoji instead of sending.
import '../shared/base.css';
import './style.css';
import type { SerializedEditorState } from 'lexical';
import { installHook } from '../shared/hook';
import { avatar, h, timeNow } from '../shared/dom';
import { icon } from '../shared/icons';
import { mountLexical, type LexicalComposer } from '../shared/lexical';
import { registerTypeahead } from '../shared/lexical-typeahead';
import { EMOJI, searchEmoji, type Emoji } from '../shared/emoji';

interface Message {
  dir: 'in' | 'out';
  text: string;
  time: string;
  author?: string;
}

interface Chat {
  id: string;
  name: string;
  subtitle: string;
  group?: boolean;
  unread?: number;
  messages: Message[];
  draft: SerializedEditorState | null;
  draftText: string;
}

const DATE = '10/28/2026';

const CHATS: Chat[] = [
  {
    id: '15145550111@c.us',
    name: 'Sophie Tremblay',
    subtitle: 'click here for contact info',
    messages: [
      { dir: 'in', time: '09:12', text: "Bonjour Maître, j'ai reçu la lettre de l'avocat de mon ex-mari ce matin." },
      { dir: 'in', time: '09:13', text: 'Il dit que je dois répondre avant vendredi. Est-ce que je dois signer quelque chose ?' },
      { dir: 'out', time: '09:40', text: "Bonjour Sophie, merci de me l'avoir transmise. Ne signez rien pour l'instant." },
      { dir: 'out', time: '09:41', text: 'Je la lis ce soir et je vous appelle demain matin.' },
      { dir: 'in', time: '09:45', text: "D'accord, merci beaucoup 🙏" },
      { dir: 'in', time: '09:47', text: 'Son courriel affichait <b>not bold</b> & co en bas, je vous le transfère.' },
    ],
    draft: null,
    draftText: '',
  },
  {
    id: '15145550100@c.us',
    name: '+1 514-555-0100',
    subtitle: 'click here for contact info',
    unread: 2,
    messages: [
      { dir: 'in', time: '11:02', text: 'Hi, I got your number from the legal aid clinic. Are you the lawyer handling housing cases?' },
      { dir: 'in', time: '11:03', text: 'My landlord changed the locks yesterday and my things are still inside.' },
    ],
    draft: null,
    draftText: '',
  },
  {
    id: '120363025550199@g.us',
    name: 'Cabinet Lefebvre – équipe',
    subtitle: 'Julie, Marc, You',
    group: true,
    messages: [
      { dir: 'in', time: '08:31', author: 'Marc', text: "Audience Dupuis reportée au 14, la greffe vient d'appeler." },
      { dir: 'in', time: '08:33', author: 'Julie', text: "Je mets à jour l'agenda et je préviens l'expert." },
      { dir: 'out', time: '08:50', text: 'Merci à vous deux. Je préviens le client.' },
    ],
    draft: null,
    draftText: '',
  },
  {
    id: '15145550177@c.us',
    name: 'Daniel Okafor',
    subtitle: 'last seen today at 10:15',
    messages: [
      { dir: 'in', time: 'Yesterday', text: 'Can you send me the intake form for the Martin family?' },
      { dir: 'out', time: 'Yesterday', text: 'Sure, sending it after lunch.' },
      { dir: 'in', time: '10:14', text: 'Thanks! The home visit is confirmed for Thursday 10am.' },
    ],
    draft: null,
    draftText: '',
  },
];

// ?history=N replaces every chat's history with N generated messages (benchmark).
const historySize = Number(new URLSearchParams(location.search).get('history') ?? 0);
const FILLER = [
  'Did you get a chance to look at the documents?',
  'Yes, I read them last night.',
  'Can we move the meeting to 3pm?',
  "Sure, that works for me.",
  "I'll send the updated version by email.",
  'Merci, je regarde ça demain.',
  'The hearing is still on the 14th.',
  'Please bring your ID and the lease.',
];
function generatedHistory(n: number): Message[] {
  return Array.from({ length: n }, (_, i) => ({
    dir: i % 3 === 0 ? 'out' : 'in',
    time: `${String(8 + Math.floor(i / 120) % 12).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
    text: `${FILLER[i % FILLER.length]} (#${i + 1})`,
  }));
}
if (historySize > 0) for (const chat of CHATS) chat.messages = generatedHistory(historySize);

let current: Chat = CHATS[0]!;
let composer: LexicalComposer | null = null;
let disposeMain: (() => void) | null = null;

const app = document.getElementById('app')!;
const mainEl = h('div', { id: 'main', class: 'wa-main' });
const chatList = h('div', { 'aria-label': 'Chat list', role: 'grid', 'aria-rowcount': String(CHATS.length), class: 'wa-chatlist' });
const search = h('input', {
  type: 'text',
  class: 'wa-search-input',
  'aria-label': 'Search or start a new chat',
  placeholder: 'Search or start a new chat',
  'data-tab': '3',
});
search.addEventListener('input', () => renderChatList());

app.append(
  h(
    'div',
    { class: 'app-wrapper-web' },
    h(
      'div',
      { class: 'two' },
      h(
        'div',
        { id: 'side', class: 'wa-side' },
        h(
          'header',
          { class: 'wa-side-header' },
          h('h1', { class: 'wa-brand' }, 'Chats'),
          h('div', { class: 'wa-actions' }, iconButton('New chat', 'edit'), iconButton('Menu', 'menu')),
        ),
        h('div', { class: 'wa-search' }, icon('search'), search),
        h('div', { id: 'pane-side', class: 'wa-pane-side' }, chatList),
      ),
      mainEl,
    ),
  ),
);

// No title attributes: on WhatsApp the only [title] in `#main header` is "Profile details".
function iconButton(label: string, name: Parameters<typeof icon>[0], dataIcon: string = name): HTMLButtonElement {
  return h('button', { type: 'button', class: 'wa-icon-btn', 'aria-label': label }, h('span', { 'data-icon': dataIcon, 'aria-hidden': 'true' }, icon(name)));
}

function lastLine(chat: Chat): string {
  const m = chat.messages[chat.messages.length - 1];
  if (!m) return '';
  return m.dir === 'out' ? m.text : chat.group && m.author ? `${m.author}: ${m.text}` : m.text;
}

function renderChatList(): void {
  const q = search.value.trim().toLowerCase();
  chatList.replaceChildren(
    ...CHATS.filter((c) => !q || c.name.toLowerCase().includes(q)).map((chat) => {
      const last = chat.messages[chat.messages.length - 1];
      const draft = chat !== current && chat.draftText.trim() !== '';
      const row = h(
        'div',
        { role: 'listitem', class: 'wa-chat', 'data-chat-id': chat.id, 'aria-selected': String(chat === current) },
        h(
          'div',
          { role: 'gridcell', tabindex: '-1', class: 'wa-chat-cell', 'aria-colindex': '2' },
          avatar(chat.name, 49),
          h(
            'div',
            { class: 'wa-chat-body' },
            h(
              'div',
              { class: 'wa-chat-top' },
              h('span', { dir: 'auto', title: chat.name, class: 'wa-chat-name' }, chat.name),
              h('span', { class: 'wa-chat-time' }, last?.time ?? ''),
            ),
            h(
              'div',
              { class: 'wa-chat-bottom' },
              draft
                ? h('span', { class: 'wa-chat-preview' }, h('span', { class: 'wa-draft-label' }, 'Draft: '), chat.draftText)
                : h('span', { class: 'wa-chat-preview', title: lastLine(chat) }, lastLine(chat)),
              chat.unread ? h('span', { class: 'wa-unread', 'aria-label': `${chat.unread} unread messages` }, String(chat.unread)) : null,
            ),
          ),
        ),
      );
      row.addEventListener('click', () => openChat(chat.id));
      return row;
    }),
  );
}

/** One emoji's picture, drawn from the character itself (no network). */
function emojiSrc(char: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><text x="0" y="16" font-size="16">${char}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

// WhatsApp draws the emoji of a message as <img class="emoji" alt="🙏">:
// the character is the alt text.
function withEmojiImages(text: string): (string | HTMLElement)[] {
  return text
    .split(/(\p{Extended_Pictographic}\uFE0F?)/u)
    .filter((part) => part !== '')
    .map((part) =>
      /\p{Extended_Pictographic}/u.test(part) ? h('img', { class: 'emoji', alt: part, draggable: 'false', src: emojiSrc(part) }) : part,
    );
}

function messageRow(chat: Chat, m: Message, index: number): HTMLElement {
  const author = m.dir === 'out' ? 'You' : (m.author ?? chat.name);
  return h(
    'div',
    { role: 'row', class: 'wa-row' },
    h(
      'div',
      {
        class: `${m.dir === 'in' ? 'message-in' : 'message-out'} focusable-list-item wa-msg`,
        'data-id': `${m.dir === 'out'}_${chat.id}_${index}`,
      },
      chat.group && m.dir === 'in' ? h('div', { class: 'wa-author' }, author) : null,
      h(
        'div',
        { class: 'copyable-text', 'data-pre-plain-text': `[${m.time}, ${DATE}] ${author}: ` },
        h('span', { dir: 'ltr', class: 'selectable-text copyable-text' }, h('span', {}, ...withEmojiImages(m.text))),
      ),
      h(
        'div',
        { class: 'wa-meta' },
        h('span', { class: 'wa-time' }, m.time),
        m.dir === 'out' ? h('span', { 'data-icon': 'msg-dblcheck', class: 'wa-ticks', 'aria-label': ' Read ' }, icon('checks')) : null,
      ),
    ),
  );
}

function openChat(id: string): void {
  const chat = CHATS.find((c) => c.id === id);
  if (!chat) throw new Error(`No chat ${id}`);
  if (chat === current && composer) {
    composer.focus();
    return;
  }
  if (composer) {
    current.draft = composer.saveDraft();
    current.draftText = composer.text();
  }
  current = chat;
  chat.unread = 0;
  renderMain();
  renderChatList();
}

// WhatsApp re-renders the whole conversation pane on a chat switch, so the
// composer is a new element (and a new Lexical editor) each time.
function renderMain(): void {
  disposeMain?.();
  const chat = current;

  const header = h(
    'header',
    { class: 'wa-header' },
    avatar(chat.name, 40),
    h(
      'div',
      { class: 'wa-header-info', title: 'Profile details', role: 'button', tabindex: '0' },
      h('div', { class: 'wa-header-name' }, h('span', { dir: 'auto' }, chat.name)),
      h('div', { class: 'wa-header-sub' }, h('span', {}, chat.subtitle)),
    ),
    h('div', { class: 'wa-actions' }, iconButton('Video call', 'video'), iconButton('Search', 'search'), iconButton('Menu', 'menu')),
  );

  const msgs = h('div', { class: 'wa-msgs', role: 'application', tabindex: '-1' });
  const frag = document.createDocumentFragment();
  frag.append(h('div', { class: 'wa-day' }, h('span', {}, 'TODAY')));
  chat.messages.forEach((m, i) => frag.append(messageRow(chat, m, i)));
  msgs.append(frag);
  const pane = h('div', { class: 'wa-conversation copyable-area' }, msgs);

  const input = h('div', {
    contenteditable: 'true',
    role: 'textbox',
    spellcheck: 'true',
    'aria-label': 'Type a message',
    'aria-placeholder': 'Type a message',
    'aria-multiline': 'true',
    'data-tab': '10',
    tabindex: '10',
    class: 'wa-input',
  });
  const placeholder = h('div', { class: 'wa-placeholder', 'aria-hidden': 'true' }, 'Type a message');
  const sendSlot = h('div', { class: 'wa-send-slot' });
  const micButton = iconButton('Voice message', 'mic', 'mic');
  const sendButton = h(
    'button',
    { type: 'button', class: 'wa-icon-btn wa-send', 'aria-label': 'Send', 'data-tab': '11' },
    h('span', { 'data-icon': 'wds-ic-send-filled', 'aria-hidden': 'true' }, icon('send')),
  );
  const emojiButton = iconButton('Emojis', 'emoji', 'emoji');
  const panel = h('div', { class: 'wa-emoji-panel', role: 'dialog', 'aria-label': 'Emoji panel', hidden: true });
  const suggestionsHost = h('div', { class: 'wa-suggestions-host' });
  const footer = h(
    'footer',
    { class: 'wa-footer' },
    panel,
    suggestionsHost,
    h(
      'div',
      { class: 'wa-compose copyable-area' },
      emojiButton,
      iconButton('Attach', 'plus', 'plus-rounded'),
      h('div', { class: 'wa-input-wrap lexical-rich-text-input' }, input, placeholder),
      sendSlot,
    ),
  );
  mainEl.replaceChildren(header, pane, footer);
  msgs.scrollTop = msgs.scrollHeight;

  const showSendState = (text: string): void => {
    const hasText = text !== '';
    placeholder.hidden = hasText;
    const want = text.trim() !== '' ? sendButton : micButton;
    if (sendSlot.firstChild !== want) sendSlot.replaceChildren(want);
  };

  const c = mountLexical({
    root: input,
    namespace: 'whatsapp-composer',
    mode: 'plain',
    theme: { paragraph: 'selectable-text copyable-text wa-p', text: { base: 'selectable-text copyable-text' } },
    onTextChange: showSendState,
    onSubmit: (text) => {
      recordSent(text);
      chat.messages.push({ dir: 'out', text, time: timeNow() });
      msgs.append(messageRow(chat, chat.messages[chat.messages.length - 1]!, chat.messages.length - 1));
      msgs.scrollTop = msgs.scrollHeight;
      chat.draftText = '';
      renderChatList();
    },
  });
  composer = c;
  showSendState('');
  c.restoreDraft(chat.draft);
  chat.draft = null;

  sendButton.addEventListener('click', () => {
    c.submit();
    c.focus();
  });

  // Emoji panel: clicking inserts at the caret and keeps the focus in the composer.
  panel.append(
    h('div', { class: 'wa-emoji-title' }, 'Smileys & people'),
    h(
      'div',
      { class: 'wa-emoji-grid', role: 'grid' },
      ...EMOJI.map((e) => {
        const cell = h('span', { role: 'button', tabindex: '-1', class: 'wa-emoji', 'aria-label': e.name, 'data-emoji': e.char }, e.char);
        cell.addEventListener('mousedown', (ev) => ev.preventDefault());
        cell.addEventListener('click', () => c.insertText(e.char));
        return cell;
      }),
    ),
  );
  emojiButton.addEventListener('mousedown', (ev) => ev.preventDefault());
  emojiButton.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    emojiButton.setAttribute('aria-pressed', String(!panel.hidden));
    c.focus();
  });

  const disposeTypeahead = registerTypeahead<Emoji>({
    editor: c.editor,
    textbox: input,
    host: suggestionsHost,
    listboxId: 'emoji-suggestion-list',
    listboxClass: 'wa-suggestions',
    trigger: /(?:^|\s)(:([a-z0-9_+-]{2,}))$/i,
    search: (q) => searchEmoji(q),
    renderOption: (e) => h('span', { class: 'wa-suggestion' }, h('span', { class: 'wa-suggestion-char' }, e.char), h('span', {}, `:${e.name}:`)),
    replacement: (e) => e.char,
  });

  disposeMain = () => {
    disposeTypeahead();
    c.destroy();
    composer = null;
  };
  c.focus();
}

const recordSent = installHook('whatsapp', {}, {
  draft: () => composer?.text() ?? '',
  conversation: () => ({ id: current.id, name: current.name }),
  switchTo: (id) => openChat(id),
});

renderMain();
renderChatList();
