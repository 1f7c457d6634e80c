// Instagram Direct look-alike. Composer: Lexical (plain text),
// `div[contenteditable][role=textbox][aria-label="Message"][data-lexical-editor]`.
// Enter sends; so does the `div[role=button]` whose text is "Send", which
// replaces the voice/photo/like buttons while there is text. The thread header
// shows the display name and the @username. Threads: /instagram/direct/t/<id>/.
import '../shared/base.css';
import './style.css';
import type { SerializedEditorState } from 'lexical';
import { installHook } from '../shared/hook';
import { avatar, h, routeSegments } from '../shared/dom';
import { icon } from '../shared/icons';
import { mountLexical } from '../shared/lexical';

interface Message {
  mine: boolean;
  text: string;
}

interface Thread {
  id: string;
  username: string;
  name: string;
  active: string;
  messages: Message[];
  draft: SerializedEditorState | null;
}

const THREADS: Thread[] = [
  {
    id: '340282366841710300949128137443944319108',
    username: 'lea.fontaine',
    name: 'Léa Fontaine',
    active: 'Active 5m ago',
    messages: [
      { mine: false, text: 'Coucou ! Tu as vu le message de l’école pour Noah ?' },
      { mine: true, text: 'Oui, je les appelle demain matin.' },
      { mine: false, text: 'Merci, tiens-moi au courant 💛' },
      { mine: false, text: 'Leur message dit <b>not bold</b> & co en bas, bizarre.' },
      { mine: true, text: 'Je leur demande demain.' },
    ],
    draft: null,
  },
  {
    id: '340282366841710300949128155678901234567',
    username: 'youthcentre.mtl',
    name: 'Youth Centre Montréal',
    active: 'Active 1h ago',
    messages: [
      { mine: false, text: 'Hi! Are you still able to run the Wednesday workshop?' },
      { mine: true, text: 'Yes, same time as last week.' },
    ],
    draft: null,
  },
  {
    id: '340282366841710300949128166789012345678',
    username: 'sam_okoye',
    name: 'Sam Okoye',
    active: 'Active yesterday',
    messages: [{ mine: false, text: 'thanks for the help with the form yesterday 🙏' }],
    draft: null,
  },
];

const byId = (id: string | undefined): Thread | undefined => THREADS.find((t) => t.id === id);
const fromUrl = (): Thread | undefined => {
  const [a, b, id] = routeSegments('instagram');
  return a === 'direct' && b === 't' ? byId(id) : undefined;
};
if (!fromUrl()) history.replaceState(null, '', `/instagram/direct/t/${THREADS[0]!.id}/`);
let current = fromUrl() ?? THREADS[0]!;

function roleButton(label: string, content: Node | string, cls: string): HTMLDivElement {
  return h('div', { role: 'button', tabindex: '0', class: cls, 'aria-label': typeof content === 'string' ? undefined : label }, content);
}

const input = h('div', {
  'aria-describedby': 'Message',
  'aria-label': 'Message',
  'aria-placeholder': 'Message...',
  contenteditable: 'true',
  role: 'textbox',
  spellcheck: 'true',
  tabindex: '0',
  class: 'ig-input notranslate',
});
const placeholder = h('div', { class: 'ig-placeholder', 'aria-hidden': 'true' }, 'Message...');
const sendButton = roleButton('Send', 'Send', 'ig-send');
const idleActions = h('div', { class: 'ig-idle-actions' }, roleButton('Voice Clip', icon('mic'), 'ig-icon'), roleButton('Add Photo or Video', icon('image'), 'ig-icon'), roleButton('Like', icon('like'), 'ig-icon'));
const actionSlot = h('div', { class: 'ig-action-slot' });
const headerSlot = h('div', { class: 'ig-thread-header' });
const messagesEl = h('div', { class: 'ig-messages', role: 'grid', 'aria-label': 'Messages' });
const list = h('div', { class: 'ig-list', role: 'list' });

