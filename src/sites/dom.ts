/**
 * Small read-only DOM helpers shared by the site adapters: URL tests for the
 * real sites and their playground pages, selector candidate lists, visibility,
 * the compose box's own region of the page, header text and typeaheads.
 * Nothing here writes to the page.
 */
import type { SiteId } from './types';

// ------------------------------------------------------------------ URLs

/** Hosts the local playground is served from (`npm start`, the end-to-end tests). */
const LOCAL_HOSTS: readonly string[] = ['127.0.0.1', 'localhost'];

/** Whether the URL is the playground page of this site: http://127.0.0.1:<port>/<id>/… */
export function onPlayground(url: URL, id: SiteId): boolean {
  if (!LOCAL_HOSTS.includes(url.hostname)) return false;
  return url.pathname === `/${id}` || url.pathname.startsWith(`/${id}/`);
}

/** Whether the URL is on one of the real site's hosts (HTTPS only, as the sites are). */
export function onHost(url: URL, hosts: readonly string[]): boolean {
  return url.protocol === 'https:' && hosts.includes(url.hostname);
}

/**
 * The path as the real site would have it: the playground serves each site
 * under `/<id>/`, so `/messenger/t/12/` reads as `/t/12/`.
 */
export function sitePath(url: URL, id: SiteId): string {
  if (!onPlayground(url, id)) return url.pathname;
  const rest = url.pathname.slice(id.length + 1);
  return rest === '' ? '/' : rest;
}

/** The first capture group of a pattern over the site path, decoded, or null. */
export function pathPart(url: URL, id: SiteId, pattern: RegExp): string | null {
  const m = pattern.exec(sitePath(url, id));
  const raw = m?.[1];
  if (raw === undefined || raw === '') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The URL hash without "#", decoded, or null when empty. */
export function hashPart(url: URL): string | null {
  const raw = url.hash.replace(/^#/, '');
  if (raw === '') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

// --------------------------------------------------------------- elements

/** Whether the element is rendered and not hidden by CSS (display, visibility). */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  if (typeof el.checkVisibility === 'function') {
    if (!el.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true })) return false;
  } else {
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    if (style !== undefined && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return el.getClientRects().length > 0;
}

/** Every element matching one of the selectors, list order first, then document order; no duplicates. */
export function queryAll(root: ParentNode, selectors: readonly string[]): HTMLElement[] {
  const seen = new Set<HTMLElement>();
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      if (el instanceof HTMLElement) seen.add(el);
    }
  }
  return Array.from(seen);
}

/** The first element, by candidate order, that matches and passes `accept`. */
export function queryFirst(root: ParentNode, selectors: readonly string[], accept: (el: HTMLElement) => boolean = () => true): HTMLElement | null {
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      if (el instanceof HTMLElement && accept(el)) return el;
    }
  }
  return null;
}

/** The nearest ancestor-or-self matching one of the selectors, by candidate order. */
export function closestOf(el: Element, selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    const hit = el.closest(selector);
    if (hit instanceof HTMLElement) return hit;
  }
  return null;
}

/** Whether the element matches one of the selectors. */
export function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((s) => el.matches(s));
}

/** The control an icon or label belongs to: its button, or the element itself. */
export function control(el: HTMLElement): HTMLElement {
  const button = el.closest('button, [role="button"]');
  return button instanceof HTMLElement ? button : el;
}

// ------------------------------------------------------------ compose box

/**
 * The compose box the user last focused, per document. Focus leaves the box
 * for our own dialog, a recipient field or a toolbar; with several boxes on a
 * page (Gmail compose windows, an X reply modal over an inline reply) the
 * guard must keep the one the user was writing in rather than jump to the
 * first one in the page.
 */
const lastFocused = new WeakMap<Document, WeakRef<HTMLElement>>();

/**
 * The compose box: the focused candidate when one has focus, else the one
 * focused last if it is still shown, else the first visible candidate.
 * Hidden clones and boxes of inactive tabs never qualify.
 */
export function pickCompose(doc: Document, selectors: readonly string[]): HTMLElement | null {
  const active = doc.activeElement;
  if (active !== null && active !== doc.body) {
    const focused = closestOf(active, selectors);
    if (focused !== null && isVisible(focused)) {
      lastFocused.set(doc, new WeakRef(focused));
      return focused;
    }
  }
  const last = lastFocused.get(doc)?.deref();
  if (last !== undefined && matchesAny(last, selectors) && isVisible(last)) return last;
  return queryFirst(doc, selectors, isVisible);
}

