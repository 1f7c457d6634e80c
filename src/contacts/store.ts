/**
 * Writing the user's registry: read what is stored now, apply the change,
 * store the whole registry in one `set`. A failed read or a change that
 * throws writes nothing; a failed `set` leaves the registry as it was (the
 * browser applies one `set` whole or not at all). Stored entries this version
 * cannot read are written back as they were, never dropped.
 */
import { parsePolicyState, POLICY_STATE_KEY } from '../policy/state';
import { applyChange, CONTACTS_KEY, firmSets, parseContacts, type ContactChange, type Contacts } from './registry';

/** The part of `browser.storage.local` the registry needs. */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The stored entries parseContacts left out, as stored. */
export function unreadableEntries(raw: unknown): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const readable = parseContacts(raw);
  return Object.fromEntries(Object.entries(raw).filter(([k]) => readable[k] === undefined));
}

/** What to store under CONTACTS_KEY for this registry, keeping what `raw` held that could not be read. */
export function registryToStore(raw: unknown, next: Contacts): Record<string, unknown> {
  return { ...unreadableEntries(raw), ...next };
}

/**
 * Applies `edit` to the stored registry and stores the result in one write.
 * Resolves with the registry as stored (unchanged when `edit` returned the
 * registry it was given: nothing is written then).
 */
export async function updateRegistry(area: StorageArea, edit: (current: Contacts) => Contacts): Promise<Contacts> {
  const raw = (await area.get(CONTACTS_KEY))[CONTACTS_KEY];
  const current = parseContacts(raw);
  const next = edit(current);
  if (next === current) return current;
  await area.set({ [CONTACTS_KEY]: registryToStore(raw, next) });
  return next;
}

/**
 * A change from the panel's contact buttons. A conversation the firm's list
 * (in the policy the background published) sets is not the user's to change:
 * nothing is written and the answer is false.
 */
export async function savePanelChange(area: StorageArea, at: { site: string; key: string; label?: string }, change: ContactChange, now: Date = new Date()): Promise<boolean> {
  const firm = parsePolicyState((await area.get(POLICY_STATE_KEY))[POLICY_STATE_KEY]).policy?.contacts ?? [];
  if (firmSets(firm, at.site, at.key)) return false;
  await updateRegistry(area, (contacts) => applyChange(contacts, at, change, now));
  return true;
}
