/**
 * The generic guard: the adapter for the extra sites an organisation's policy
 * lists (help-desk and social-media tools agents answer customers from) that
 * have no adapter of their own. Nothing is known about such a page in
 * advance, so everything is read from what the user does and from standard
 * HTML and ARIA:
 *
 * - the compose box is the message box the user is typing in: the focused
 *   <textarea> or contenteditable editing host that looks like a message box
 *   (shown, not tiny, not a search field; `skipReasons` says why one is not),
 *   and, once focus leaves it, the last one while it is still shown;
 * - the send button is the nearest control labelled send / reply / submit /
 *   post / publish (or in French) around it;
 * - the editor family follows the box (a textarea, Lexical, Draft.js, Quill,
 *   or a plain contenteditable);
 * - Ctrl/Cmd+Enter sends, as in most help desks, where Enter makes a new line.
 */
import { isVisible } from './dom';
import { onGenericPlayground } from './matches';
import { GENERIC_SITE_ID, type EditorFamily, type SiteAdapter, type SiteId } from './types';

/** Candidates for `whyNot`'s "tried": what the generic guard looks at. */
const COMPOSE = ['textarea', '[contenteditable]:not([contenteditable="false"])'] as const;

/** Controls that can be a send button. */
const BUTTONS = ['button', '[role="button"]', 'input[type="submit"]'] as const;
const BUTTON_SELECTOR = BUTTONS.join(', ');

/**
 * Send-button labels, lower case and without accents, best first: with
 * "Send reply" and a "Reply" toggle side by side, "Send reply" wins. Whole
 * words only ("Resend", "Postpone" are not sends).
 */
const SEND_LABELS: readonly RegExp[] = [/\b(?:send|envoyer)\b/, /\b(?:submit|soumettre)\b/, /\b(?:reply|repondre)\b/, /\b(?:post|tweet|publish|publier)\b/];

/** Longer labels are not a button's name but a list item or a card that happens to be clickable. */
const MAX_LABEL = 40;

/** Below this size a field is a hidden helper (clipboard catcher, focus trap), not a message box. */
const MIN_WIDTH = 60;
const MIN_HEIGHT = 14;

const SEARCH_CONTAINERS = 'form[role="search"], [role="search"], search';
const POPUP = '[role="listbox"], [role="menu"]';

// ------------------------------------------------------------ compose box

/** Why a focused field is not taken for a message box. */
export type SkipReason = 'not-editable' | 'one-line-input' | 'read-only' | 'search' | 'hidden' | 'tiny';

/** The focused element, through open shadow roots (a web-component editor has focus inside its own root). */
function deepActive(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement != null) el = el.shadowRoot.activeElement;
  return el;
}

/**
 * The editable field an element belongs to: a <textarea> or <input> itself,
 * or the editing host of a contenteditable region (the outermost editable
 * element, never an inner paragraph). Null when the element is not editable.
 */
export function editableBoxOf(el: Element): HTMLElement | null {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el;
  if (!(el instanceof HTMLElement) || !el.isContentEditable) return null;
  let host = el;
  while (host.parentElement?.isContentEditable === true) host = host.parentElement;
  // designMode makes the whole document editable: that is a document, not a message box.
  return host === el.ownerDocument.documentElement ? null : host;
}

/** Whether the field lets the user write several lines: a textarea, or a box that says so. */
function multiLine(box: HTMLElement): boolean {
  return box instanceof HTMLTextAreaElement || box.getAttribute('aria-multiline') === 'true';
}

/**
 * A search field: `type=search`, `role=searchbox`, anything inside a search
 * landmark; and, on a one-line box, a combobox or an autocomplete. A
 * multi-line box keeps those two: mention and canned-reply typeaheads add
 * them to reply boxes while they are open.
 */
function looksLikeSearch(box: HTMLElement): boolean {
  if (box instanceof HTMLInputElement && box.type === 'search') return true;
  const role = box.getAttribute('role');
  if (role === 'searchbox') return true;
  if (box.closest(SEARCH_CONTAINERS) !== null) return true;
  if (multiLine(box)) return false;
  const autocomplete = box.getAttribute('aria-autocomplete');
  return role === 'combobox' || (autocomplete !== null && autocomplete !== 'none');
}

/**
 * Why this field is not a message box, or [] when it is one (the discovery
 * explains itself rather than answering no).
 */
