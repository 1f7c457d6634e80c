// Messenger look-alike. Composer: Lexical (rich text) with
// `div[contenteditable][role=textbox][data-lexical-editor][aria-label="Message"]`
// inside `[role=main]`; the thread name is the first `a[aria-label]` there.
// SPA navigation: a thread is /messenger/t/<id>/ (history.pushState), the
// composer element survives the switch and each thread keeps its draft.
// Send: Enter, or `[aria-label="Press enter to send"][role=button]`, which
// replaces the "Send a like" button while there is text.
import '../shared/base.css';
import './style.css';
import type { SerializedEditorState } from 'lexical';
import { installHook } from '../shared/hook';
import { avatar, h, routeSegments } from '../shared/dom';
import { icon } from '../shared/icons';
import { mountLexical } from '../shared/lexical';

interface Message {
  dir: 'in' | 'out';
  text: string;
  author?: string;
}

interface Thread {
  id: string;
  name: string;
  profile: string;
  status: string;
  time: string;
  group?: boolean;
  messages: Message[];
  draft: SerializedEditorState | null;
}

const THREADS: Thread[] = [
  {
    id: '100012345678901',
    name: 'Mélanie Roy',
    profile: 'melanie.roy.52',
    status: 'Active 12m ago',
    time: '12m',
    messages: [
      { dir: 'in', text: 'Bonjour, est-ce que la visite de jeudi est toujours prévue ?' },
      { dir: 'out', text: 'Oui, 14 h comme convenu. Je passerai avec ma collègue.' },
      { dir: 'in', text: 'Parfait. Les enfants seront encore à l’école à cette heure-là.' },
      { dir: 'out', text: 'Très bien, à jeudi 👋' },
      { dir: 'in', text: 'Le courriel de l’école finit par <b>not bold</b> & co, c’est normal ?' },
    ],
    draft: null,
  },
  {
    id: '100023456789012',
    name: 'Jordan Avery',
    profile: 'jordan.avery',
    status: 'Active now',
    time: '1h',
    messages: [
      { dir: 'in', text: 'Hey, did the court accept the custody papers?' },
      { dir: 'out', text: "They were filed on Monday. I'm waiting for the confirmation from the clerk." },
      { dir: 'in', text: 'Ok, keep me posted please' },
    ],
    draft: null,
  },
  {
    id: '7654321098765432',
    name: 'Foster parents – Laval',
    profile: 'groups/7654321098765432',
    status: 'Nadia, Paul and 6 others',
    group: true,
    time: '3h',
    messages: [
      { dir: 'in', author: 'Nadia', text: 'Reminder: training session on Saturday at 9am, room B.' },
      { dir: 'in', author: 'Paul', text: 'Will there be childcare on site?' },
      { dir: 'out', text: 'Yes, two educators will be there. See you Saturday!' },
    ],
    draft: null,
  },
];

const byId = (id: string): Thread | undefined => THREADS.find((t) => t.id === id);
const fromUrl = (): Thread | undefined => {
  const [kind, id] = routeSegments('messenger');
  return kind === 't' && id ? byId(id) : undefined;
};

let current: Thread = fromUrl() ?? THREADS[0]!;
// messenger.com/ opens the most recent thread under its own URL.
if (!fromUrl()) history.replaceState(null, '', `/messenger/t/${current.id}/`);

function roleButton(label: string, name: Parameters<typeof icon>[0], cls = 'ms-icon-btn'): HTMLDivElement {
  return h('div', { 'aria-label': label, role: 'button', tabindex: '0', class: cls }, icon(name));
}

const list = h('div', { role: 'grid', 'aria-label': 'Chats', class: 'ms-list' });
const headerSlot = h('div', { class: 'ms-header' });
const messagesEl = h('div', { class: 'ms-messages', role: 'grid', 'aria-label': 'Messages in conversation' });
const input = h('div', {
  'aria-label': 'Message',
  'aria-placeholder': 'Aa',
  'aria-describedby': 'ms-composer-hint',
  contenteditable: 'true',
  role: 'textbox',
  spellcheck: 'true',
  tabindex: '0',
  class: 'ms-input notranslate',
});
const placeholder = h('div', { class: 'ms-placeholder', 'aria-hidden': 'true' }, 'Aa');
const sendButton = roleButton('Press enter to send', 'send', 'ms-icon-btn ms-send');
const likeButton = roleButton('Send a like', 'like', 'ms-icon-btn ms-like');
const actionSlot = h('span', { class: 'ms-action-slot' });

document.getElementById('mount')!.append(
  h(
    'div',
    { class: 'ms-app' },
    h(
      'div',
      { class: 'ms-side', role: 'navigation', 'aria-label': 'Thread list' },
      h('div', { class: 'ms-side-head' }, h('h1', {}, 'Chats'), roleButton('New message', 'edit')),
      h('div', { class: 'ms-search' }, icon('search'), h('input', { type: 'search', placeholder: 'Search Messenger', 'aria-label': 'Search Messenger' })),
      list,
    ),
    h(
      'div',
      { role: 'main', class: 'ms-main' },
      headerSlot,
      messagesEl,
      h(
        'div',
        { class: 'ms-composer' },
        roleButton('Open more actions', 'plus'),
        roleButton('Attach a file up to 100 MB', 'image'),
        h(
          'div',
          { class: 'ms-input-wrap' },
          input,
          placeholder,
          roleButton('Choose an emoji', 'emoji', 'ms-icon-btn ms-emoji'),
          h('span', { id: 'ms-composer-hint', hidden: true }, 'Press Enter to send, Shift+Enter for a new line'),
        ),
        actionSlot,
      ),
    ),
  ),
);

