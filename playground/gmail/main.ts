// Gmail look-alike. The compose window is `.M9` with a plain (Closure-style)
// contenteditable body `div[aria-label="Message Body"][role=textbox]
// [g_editable="true"][contenteditable]`, recipients in `[name=to]` as chips
// `[role=option][data-hovercard-id][data-name]` plus `input[name=to]`, and the
// subject `input[name=subjectbox]`. Send: Ctrl/Cmd+Enter anywhere in the
// compose, or `div[role=button][data-tooltip^="Send"]`. Like a Closure
// control, that button acts on mouseup after a mousedown on it (or Enter /
// Space while focused); a bare element.click() does nothing, which is why
// InboxSDK simulates mousedown, mouseup, click. Opening a thread from the
// inbox (or switchTo(email)) readdresses the compose as a reply; each thread
// keeps its draft body.
import '../shared/base.css';
import './style.css';
import { installHook, isImeEnter } from '../shared/hook';
import { h } from '../shared/dom';
import { icon } from '../shared/icons';
import { caretToEnd, contentEditableText } from '../shared/contenteditable';

interface Contact {
  email: string;
  name: string;
}

/** One message of a thread, as the reading pane shows it. */
interface Mail {
  from: Contact;
  /** The time Gmail shows beside the sender; `title` is the full date on hover. */
  time: string;
  title: string;
  /** One paragraph per line. */
  body: string[];
}

interface Thread {
  from: Contact;
  subject: string;
  snippet: string;
  time: string;
  unread: boolean;
  draft: string;
  mails: Mail[];
}

const SEND_LABEL = 'Send \u202a(Ctrl-Enter)\u202c';

const CONTACTS: Contact[] = [
  { email: 'client@example.com', name: 'Client Name' },
  { email: 'marie.lefort@lefort-avocats.example', name: 'Marie Lefort' },
  { email: 'greffe@tribunal.example', name: 'Greffe du tribunal' },
];

/** The account's owner: Gmail shows their name, not "me", on their messages in a thread. */
const ME: Contact = { email: 'alex.martin@cabinet-martin.example', name: 'Alex Martin' };

const THREADS: Thread[] = [
  {
    from: CONTACTS[0]!,
    subject: 'Settlement offer – next steps',
    snippet: 'Thank you for the update. Can you confirm whether I need to sign the offer before the meeting on Friday?',
    time: '10:42',
    unread: true,
    draft: '',
    mails: [
      { from: CONTACTS[0]!, time: 'Oct 27, 2026, 4:10 PM', title: 'Tue, Oct 27, 2026, 4:10 PM', body: ['Hello Maître Martin,', 'The other side sent a settlement offer today. What should I do?'] },
      { from: ME, time: 'Oct 27, 2026, 5:02 PM', title: 'Tue, Oct 27, 2026, 5:02 PM', body: ['Hello,', 'Please do not answer them yet. I will read the offer tonight.'] },
      { from: CONTACTS[0]!, time: 'Oct 28, 2026, 9:30 AM', title: 'Wed, Oct 28, 2026, 9:30 AM', body: ['Thank you 🙏 Their letter ends with <b>not bold</b> & co, is that normal?'] },
      { from: CONTACTS[0]!, time: '10:42 AM (2 hours ago)', title: 'Wed, Oct 28, 2026, 10:42 AM', body: ['Thank you for the update. Can you confirm whether I need to sign the offer before the meeting on Friday?'] },
    ],
  },
  {
    from: CONTACTS[1]!,
    subject: 'Dossier Martin c. Martin – pièces',
    snippet: 'Chère consœur, vous trouverez ci-joint les pièces 12 à 18. Bien à vous.',
    time: '09:15',
    unread: false,
    draft: '',
    mails: [{ from: CONTACTS[1]!, time: '9:15 AM (3 hours ago)', title: 'Wed, Oct 28, 2026, 9:15 AM', body: ['Chère consœur,', 'Vous trouverez ci-joint les pièces 12 à 18.', 'Bien à vous.'] }],
  },
  {
    from: CONTACTS[2]!,
    subject: 'Convocation – audience du 14 novembre',
    snippet: 'Veuillez trouver ci-joint la convocation pour l’audience du 14 novembre à 9 h 30, salle 4.12.',
    time: 'Oct 27',
    unread: false,
    draft: '',
    mails: [{ from: CONTACTS[2]!, time: 'Oct 27, 2026, 2:00 PM', title: 'Tue, Oct 27, 2026, 2:00 PM', body: ['Veuillez trouver ci-joint la convocation pour l’audience du 14 novembre à 9 h 30, salle 4.12.'] }],
  },
];

let current: Thread = THREADS[0]!;
let recipients: Contact[] = [];
let idSeq = 100;
const nextId = (): string => `:${(idSeq++).toString(36)}`;

