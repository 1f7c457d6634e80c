/**
 * Moves the older per-conversation categories (`settings.recipients`: a
 * conversation key → a recipient category) into the contacts registry, once.
 * The background runs it at start and whenever stored settings carry such
 * categories again.
 *
 * The guard's answer for every conversation stays the same: a category
 * becomes the entry that gives the same recipient (`client` a client with
 * consent on file, `client-no-consent` one without); a conversation that
 * already has an entry keeps it (it was the one in force), and the old
 * category goes. What the registry cannot hold stays where it is, still
 * applied by the guard: `unknown` (the registry's "no entry" means the
 * default recipient, which may differ) and keys that name no site.
 *
 * Idempotent: what it moves leaves the settings in the same write, so a
 * second run finds nothing to move and writes nothing.
 */
import type { Recipient } from '../engine/types';
import { parseSettings, SETTINGS_KEY } from '../guard/settings';
import { GENERIC_SITE_ID, SITE_IDS } from '../sites/types';
import { CONTACTS_KEY, contactKey, isValidContact, parseContacts, type Contact, type Contacts } from './registry';
import { registryToStore, type StorageArea } from './store';

const SITES: readonly string[] = [...SITE_IDS, GENERIC_SITE_ID];

/** The site a conversation key belongs to: adapters' keys start with their id and a colon ("whatsapp:Marie Tremblay"). */
export function siteOfKey(key: string): string | null {
  const i = key.indexOf(':');
  const site = i > 0 ? key.slice(0, i) : '';
  return SITES.includes(site) ? site : null;
}

/** The registry entry giving the same recipient as an old category, or null when the registry cannot say it. */
function entryFor(key: string, category: Recipient, now: Date): Contact | null {
  const site = siteOfKey(key);
  if (site === null || category === 'unknown') return null;
  const status = category === 'client-no-consent' ? 'client' : category;
  const entry: Contact = { site, key, status, consent: category === 'client', updatedAt: now.getTime() };
  return isValidContact(entry) ? entry : null;
}

export interface LegacyMove {
  contacts: Contacts;
  /** The categories that stay in the settings. */
  left: Record<string, Recipient>;
  /** New entries made from old categories. */
  moved: number;
  /** Old categories dropped because the conversation already had an entry (which was in force). */
  shadowed: number;
}

/** What the migration does, pure. */
export function moveLegacy(recipients: Readonly<Record<string, Recipient>>, contacts: Contacts, now: Date = new Date()): LegacyMove {
  const out: Contacts = { ...contacts };
  const left: Record<string, Recipient> = {};
  let moved = 0;
  let shadowed = 0;
  for (const [key, category] of Object.entries(recipients)) {
    const entry = entryFor(key, category, now);
    if (entry === null) {
      left[key] = category;
      continue;
    }
    const k = contactKey(entry.site, key);
    if (out[k] !== undefined) {
      shadowed++;
      continue;
    }
    out[k] = entry;
    moved++;
  }
  return { contacts: out, left, moved, shadowed };
}

/** Whether stored settings hold a category the migration would move (or drop as shadowed). */
export function hasLegacyToMove(settingsRaw: unknown): boolean {
  return Object.entries(parseSettings(settingsRaw).recipients).some(([key, category]) => entryFor(key, category, new Date(0)) !== null);
}

export interface ContactsMigration {
  moved: number;
  shadowed: number;
  /** Categories left in the settings (see above). */
  left: number;
  /** Whether anything was written. */
  wrote: boolean;
}

/**
 * Runs the migration: one read of the settings and the registry, one write of
 * both. The settings' other fields are kept as stored. The categories read are
 * those the guard applies (an invalid map reads as none, as it does there).
 */
export async function migrateLegacyRecipients(area: StorageArea, now: Date = new Date()): Promise<ContactsMigration> {
  const got = await area.get([SETTINGS_KEY, CONTACTS_KEY]);
  const settingsRaw = got[SETTINGS_KEY];
  const recipients = parseSettings(settingsRaw).recipients;
  const move = moveLegacy(recipients, parseContacts(got[CONTACTS_KEY]), now);
  const left = Object.keys(move.left).length;
  if (move.moved === 0 && move.shadowed === 0) return { moved: 0, shadowed: 0, left, wrote: false };
  const settings: Record<string, unknown> = { ...(settingsRaw as Record<string, unknown>) };
  if (left === 0) delete settings.recipients;
  else settings.recipients = move.left;
  await area.set({ [SETTINGS_KEY]: settings, [CONTACTS_KEY]: registryToStore(got[CONTACTS_KEY], move.contacts) });
  return { moved: move.moved, shadowed: move.shadowed, left, wrote: true };
}