function renderList(): void {
  list.replaceChildren(
    ...THREADS.map((t) => {
      const last = t.messages[t.messages.length - 1];
      const preview = last ? (last.dir === 'out' ? `You: ${last.text}` : t.group && last.author ? `${last.author}: ${last.text}` : last.text) : '';
      const link = h(
        'a',
        { href: `/messenger/t/${t.id}/`, role: 'link', class: 'ms-thread', 'aria-current': t === current ? 'page' : undefined, 'data-thread-id': t.id },
        avatar(t.name, 48),
        h(
          'div',
          { class: 'ms-thread-text' },
          h('span', { class: 'ms-thread-name', dir: 'auto' }, t.name),
          h('span', { class: 'ms-thread-preview' }, h('span', { class: 'ms-ellipsis' }, t.draft && t !== current ? 'Draft' : preview), h('span', { class: 'ms-thread-time' }, `· ${t.time}`)),
        ),
      );
      link.addEventListener('click', (e) => {
        e.preventDefault();
        navigate(t.id, true);
      });
      return h('div', { role: 'row' }, h('div', { role: 'gridcell' }, link));
    }),
  );
}

function bubble(t: Thread, m: Message): HTMLElement {
  return h(
    'div',
    { role: 'row', class: `ms-row ms-${m.dir}` },
    m.dir === 'in' ? avatar(m.author ?? t.name, 28) : null,
    h(
      'div',
      { class: 'ms-bubble-col' },
      m.author ? h('span', { class: 'ms-author' }, m.author) : null,
      h('div', { class: 'ms-bubble', role: 'gridcell' }, h('div', { dir: 'auto' }, m.text)),
    ),
  );
}

function renderThread(): void {
  const t = current;
  headerSlot.replaceChildren(
    h(
      'a',
      { 'aria-label': t.name, href: `/messenger/${t.profile}`, role: 'link', class: 'ms-header-link' },
      avatar(t.name, 40),
      h('div', { class: 'ms-header-text' }, h('span', { class: 'ms-header-name' }, t.name), h('span', { class: 'ms-header-status' }, t.status)),
    ),
    h('div', { class: 'ms-header-actions' }, roleButton('Start a voice call', 'phone'), roleButton('Start a video call', 'video'), roleButton('Conversation information', 'info')),
  );
  messagesEl.replaceChildren(
    h('div', { class: 'ms-intro' }, avatar(t.name, 60), h('div', { class: 'ms-intro-name' }, t.name), h('div', { class: 'ms-intro-sub' }, 'You’re friends on Facebook')),
    ...t.messages.map((m) => bubble(t, m)),
  );
  messagesEl.scrollTop = messagesEl.scrollHeight;
  document.title = `${t.name} | Messenger`;
}

const showActions = (text: string): void => {
  placeholder.hidden = text !== '';
  const want = text.trim() !== '' ? sendButton : likeButton;
  if (actionSlot.firstChild !== want) actionSlot.replaceChildren(want);
};

const composer = mountLexical({
  root: input,
  namespace: 'messenger-composer',
  mode: 'rich',
  theme: { paragraph: 'ms-p', text: { base: 'ms-text' } },
  onTextChange: showActions,
  onSubmit: (text) => send(text),
});

function send(text: string): void {
  recordSent(text);
  current.messages.push({ dir: 'out', text });
  current.time = 'now';
  messagesEl.append(bubble(current, { dir: 'out', text }));
  messagesEl.scrollTop = messagesEl.scrollHeight;
  renderList();
}

sendButton.addEventListener('click', () => {
  composer.submit();
  composer.focus();
});
likeButton.addEventListener('click', () => send('👍'));
for (const b of [sendButton, likeButton]) {
  b.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      b.click();
    }
  });
}

function navigate(id: string, push: boolean): void {
  const next = byId(id);
  if (!next) throw new Error(`No thread ${id}`);
  if (push) history.pushState(null, '', `/messenger/t/${id}/`);
  if (next === current) return;
  current.draft = composer.saveDraft();
  current = next;
  composer.restoreDraft(current.draft);
  current.draft = null;
  renderThread();
  renderList();
  composer.focus();
}

window.addEventListener('popstate', () => {
  const t = fromUrl();
  if (t) navigate(t.id, false);
});

const recordSent = installHook('messenger', {}, {
  draft: () => composer.text(),
  conversation: () => ({ id: current.id, name: current.name }),
  switchTo: (id) => navigate(id, true),
});

showActions('');
renderThread();
renderList();
composer.focus();