const chips = h('div', { class: 'aoD hl', name: 'to' });
const toInput = h('input', { class: 'agP aFw', name: 'to', type: 'text', role: 'combobox', 'aria-label': 'To recipients', autocomplete: 'off', 'aria-autocomplete': 'list', 'aria-expanded': 'false' });
const subject = h('input', { name: 'subjectbox', class: 'aoT', id: nextId(), placeholder: 'Subject', 'aria-label': 'Subject', spellcheck: 'true', tabindex: '1' });
const body = h('div', {
  id: nextId(),
  class: 'Am aiL Al editable LW-avf tS-tW',
  hidefocus: 'true',
  'aria-label': 'Message Body',
  g_editable: 'true',
  role: 'textbox',
  'aria-multiline': 'true',
  contenteditable: 'true',
  tabindex: '1',
  spellcheck: 'false',
});
const sendButton = h('div', { id: nextId(), class: 'T-I J-J5-Ji aoO v7 T-I-atl L3', role: 'button', tabindex: '1', 'data-tooltip': SEND_LABEL, 'aria-label': SEND_LABEL, 'data-tooltip-delay': '800' }, 'Send');
const toast = h('div', { class: 'bAq', role: 'alert', hidden: true });
const title = h('span', { class: 'aYF' }, 'New Message');
const compose = h(
  'div',
  { class: 'nH Hd', role: 'dialog', 'aria-label': 'New Message' },
  h(
    'div',
    { class: 'M9' },
    h('div', { class: 'aDh' }, title, h('span', { class: 'Ha', role: 'button', 'aria-label': 'Save & close', 'data-tooltip': 'Save & close' }, icon('close'))),
    h(
      'div',
      { class: 'bAs' },
      h('div', { class: 'GS' }, h('span', { class: 'aB' }, 'To'), h('div', { class: 'fX' }, chips)),
      h('div', { class: 'aoD az6' }, subject),
      h('div', { class: 'Ar Au' }, body),
      h(
        'div',
        { class: 'btC' },
        h('div', { class: 'dC' }, sendButton, h('div', { class: 'T-I J-J5-Ji hG T-I-atl', role: 'button', 'aria-label': 'More send options', 'data-tooltip': 'More send options' }, '▾')),
        h('div', { class: 'a8X' }, h('div', { class: 'wG J-Z-I', role: 'button', 'aria-label': 'Formatting options', 'data-tooltip': 'Formatting options' }, 'A'), h('div', { class: 'wG J-Z-I', role: 'button', 'aria-label': 'Attach files', 'data-tooltip': 'Attach files' }, icon('attach'))),
      ),
    ),
  ),
);
const rows = h('tbody', {});
// The open thread, as Gmail's reading pane draws it: an `h2.hP` subject, then
// one `div.adn[data-message-id]` per expanded message with the sender
// `span.gD[email][name]`, the time `span.g3[title]` and the body `div.a3s`.
const threadView = h('div', { class: 'gm-thread', role: 'list' });

document.getElementById('mount')!.append(
  h(
    'div',
    { class: 'gm-app' },
    h('header', { class: 'gb gm-top' }, h('span', { class: 'gm-burger' }, '☰'), h('span', { class: 'gm-logo' }, h('b', {}, 'M'), ' Gmail'), h('form', { class: 'gb_Ue', role: 'search' }, icon('search'), h('input', { type: 'text', 'aria-label': 'Search mail', placeholder: 'Search mail', name: 'q' }))),
    h(
      'div',
      { class: 'gm-body' },
      h(
        'div',
        { class: 'aeN gm-nav', role: 'navigation' },
        h('div', { class: 'T-I T-I-KE L3 gm-compose-btn', role: 'button', tabindex: '0' }, icon('edit'), ' Compose'),
        h('div', { class: 'gm-nav-item gm-nav-on' }, 'Inbox', h('span', {}, '1')),
        h('div', { class: 'gm-nav-item' }, 'Starred'),
        h('div', { class: 'gm-nav-item' }, 'Sent'),
        h('div', { class: 'gm-nav-item' }, 'Drafts'),
      ),
      h('div', { class: 'AO gm-main', role: 'main' }, h('table', { class: 'F cf zt', role: 'grid' }, rows), threadView),
    ),
    compose,
    toast,
  ),
);

function chip(c: Contact): HTMLElement {
  const remove = h('div', { class: 'afX', role: 'button', 'aria-label': `Remove ${c.name}`, tabindex: '-1' }, '×');
  const el = h('div', { class: 'afV', role: 'option', 'aria-selected': 'false', 'data-hovercard-id': c.email, 'data-name': c.name, tabindex: '-1' }, h('div', { class: 'akl' }, c.name), remove);
  remove.addEventListener('click', () => {
    recipients = recipients.filter((r) => r !== c);
    renderChips();
  });
  return el;
}

function renderChips(): void {
  chips.replaceChildren(...recipients.map(chip), toInput);
}

function addRecipient(raw: string): boolean {
  const email = raw.trim().replace(/[,;]$/, '');
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) return false;
  const contact = CONTACTS.find((c) => c.email === email) ?? { email, name: email };
  if (!recipients.some((r) => r.email === email)) recipients.push(contact);
  toInput.value = '';
  renderChips();
  toInput.focus();
  return true;
}

