/**
 * The shape of a site adapter: what the guard needs to know about one
 * messaging site. Adapters are mostly data (selectors) plus small functions
 * that read the page; they never write to it.
 */
import type { Channel } from '../engine/types';

/** The sites with an adapter of their own: each one a user (or the policy's `sites`) can switch off. */
export const SITE_IDS = ['whatsapp', 'messenger', 'x-post', 'x-chat', 'linkedin', 'instagram', 'telegram-k', 'telegram-a', 'gmail'] as const;
export type SiteId = (typeof SITE_IDS)[number];

/**
 * The generic guard's adapter (src/sites/generic.ts), for the policy's extra
 * sites. Not in SITE_IDS on purpose: it is not a site a user switches on or
 * off in the settings; it runs where the organisation's policy lists extra
 * sites and the user granted them.
 */
export const GENERIC_SITE_ID = 'generic';
/** Every adapter's id, the generic guard's included (journal entries, the guard's status). */
export type AdapterId = SiteId | typeof GENERIC_SITE_ID;

/** Editor families, one module each in src/editors. */
export type EditorFamily = 'lexical' | 'draft' | 'quill' | 'contenteditable' | 'textarea';

/** Who the draft is going to, as the page shows it. */
export interface Identity {
  /** Display name ("Marie Tremblay"), or null when the page shows none (a new post). */
  name: string | null;
  /** Handle, phone number or e-mail address when the page shows one ("@marie", "+1 514…"). */
  handle: string | null;
  /**
   * Stable key of the conversation within the site, e.g. "whatsapp:Marie
   * Tremblay", "x-chat:12345", "x-post:home". Used to keep per-conversation
   * state (ignored findings, the recipient's category).
   */
  key: string;
}

/** How the guard sends once the user chose "Send anyway". */
export type ResendMethod =
  /** Dispatch a click on the site's send button. */
  | 'click'
  /** mousedown, mouseup, click on the send button (Closure controls, e.g. Gmail). */
  | 'mouse-sequence'
  /** Dispatch the send key on the compose box (sites whose button must not be clicked: WhatsApp). */
  | 'key';

export interface SiteAdapter {
  id: AdapterId;
  /** Name shown to users ("WhatsApp Web"). */
  label: string;
  /** Host names of the real site. */
  hosts: readonly string[];
  editor: EditorFamily;
  /** The key that sends: Enter, or Ctrl/Cmd+Enter. Shift+Enter never sends. */
  sendKey: 'enter' | 'mod-enter';
  resend: ResendMethod;
  /** Candidate selectors, most stable first (the first that matches wins). */
  selectors: {
    compose: readonly string[];
    send: readonly string[];
  };
  /** Whether this adapter is the one for this URL (real site, or its playground page). */
  matches(url: URL): boolean;
  /** The compose box of the open conversation, or null; never a hidden clone. */
  findCompose(doc: Document): HTMLElement | null;
  /** The send button that belongs to this compose box, or null (not shown while the draft is empty on some sites). */
  findSendButton(compose: HTMLElement): HTMLElement | null;
  /** Whether a click target is (inside) this compose box's send button. */
  isSendButton(target: Element, compose: HTMLElement): boolean;
  identity(compose: HTMLElement, url: URL): Identity;
  channel(compose: HTMLElement, url: URL): Channel;
  /** True while the site's own mention / emoji / command picker is open: Enter belongs to it. */
  pickerOpen(compose: HTMLElement): boolean;
}

/** Why the guard is not active on a page: for the popup ("why not"). */
export type WhyNot =
  | { reason: 'unsupported-site'; url: string }
  | { reason: 'site-disabled'; site: AdapterId }
  | { reason: 'no-compose-box'; site: AdapterId; tried: readonly string[] }
  | { reason: 'guard-off' }
  | { reason: 'paused'; until: number };