document.getElementById('mount')!.append(
  h(
    'div',
    { class: 'ig-app' },
    h('nav', { class: 'ig-rail', 'aria-label': 'Primary' }, h('span', { class: 'ig-logo' }, '◎'), h('span', {}, '⌂'), h('span', {}, '⌕'), h('span', { class: 'ig-rail-on' }, '✉')),
    h('section', { class: 'ig-inbox' }, h('div', { class: 'ig-inbox-head' }, h('h1', {}, 'alex.martin.tsw'), icon('edit')), h('div', { class: 'ig-inbox-tabs' }, h('b', {}, 'Messages'), h('span', {}, 'Requests')), list),
    h(
      'div',
      { role: 'main', class: 'ig-main' },
      headerSlot,
      messagesEl,
      h('div', { class: 'ig-composer' }, h('div', { class: 'ig-composer-box' }, roleButton('Choose an emoji', icon('emoji'), 'ig-icon'), h('div', { class: 'ig-input-wrap' }, input, placeholder), actionSlot)),
    ),
  ),
);

function renderList(): void {
  list.replaceChildren(
    ...THREADS.map((t) => {
      const last = t.messages[t.messages.length - 1];
      const row = h(
        'a',
        { role: 'listitem', href: `/instagram/direct/t/${t.id}/`, class: `ig-row${t === current ? ' ig-row-on' : ''}`, 'aria-current': t === current ? 'page' : undefined },
        avatar(t.name, 56),
        h('span', { class: 'ig-row-text' }, h('span', { class: 'ig-row-name' }, t.name), h('span', { class: 'ig-row-last' }, t.draft && t !== current ? 'Draft' : last ? `${last.mine ? 'You: ' : ''}${last.text}` : '')),
      );
      row.addEventListener('click', (e) => {
        e.preventDefault();
        open(t.id, true);
      });
      return row;
    }),
  );
}

function bubble(m: Message): HTMLElement {
  return h('div', { role: 'row', class: `ig-msg ${m.mine ? 'ig-mine' : 'ig-theirs'}` }, h('div', { role: 'gridcell', class: 'ig-bubble', dir: 'auto' }, m.text));
}

function renderThread(): void {
  const t = current;
  headerSlot.replaceChildren(
    h(
      'a',
      { href: `/instagram/${t.username}/`, role: 'link', class: 'ig-header-link' },
      avatar(t.name, 44),
      h('span', { class: 'ig-header-text' }, h('span', { class: 'ig-header-name' }, t.name), h('span', { class: 'ig-header-username' }, t.username)),
    ),
    h('div', { class: 'ig-header-actions' }, roleButton('Audio call', icon('phone'), 'ig-icon'), roleButton('Video call', icon('video'), 'ig-icon'), roleButton('Conversation information', icon('info'), 'ig-icon')),
  );
  messagesEl.replaceChildren(
    h('div', { class: 'ig-intro' }, avatar(t.name, 96), h('b', {}, t.name), h('span', {}, `${t.username} · Instagram`)),
    ...t.messages.map(bubble),
  );
  messagesEl.scrollTop = messagesEl.scrollHeight;
  document.title = `Instagram • ${t.username}`;
}

const showActions = (text: string): void => {
  placeholder.hidden = text !== '';
  const want = text.trim() !== '' ? sendButton : idleActions;
  if (actionSlot.firstChild !== want) actionSlot.replaceChildren(want);
};

const composer = mountLexical({
  root: input,
  namespace: 'instagram-composer',
  mode: 'plain',
  theme: { paragraph: 'ig-p' },
  onTextChange: showActions,
  onSubmit: (text) => {
    recordSent(text);
    current.messages.push({ mine: true, text });
    messagesEl.append(bubble({ mine: true, text }));
    messagesEl.scrollTop = messagesEl.scrollHeight;
    renderList();
  },
});

sendButton.addEventListener('click', () => {
  composer.submit();
  composer.focus();
});
sendButton.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    sendButton.click();
  }
});

function open(id: string, push: boolean): void {
  const next = byId(id);
  if (!next) throw new Error(`No thread ${id}`);
  if (push) history.pushState(null, '', `/instagram/direct/t/${id}/`);
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
  if (t) open(t.id, false);
});

const recordSent = installHook('instagram', {}, {
  draft: () => composer.text(),
  conversation: () => ({ id: current.id, name: current.username }),
  switchTo: (id) => open(id, true),
});

showActions('');
renderThread();
renderList();
composer.focus();
