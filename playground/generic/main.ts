// Help-desk look-alike for the generic guard (the policy's extra sites): the
// shape most help-desk and social-inbox tools share, with no markup of any one
// product, since the generic guard must find its way by focus, HTML and ARIA.
//
// - Reply box: `textarea.hd-editor[name="reply"]` in `form.hd-composer`
//   (default), or with `?editor=contenteditable` a rich-text
//   `div.hd-editor[contenteditable][role=textbox][aria-multiline]` (one <p>
//   per line) in `div.hd-composer`, no form, as React tools draw it.
// - Send: Ctrl/Cmd+Enter in the box, or `button.hd-send` "Send reply"; Enter
//   is a new line. Sending appends the reply to the thread and clears the box.
// - Near misses the guard must not take for the send button: "Public reply" /
//   "Internal note" tabs above the box, an "Insert canned reply" tool in the
//   editor's own frame, "Close ticket" beside "Send reply".
// - Search: `input[type=search]` in `form[role=search]` at the top; typing
//   lists matching tickets. It is never a compose box.
// - "Draft saved" shows after each edit, as help desks autosave drafts.
// - Tickets live at /generic/tickets/<id> (pushState, the query kept) and
//   keep their drafts. The reply box has focus at load; `?focus=search`
//   focuses the search box instead, `?focus=none` nothing.
import '../shared/base.css';
import './style.css';
import { installHook, isImeEnter } from '../shared/hook';
import { avatar, h, routeSegments, timeNow } from '../shared/dom';
import { caretToEnd, contentEditableText } from '../shared/contenteditable';

interface Message {
  author: string;
  agent: boolean;
  time: string;
  text: string;
}

interface Ticket {
  id: string;
  subject: string;
  requester: string;
  email: string;
  status: 'Open' | 'Pending';
  messages: Message[];
  draft: string;
}

const AGENT = 'Sam Porter';

const TICKETS: Ticket[] = [
  {
    id: '4512',
    subject: 'Order arrived damaged',
    requester: 'Dana Whitfield',
    email: 'dana.whitfield@example.com',
    status: 'Open',
    messages: [
      { author: 'Dana Whitfield', agent: false, time: '09:12', text: 'Hi, my blender arrived with a cracked jug. This is the second time this happens and I am really disappointed.' },
      { author: 'Dana Whitfield', agent: false, time: '09:14', text: 'What are you going to do about it?' },
    ],
    draft: '',
  },
  {
    id: '4513',
    subject: 'Impossible de me connecter',
    requester: 'Marc-André Roy',
    email: 'ma.roy@example.org',
    status: 'Open',
    messages: [{ author: 'Marc-André Roy', agent: false, time: '08:47', text: 'Bonjour, je n’arrive plus à me connecter depuis la réinitialisation de mon mot de passe.' }],
    draft: '',
  },
  {
    id: '4517',
    subject: 'Question about my invoice',
    requester: 'Priya Natarajan',
    email: 'priya.n@example.net',
    status: 'Pending',
    messages: [
      { author: 'Priya Natarajan', agent: false, time: 'Yesterday', text: 'Hello, I was charged twice this month. Could you check?' },
      { author: AGENT, agent: true, time: 'Yesterday', text: 'Hi Priya, thanks for flagging this. I am looking into it with our billing team.' },
    ],
    draft: '',
  },
];

const params = new URLSearchParams(location.search);
const rich = params.get('editor') === 'contenteditable';
const EMPTY = '<p><br></p>';
const CANNED = 'Thank you for your patience. ';

const byId = (id: string | undefined): Ticket | undefined => TICKETS.find((t) => t.id === id);
const fromUrl = (): Ticket | undefined => {
  const [a, id] = routeSegments('generic');
  return a === 'tickets' ? byId(id) : undefined;
};
const ticketUrl = (id: string): string => `/generic/tickets/${id}${location.search}`;
if (!fromUrl()) history.replaceState(null, '', ticketUrl(TICKETS[0]!.id));
let current = fromUrl() ?? TICKETS[0]!;

// ------------------------------------------------------------------ page

const search = h('input', { type: 'search', name: 'q', class: 'hd-search-input', placeholder: 'Search tickets', 'aria-label': 'Search tickets', autocomplete: 'off' });
const suggestions = h('ul', { class: 'hd-suggestions', id: 'hd-search-suggestions', role: 'listbox', 'aria-label': 'Matching tickets', hidden: true });
const searchForm = h('form', { class: 'hd-search', role: 'search' }, search, h('button', { type: 'submit', class: 'hd-search-go' }, 'Search'), suggestions);

