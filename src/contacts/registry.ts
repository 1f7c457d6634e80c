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
export function recipientOf(contact: Contact): Recipient {
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
