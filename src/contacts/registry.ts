/**
 * Who a conversation is with: the contacts registry. The "no mandate" warning
 * is only as good as Prudence's knowledge of who is a client, so the user
 * records it in one or two clicks from the panel ("Client, mandate signed",
 * "Prospect"), with whether the client's consent to texting is on file.
 *
 * Kept in `storage.local` under CONTACTS_KEY (extension storage: no page
 * script can read it), keyed by site and the adapter's stable conversation key.
 * A conversation with no entry is `unknown`.
 */
import * as z from 'zod/mini';
import type { Recipient } from '../engine/types';
import type { FirmContact } from '../policy/schema';

export const CONTACTS_KEY = 'contacts';

export const CONTACT_STATUSES = ['client', 'prospect', 'customer'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** A date as the user gives it: YYYY-MM-DD. */
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

const contactSchema = z.object({
  site: z.string().check(z.minLength(1), z.maxLength(40)),
  /** The adapter's stable conversation key (Identity.key). */
  key: z.string().check(z.minLength(1), z.maxLength(500)),
  /** The name, handle or number the page showed when the entry was made. */
  label: z.optional(z.string().check(z.maxLength(200))),
  status: z.enum(CONTACT_STATUSES),
  mandateDate: z.optional(day),
  /** Consent to texting recorded in the mandate letter (and when). */
  consent: z.boolean(),
  consentDate: z.optional(day),
  note: z.optional(z.string().check(z.maxLength(2000))),
  /** Last change, ms since the epoch. */
  updatedAt: z.number(),
});

export type Contact = z.infer<typeof contactSchema>;
export type Contacts = Record<string, Contact>;

/** Limits of the stored fields (the schema's), for the options page's checks and the CSV import. */
export const CONTACT_LIMITS = { site: 40, key: 500, label: 200, note: 2000 } as const;

/** Whether an entry would be read back from storage: a change that fails this is not written. */
export function isValidContact(contact: Contact): boolean {
  return contactSchema.safeParse(contact).success;
}

/** The registry's key for a conversation. */
export function contactKey(site: string, key: string): string {
  return `${site}|${key}`;
}

/** Reads the stored registry; a malformed entry is left out, never the whole registry. */
export function parseContacts(raw: unknown): Contacts {
  const out: Contacts = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [k, v] of Object.entries(raw)) {
    const parsed = contactSchema.safeParse(v);
    if (parsed.success && contactKey(parsed.data.site, parsed.data.key) === k) out[k] = parsed.data;
  }
  return out;
}

/**
 * The rule book's recipient for a contact: a client whose consent to texting
 * is not on file is `client-no-consent`.
 */