const editor: HTMLTextAreaElement | HTMLDivElement = rich
  ? h('div', { class: 'hd-editor hd-editor--rich', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'Reply', 'data-placeholder': 'Write your reply… (Ctrl+Enter to send)' })
  : h('textarea', { class: 'hd-editor', name: 'reply', rows: '6', 'aria-label': 'Reply', placeholder: 'Write your reply… (Ctrl+Enter to send)' });
const status = h('span', { class: 'hd-draft-status', 'aria-live': 'polite' });
const sendButton = h('button', { type: rich ? 'button' : 'submit', class: 'hd-send' }, 'Send reply');
const closeButton = h('button', { type: 'button', class: 'hd-close' }, 'Close ticket');
const tab = (label: string, selected: boolean) => h('button', { type: 'button', role: 'tab', class: 'hd-tab', 'aria-selected': String(selected) }, label);
const tabs = h('div', { class: 'hd-tabs', role: 'tablist', 'aria-label': 'Reply type' }, tab('Public reply', true), tab('Internal note', false));
const tool = (label: string, text: string, run: () => void) => {
  const b = h('button', { type: 'button', class: 'hd-tool', 'aria-label': label, title: label }, text);
  // Keep the caret in the reply box, as editor toolbars do.
  b.addEventListener('mousedown', (e) => e.preventDefault());
  b.addEventListener('click', run);
  return b;
};
const toolbar = h(
  'div',
  { class: 'hd-toolbar', role: 'toolbar', 'aria-label': 'Formatting' },
  tool('Bold', 'B', () => rich && document.execCommand('bold')),
  tool('Italic', 'I', () => rich && document.execCommand('italic')),
  tool('Insert canned reply', '⚡', () => {
    editor.focus();
    document.execCommand('insertText', false, CANNED);
  }),
  tool('Attach file', '📎', () => undefined),
);
// The toolbar shares the editor's frame, as in most editors: nearer the box than the send button.
const composerParts = [tabs, h('div', { class: 'hd-editor-wrap' }, toolbar, editor), h('div', { class: 'hd-composer-footer' }, status, h('span', { class: 'hd-spacer' }), closeButton, sendButton)] as const;
const composer = rich ? h('div', { class: 'hd-composer' }, ...composerParts) : h('form', { class: 'hd-composer', 'aria-label': 'Reply to ticket' }, ...composerParts);

const ticketHeader = h('header', { class: 'hd-ticket-header' });
const thread = h('ol', { class: 'hd-thread' });
const list = h('ul', { class: 'hd-ticket-list' });

document.getElementById('mount')!.append(
  h('header', { class: 'hd-topbar' }, h('span', { class: 'hd-logo' }, 'Helpdesk'), searchForm, h('span', { class: 'hd-agent' }, avatar(AGENT, 28), AGENT)),
  h(
    'div',
    { class: 'hd-app' },
    h('nav', { class: 'hd-sidebar', 'aria-label': 'Tickets' }, h('h2', {}, 'Open tickets'), list),
    h('main', { class: 'hd-main' }, ticketHeader, thread, composer),
  ),
);

// --------------------------------------------------------------- tickets

function renderList(): void {
  list.replaceChildren(
    ...TICKETS.map((t) => {
      const link = h(
        'a',
        { class: 'hd-ticket-link', href: ticketUrl(t.id), 'aria-current': t === current ? 'page' : undefined },
        h('span', { class: 'hd-ticket-id' }, `#${t.id}`),
        h('span', { class: 'hd-ticket-subject' }, t.subject),
        h('span', { class: 'hd-ticket-requester' }, `${t.requester}${t.draft && t !== current ? ' · draft' : ''}`),
      );
      link.addEventListener('click', (e) => {
        e.preventDefault();
        open(t.id, true);
      });
      return h('li', {}, link);
    }),
  );
}

function messageItem(m: Message): HTMLElement {
  return h(
    'li',
    { class: `hd-message${m.agent ? ' hd-message--agent' : ''}` },
    avatar(m.author, 32),
    h('div', { class: 'hd-message-body' }, h('div', { class: 'hd-message-meta' }, h('b', {}, m.author), h('time', {}, m.time)), h('p', {}, m.text)),
  );
}