export function skipReasons(box: HTMLElement): SkipReason[] {
  const reasons = new Set<SkipReason>();
  if (box instanceof HTMLInputElement) reasons.add('one-line-input');
  else if (!(box instanceof HTMLTextAreaElement) && !box.isContentEditable) reasons.add('not-editable');
  if ((box instanceof HTMLTextAreaElement && (box.readOnly || box.disabled)) || box.getAttribute('aria-readonly') === 'true' || box.getAttribute('aria-disabled') === 'true') {
    reasons.add('read-only');
  }
  if (looksLikeSearch(box)) reasons.add('search');
  const style = box.ownerDocument.defaultView?.getComputedStyle(box);
  if (!isVisible(box) || style?.opacity === '0') {
    reasons.add('hidden');
  } else {
    const rect = box.getBoundingClientRect();
    if (rect.width < MIN_WIDTH || rect.height < MIN_HEIGHT) reasons.add('tiny');
  }
  return [...reasons];
}

/** Whether the field is a message box: editable, several lines or a rich editor, shown, not a search field. */
export function isMessageBox(box: HTMLElement): boolean {
  return skipReasons(box).length === 0;
}

/** The message box the user focused last, per document. */
const remembered = new WeakMap<Document, WeakRef<HTMLElement>>();
/** The box findCompose returned last: the guard reads `editor` right after. */
let lastFound: WeakRef<HTMLElement> | null = null;

/**
 * The compose box: the focused message box, else the one focused last while
 * it is still in the page and shown. Never a box the user did not focus: a
 * page of an unknown tool may hold several text areas (a note, a signature).
 */
function findCompose(doc: Document): HTMLElement | null {
  const active = deepActive(doc);
  const box = active === null ? null : editableBoxOf(active);
  let found: HTMLElement | null = null;
  if (box !== null && isMessageBox(box)) {
    remembered.set(doc, new WeakRef(box));
    found = box;
  } else {
    const last = remembered.get(doc)?.deref();
    if (last !== undefined && last.isConnected && isVisible(last)) found = last;
  }
  lastFound = found === null ? null : new WeakRef(found);
  return found;
}