export function recipientOf(contact: Pick<Contact, 'status' | 'consent'>): Recipient {
  if (contact.status === 'client') return contact.consent ? 'client' : 'client-no-consent';
  return contact.status;
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface ContactChange {
  status?: ContactStatus;
  consent?: boolean;
}

/**
 * The registry after one change from the panel: a new entry when there was
 * none (a client's mandate dated today), the old one updated otherwise.
 * Marking a client's consent also dates it; unmarking clears the date.
 */
export function applyChange(contacts: Contacts, at: { site: string; key: string; label?: string }, change: ContactChange, now: Date = new Date()): Contacts {
  const k = contactKey(at.site, at.key);
  const old = contacts[k];
  const status = change.status ?? old?.status;
  if (status === undefined) return contacts;
  const next: Contact = {
    site: at.site,
    key: at.key,
    status,
    consent: change.consent ?? old?.consent ?? false,
    updatedAt: now.getTime(),
  };
  const label = at.label ?? old?.label;
  if (label !== undefined && label !== '') next.label = label.slice(0, 200);
  const mandate = old?.mandateDate ?? (status === 'client' ? today(now) : undefined);
  if (status === 'client' && mandate !== undefined) next.mandateDate = mandate;
  if (next.consent) {
    const date = old?.consent === true ? old.consentDate : today(now);
    if (date !== undefined) next.consentDate = date;
  }
  if (old?.note !== undefined) next.note = old.note;
  return { ...contacts, [k]: next };
}

// ---------------------------------------------------------------- the firm's list

/** Where an entry of the registry the guard uses comes from. */
export type ContactSource = 'user' | 'organisation';

/**
 * An entry of the registry the guard uses: the user's own, or one of the
 * firm's list (which has no change time). The panel reads `source` to show a
 * firm's entry as set by the organisation instead of offering to change it.
 */
export type RegistryEntry = Omit<Contact, 'updatedAt'> & { updatedAt?: number; source: ContactSource };
export type Registry = Record<string, RegistryEntry>;

/** The registry key of each conversation the firm's list sets (the first entry for one wins, as the policy's duplicates do). */
function firmEntries(firm: readonly FirmContact[]): Map<string, FirmContact> {
  const out = new Map<string, FirmContact>();
  for (const f of firm) {
    const k = contactKey(f.site, f.key);
    if (!out.has(k)) out.set(k, f);
  }
  return out;
}

/**
 * The registry the guard uses: the user's entries, and the firm's list on
 * top of them (the firm's entry wins for the same site and conversation).
 * Each entry says where it comes from.
 */
export function mergeContacts(user: Contacts, firm: readonly FirmContact[]): Registry {
  const out: Registry = {};
  for (const [k, c] of Object.entries(user)) out[k] = { ...c, source: 'user' };
  for (const [k, f] of firmEntries(firm)) {
    const entry: RegistryEntry = { site: f.site, key: f.key, status: f.status, consent: f.consent ?? false, source: 'organisation' };
    if (f.label !== undefined) entry.label = f.label;
    if (f.mandateDate !== undefined) entry.mandateDate = f.mandateDate;
    if (f.consentDate !== undefined) entry.consentDate = f.consentDate;
    if (f.note !== undefined) entry.note = f.note;
    out[k] = entry;
  }
  return out;
}

/** Whether the firm's list sets this conversation: then the user's own entry for it does not apply, and is not changed from the panel. */
export function firmSets(firm: readonly FirmContact[], site: string, key: string): boolean {
  return firm.some((f) => f.site === site && f.key === key);
}

// ---------------------------------------------------------------- edits from the options page

/** A change to one entry from the options page; an empty text removes the field. */
export interface ContactEdit {
  label?: string;
  status?: ContactStatus;
  mandateDate?: string;
  consent?: boolean;
  consentDate?: string;
  note?: string;
}

const OPTIONAL_TEXT = ['label', 'mandateDate', 'consentDate', 'note'] as const;

/**
 * The registry after an edit of one entry. Consent on file with no date is
 * dated today; consent taken back clears its date (as from the panel). An
 * edit that would give an entry storage could not read back (a date not
 * written YYYY-MM-DD, a note too long) changes nothing.
 */
export function editContact(contacts: Contacts, k: string, edit: ContactEdit, now: Date = new Date()): Contacts {
  const old = contacts[k];
  if (old === undefined) return contacts;
  const next: Contact = { ...old, updatedAt: now.getTime() };
  for (const field of OPTIONAL_TEXT) {
    if (!(field in edit)) continue;
    const v = edit[field];
    if (v === undefined || v === '') delete next[field];
    else next[field] = v;
  }
  if (edit.status !== undefined) next.status = edit.status;
  if (edit.consent !== undefined) {
    next.consent = edit.consent;
    if (!edit.consent) delete next.consentDate;
    else if (next.consentDate === undefined) next.consentDate = today(now);
  }
  return isValidContact(next) ? { ...contacts, [k]: next } : contacts;
}

/** The registry with a new entry made by hand (not on file: no consent), or as it was when the conversation has one or the entry is invalid. */
export function addContact(contacts: Contacts, entry: { site: string; key: string; status: ContactStatus; label?: string }, now: Date = new Date()): Contacts {
  const k = contactKey(entry.site, entry.key);
  if (contacts[k] !== undefined) return contacts;
  const next: Contact = { site: entry.site, key: entry.key, status: entry.status, consent: false, updatedAt: now.getTime() };
  if (entry.label !== undefined && entry.label !== '') next.label = entry.label;
  if (entry.status === 'client') next.mandateDate = today(now);
  return isValidContact(next) ? { ...contacts, [k]: next } : contacts;
}

export function removeContact(contacts: Contacts, k: string): Contacts {
  if (contacts[k] === undefined) return contacts;
  const { [k]: _gone, ...rest } = contacts;
  return rest;
}