function renderTicket(): void {
  const t = current;
  ticketHeader.replaceChildren(
    h('h1', {}, h('span', { class: 'hd-ticket-id' }, `#${t.id}`), ' ', t.subject),
    h('p', { class: 'hd-requester' }, `${t.requester} <${t.email}> · `, h('span', { class: 'hd-status' }, t.status)),
  );
  thread.replaceChildren(...t.messages.map(messageItem));
  document.title = `#${t.id} ${t.subject} - Helpdesk`;
}

// -------------------------------------------------------------- reply box

function text(): string {
  return editor instanceof HTMLTextAreaElement ? editor.value : contentEditableText(editor);
}

function setDraft(draft: string): void {
  if (editor instanceof HTMLTextAreaElement) editor.value = draft;
  else editor.innerHTML = draft || EMPTY;
}

/** The draft as stored per ticket: the value, or the rich text's HTML. */
function draftOf(): string {
  if (text() === '') return '';
  return editor instanceof HTMLTextAreaElement ? editor.value : editor.innerHTML;
}

function focusEditor(): void {
  editor.focus();
  if (editor instanceof HTMLTextAreaElement) editor.setSelectionRange(editor.value.length, editor.value.length);
  else caretToEnd(editor);
}

function onEdit(): void {
  // A rich box keeps one empty paragraph, as editors do.
  if (!(editor instanceof HTMLTextAreaElement) && editor.innerHTML === '') editor.innerHTML = EMPTY;
  editor.classList.toggle('hd-editor--empty', text() === '');
  status.textContent = text() === '' ? '' : 'Draft saved';
}

function send(): void {
  const value = text();
  if (value.trim() === '') return;
  recordSent(value);
  const m: Message = { author: AGENT, agent: true, time: timeNow(), text: value };
  current.messages.push(m);
  thread.append(messageItem(m));
  setDraft('');
  onEdit();
  status.textContent = 'Reply sent';
  focusEditor();
}

const box: HTMLElement = editor;
box.addEventListener('input', onEdit);
box.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || isImeEnter(e)) return;
  e.preventDefault();
  send();
});
if (composer instanceof HTMLFormElement) {
  composer.addEventListener('submit', (e) => {
    e.preventDefault();
    send();
  });
} else {
  sendButton.addEventListener('click', () => send());
}
closeButton.addEventListener('click', () => {
  current.status = 'Pending';
  renderTicket();
});
for (const t of Array.from(tabs.children)) {
  t.addEventListener('click', () => {
    for (const other of Array.from(tabs.children)) other.setAttribute('aria-selected', String(other === t));
  });
}

// ----------------------------------------------------------------- search

search.addEventListener('input', () => {
  const q = search.value.trim().toLowerCase();
  const hits = q === '' ? [] : TICKETS.filter((t) => `${t.id} ${t.subject} ${t.requester}`.toLowerCase().includes(q));
  suggestions.replaceChildren(
    ...hits.map((t) => {
      const item = h('li', { role: 'option', class: 'hd-suggestion', id: `hd-suggestion-${t.id}` }, `#${t.id} ${t.subject}`);
      item.addEventListener('mousedown', (e) => {
        e.preventDefault();
        open(t.id, true);
      });
      return item;
    }),
  );
  suggestions.hidden = q === '';
  if (hits.length === 0 && q !== '') suggestions.append(h('li', { class: 'hd-suggestion hd-suggestion--none' }, 'No ticket matches'));
});
searchForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const first = suggestions.querySelector<HTMLElement>('[role="option"]');
  if (first) open(first.id.replace('hd-suggestion-', ''), true);
});

// -------------------------------------------------------------- navigation

function open(id: string, push: boolean): void {
  const next = byId(id);
  if (!next) throw new Error(`No ticket ${id}`);
  if (push) history.pushState(null, '', ticketUrl(id));
  search.value = '';
  suggestions.hidden = true;
  if (next === current) return;
  current.draft = draftOf();
  current = next;
  setDraft(current.draft);
  current.draft = '';
  onEdit();
  status.textContent = '';
  renderTicket();
  renderList();
  focusEditor();
}

window.addEventListener('popstate', () => {
  const t = fromUrl();
  if (t) open(t.id, false);
});

const recordSent = installHook('generic', {}, {
  draft: text,
  conversation: () => ({ id: current.id, name: current.requester }),
  switchTo: (id) => open(id, true),
});

if (rich) document.execCommand('defaultParagraphSeparator', false, 'p');
setDraft('');
onEdit();
renderTicket();
renderList();
const focus = params.get('focus');
if (focus === 'search') search.focus();
else if (focus !== 'none') focusEditor();