toInput.addEventListener('keydown', (e) => {
  if ((e.key === 'Enter' && !e.ctrlKey && !e.metaKey) || e.key === ',' || e.key === ';' || e.key === 'Tab') {
    if (isImeEnter(e)) return;
    if (addRecipient(toInput.value) || e.key !== 'Tab') e.preventDefault();
  } else if (e.key === 'Backspace' && toInput.value === '' && recipients.length) {
    recipients.pop();
    renderChips();
    toInput.focus();
  }
});
toInput.addEventListener('blur', () => addRecipient(toInput.value));

function renderRows(): void {
  rows.replaceChildren(
    ...THREADS.map((t) => {
      const tr = h(
        'tr',
        { class: `zA ${t.unread ? 'zE' : 'yO'}${t === current ? ' x7' : ''}`, role: 'row', tabindex: '-1' },
        h('td', { class: 'oZ-x3' }, h('div', { class: 'oZ-jc', role: 'checkbox', 'aria-checked': 'false' })),
        h('td', { class: 'yX xY' }, h('span', { class: 'bA4' }, h('span', { class: 'zF', email: t.from.email, name: t.from.name }, t.from.name))),
        h('td', { class: 'xY a4W' }, h('span', { class: 'bog' }, t.subject), h('span', { class: 'y2' }, ` – ${t.draft && t !== current ? '[Draft] ' : ''}${t.snippet}`)),
        h('td', { class: 'xW xY' }, h('span', {}, t.time)),
      );
      tr.addEventListener('click', () => openThread(t.from.email));
      return tr;
    }),
  );
}

function text(): string {
  return contentEditableText(body);
}

function mailEl(t: Thread, m: Mail, index: number): HTMLElement {
  const id = `${THREADS.indexOf(t)}${String(index).padStart(3, '0')}`;
  return h(
    'div',
    { class: 'adn ads', role: 'listitem', 'data-message-id': `#msg-f:18${id}`, 'data-legacy-message-id': `18${id}` },
    h(
      'div',
      { class: 'gs' },
      h(
        'div',
        { class: 'gE iv gt' },
        h('h3', { class: 'iw' }, h('span', { class: 'gD', email: m.from.email, name: m.from.name }, m.from.name), ' ', h('span', { class: 'go' }, `<${m.from.email}>`)),
        h('span', { class: 'g3', title: m.title, role: 'gridcell' }, m.time),
      ),
      h('div', { class: 'ii gt' }, h('div', { class: 'a3s aiL' }, h('div', { dir: 'ltr' }, ...m.body.map((line) => h('div', {}, line))))),
    ),
  );
}

function renderThreadView(): void {
  threadView.replaceChildren(h('h2', { class: 'hP' }, current.subject), ...current.mails.map((m, i) => mailEl(current, m, i)));
}

function openThread(email: string): void {
  const next = THREADS.find((t) => t.from.email === email);
  if (!next) throw new Error(`No thread with ${email}`);
  if (next !== current) current.draft = text() === '' ? '' : body.innerHTML;
  current = next;
  current.unread = false;
  recipients = [current.from];
  renderChips();
  subject.value = `Re: ${current.subject}`;
  title.textContent = subject.value;
  body.innerHTML = current.draft || '<br>';
  current.draft = '';
  renderRows();
  renderThreadView();
  body.focus();
  caretToEnd(body);
}

let toastTimer = 0;
function showToast(message: string): void {
  toast.replaceChildren(h('span', { class: 'bAq-text' }, message), h('span', { class: 'ag a8k', role: 'link' }, 'Undo'), h('span', { class: 'ag a8k', role: 'link' }, 'View message'));
  toast.hidden = false;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (toast.hidden = true), 6000);
}

function send(): void {
  const value = text();
  if (value.trim() === '' || recipients.length === 0) return;
  recordSent(value);
  body.innerHTML = '<br>';
  showToast('Message sent');
  body.focus();
}

compose.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || isImeEnter(e)) return;
  e.preventDefault();
  if (toInput.value) addRecipient(toInput.value);
  send();
});

// Closure control semantics: act on mouseup after a mousedown on the button.
let pressed = false;
sendButton.addEventListener('mousedown', (e) => {
  if (e.button !== 0) return;
  pressed = true;
  sendButton.classList.add('T-I-JW');
});
sendButton.addEventListener('mouseleave', () => {
  pressed = false;
  sendButton.classList.remove('T-I-JW');
});
sendButton.addEventListener('mouseup', (e) => {
  if (e.button !== 0 || !pressed) return;
  pressed = false;
  sendButton.classList.remove('T-I-JW');
  send();
});
sendButton.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
    e.preventDefault();
    send();
  }
});
sendButton.addEventListener('keyup', (e) => {
  if (e.key === ' ') {
    e.preventDefault();
    send();
  }
});

const recordSent = installHook('gmail', {}, {
  draft: text,
  conversation: () => {
    const first = recipients[0];
    return first ? { id: first.email, name: first.name } : { id: '', name: '' };
  },
  switchTo: openThread,
});

openThread(current.from.email);