/** The editor family of a message box, from the markers each library puts on its root. */
export function editorFamilyOf(box: HTMLElement): EditorFamily {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return 'textarea';
  if (box.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (box.closest('.DraftEditor-root') !== null) return 'draft';
  if (box.classList.contains('ql-editor')) return 'quill';
  return 'contenteditable';
}

// ------------------------------------------------------------ send button

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** How send-like a control's name is (0 best), or null when it is not a send button. */
function sendRank(button: HTMLElement): number | null {
  const names = [button.getAttribute('aria-label'), button.getAttribute('title'), button instanceof HTMLInputElement ? button.value : button.textContent];
  let best: number | null = null;
  for (const raw of names) {
    const name = fold(raw ?? '');
    if (name === '' || name.length > MAX_LABEL) continue;
    const rank = SEND_LABELS.findIndex((re) => re.test(name));
    if (rank >= 0 && (best === null || rank < best)) best = rank;
  }
  return best;
}

/** The parent element, or the host when the element sits at the top of a shadow root. */
function parentOf(el: Element): Element | null {
  if (el.parentElement !== null) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** Whether the container holds a message box other than this one (and so other boxes' buttons). */
function holdsOtherBox(container: Element, compose: HTMLElement): boolean {
  for (const el of Array.from(container.querySelectorAll(COMPOSE.join(', ')))) {
    const box = editableBoxOf(el);
    if (box === null || box === compose || box.contains(compose) || compose.contains(box)) continue;
    if (isMessageBox(box)) return true;
  }
  return false;
}

/** The containers of the compose box that hold no other message box, nearest first: its form is among them. */
function* ownContainers(compose: HTMLElement): Generator<Element> {
  // A textarea's form may be elsewhere in the page (form="…"): it comes first.
  const form = compose instanceof HTMLTextAreaElement ? compose.form : null;
  if (form !== null && !form.contains(compose)) yield form;
  for (let node = parentOf(compose); node !== null; node = parentOf(node)) {
    if (holdsOtherBox(node, compose)) return;
    yield node;
  }
}

/** Whether the element comes after the compose box in the page, where send buttons sit. */
function follows(compose: HTMLElement, el: Element): boolean {
  return (compose.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** A container's shown send-like controls, outside the box, with a form's controls that sit elsewhere (form="…"). */
function sendControls(container: Element, compose: HTMLElement): Array<{ el: HTMLElement; rank: number }> {
  const candidates = new Set<Element>(container.querySelectorAll(BUTTON_SELECTOR));
  if (container instanceof HTMLFormElement) {
    for (const el of Array.from(container.elements)) {
      if (el.matches(BUTTON_SELECTOR)) candidates.add(el);
    }
  }
  const out: Array<{ el: HTMLElement; rank: number }> = [];
  for (const el of candidates) {
    if (!(el instanceof HTMLElement) || compose.contains(el) || !isVisible(el)) continue;
    const rank = sendRank(el);
    if (rank !== null) out.push({ el, rank });
  }
  return out;
}

/** The best-named control, the first after the box among equals, else the nearest before it. */
function pick(compose: HTMLElement, hits: ReadonlyArray<{ el: HTMLElement; rank: number }>): HTMLElement | null {
  const best = Math.min(...hits.map((h) => h.rank));
  const top = hits.filter((h) => h.rank === best).map((h) => h.el);
  // Page order (a form's controls elsewhere come last from sendControls).
  top.sort((a, b) => ((a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 ? -1 : 1));
  return top.find((el) => follows(compose, el)) ?? top[top.length - 1] ?? null;
}

/** How far up a control before the box may sit and still count: an editor's own toolbar is not its send button. */
const PRECEDING_LEVELS = 3;

/**
 * The send button of this compose box: the nearest container (its form, or
 * the nearest common one) with a send-like control after the box, and there
 * the best-named one. Failing that, one before the box that shares one of its
 * nearest containers (a send button in the box's header).
 */
function findSendButton(compose: HTMLElement): HTMLElement | null {
  let before: HTMLElement | null = null;
  let level = 0;
  for (const container of ownContainers(compose)) {
    level++;
    const hits = sendControls(container, compose);
    if (hits.length === 0) continue;
    if (hits.some((h) => follows(compose, h.el))) return pick(compose, hits);
    if (before === null && level <= PRECEDING_LEVELS) before = pick(compose, hits);
  }
  return before;
}

/** Whether a click target is (inside) this compose box's send button; cheap for every other click. */
function isSendButton(target: Element, compose: HTMLElement): boolean {
  const button = target.closest(BUTTON_SELECTOR);
  if (!(button instanceof HTMLElement) || sendRank(button) === null) return false;
  return findSendButton(compose) === button;
}

// ------------------------------------------------------------- typeahead

function idRefs(value: string | null): string[] {
  return (value ?? '').split(/\s+/).filter((id) => id !== '');
}

/**
 * Whether a listbox or menu is open on the compose box: one it points to
 * (aria-controls, aria-owns) is shown while the box says it is expanded or
 * has an active option, or its active option (aria-activedescendant) sits
 * in a shown listbox or menu.
 */
function pickerOpen(compose: HTMLElement): boolean {
  const doc = compose.ownerDocument;
  const expanded = compose.getAttribute('aria-expanded') === 'true';
  const active = compose.getAttribute('aria-activedescendant') ?? '';
  for (const id of [...idRefs(compose.getAttribute('aria-controls')), ...idRefs(compose.getAttribute('aria-owns'))]) {
    const el = doc.getElementById(id);
    if (el === null || !isVisible(el)) continue;
    const popup = el.matches(POPUP) ? el : el.querySelector(POPUP);
    if (popup === null) continue;
    if (expanded || active !== '' || el.getAttribute('aria-expanded') === 'true' || popup.getAttribute('aria-expanded') === 'true') return true;
  }
  if (active !== '') {
    const option = doc.getElementById(active);
    if (option !== null && isVisible(option) && option.closest(POPUP) !== null) return true;
  }
  return false;
}

// --------------------------------------------------------------- adapter

export const generic: SiteAdapter = {
  // Not a site users switch on or off: the policy's extra sites decide where it runs.
  id: GENERIC_SITE_ID,
  label: 'Other site',
  // No host of its own: the organisation's policy names them (extraSites).
  hosts: [],
  // The family of the box findCompose returned last: the guard reads it right after, when it attaches.
  get editor(): EditorFamily {
    const box = lastFound?.deref();
    return box === undefined ? 'contenteditable' : editorFamilyOf(box);
  },
  // Help desks send a reply with Ctrl/Cmd+Enter; Enter makes a new line in their multi-line boxes.
  sendKey: 'mod-enter',
  resend: 'click',
  selectors: { compose: COMPOSE, send: BUTTONS },

  // Only the playground page: an extra site is claimed through adapterFor(url, extraSites).
  matches: (url) => onGenericPlayground(url),

  findCompose,
  findSendButton,
  isSendButton,

  // An unknown tool shows no recipient we can read; the page's path usually names the ticket.
  identity: (_compose, url) => ({ name: null, handle: null, key: `generic:${url.host}${url.pathname}` }),

  // We cannot tell a public reply from a private one on an unknown tool, nor whether it is encrypted:
  // private, unencrypted is the rule book's middle ground (personal data warns rather than blocks or passes).
  channel: () => 'private-unencrypted',

  pickerOpen,
};