/**
 * The ancestors of the compose box that hold no other compose box, nearest
 * first. Whatever belongs to this box (its send button, its header) is
 * looked up inside them, so two boxes on one page never share a button.
 */
export function* ownAncestors(compose: HTMLElement, composeSelectors: readonly string[]): Generator<HTMLElement> {
  let node = compose.parentElement;
  while (node !== null) {
    const others = queryAll(node, composeSelectors).some((el) => el !== compose && !el.contains(compose) && !compose.contains(el));
    if (others) return;
    yield node;
    node = node.parentElement;
  }
}

/** The nearest element to the compose box, within its own ancestors, that matches the candidates and passes `accept`. */
export function nearest(
  compose: HTMLElement,
  composeSelectors: readonly string[],
  selectors: readonly string[],
  accept: (el: HTMLElement) => boolean = () => true,
): HTMLElement | null {
  for (const ancestor of ownAncestors(compose, composeSelectors)) {
    const hit = queryFirst(ancestor, selectors, accept);
    if (hit !== null) return hit;
  }
  return null;
}

export interface SendButtonFns {
  findSendButton(compose: HTMLElement): HTMLElement | null;
  isSendButton(target: Element, compose: HTMLElement): boolean;
}

/**
 * Send-button lookups scoped to the compose box: the nearest visible control
 * matching the candidates (and `accept`, for buttons told apart by their text).
 */
export function sendButtonFns(
  composeSelectors: readonly string[],
  sendSelectors: readonly string[],
  accept: (button: HTMLElement) => boolean = () => true,
): SendButtonFns {
  const usable = (el: HTMLElement): boolean => isVisible(el) && accept(control(el));
  const findSendButton = (compose: HTMLElement): HTMLElement | null => {
    const hit = nearest(compose, composeSelectors, sendSelectors, usable);
    return hit === null ? null : control(hit);
  };
  return {
    findSendButton,
    isSendButton(target, compose) {
      const hit = closestOf(target, sendSelectors);
      if (hit === null) return false;
      const button = control(hit);
      if (!accept(button)) return false;
      return findSendButton(compose) === button;
    },
  };
}

// ------------------------------------------------------------------ text

/** The rendered lines of an element's text, trimmed, empty ones dropped. */
export function textLines(el: Element): string[] {
  const raw = el instanceof HTMLElement ? el.innerText : (el.textContent ?? '');
  return raw
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** The first rendered line of an element's text, or null. */
export function firstLine(el: Element | null): string | null {
  if (el === null) return null;
  return textLines(el)[0] ?? null;
}

/** An element's whole text on one line, trimmed, or null when empty. */
export function textOf(el: Element | null): string | null {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return text === '' ? null : text;
}

/** The text when it is a phone number ("+1 514-555-0100"): chats with unsaved contacts show the number as the name. */
export function phoneIn(text: string | null): string | null {
  if (text === null) return null;
  const t = text.trim();
  if (!/^\+?[\d\s().\u2011-]+$/.test(t)) return null;
  const digits = t.replace(/\D/g, '');
  return digits.length >= 7 ? t : null;
}

/** The first "@handle" in a text, or null. */
export function handleIn(text: string | null): string | null {
  const m = text === null ? null : /@([A-Za-z0-9_]{1,15})\b/.exec(text);
  return m?.[1] === undefined ? null : `@${m[1]}`;
}

// ------------------------------------------------------------- typeahead

function idRefs(value: string | null): string[] {
  return (value ?? '').split(/\s+/).filter((id) => id !== '');
}

/**
 * Whether a mention / emoji typeahead is open on the textbox, read from its
 * ARIA: `aria-expanded="true"`, or an `aria-activedescendant` together with
 * a visible listbox the textbox points to through `aria-controls` /
 * `aria-owns` (Draft.js renders aria-expanded only for role="combobox", so
 * X's mention list is known by the second signal alone).
 */
export function typeaheadOpen(textbox: HTMLElement): boolean {
  if (textbox.getAttribute('aria-expanded') === 'true') return true;
  if ((textbox.getAttribute('aria-activedescendant') ?? '') === '') return false;
  const doc = textbox.ownerDocument;
  for (const id of [...idRefs(textbox.getAttribute('aria-controls')), ...idRefs(textbox.getAttribute('aria-owns'))]) {
    const el = doc.getElementById(id);
    if (el === null || !isVisible(el)) continue;
    if (el.matches('[role="listbox"]') || el.querySelector('[role="listbox"]') !== null) return true;
  }
  return false;
}
