/**
 * Everything the options page does to the browser. storage.local: it reads
 * the user's settings, the policy state the background publishes and whether
 * an imported policy is stored, and writes the user's settings and the
 * imported policy; it reads and writes the contacts registry. Plus host
 * permissions for the policy's extra sites, and the exports' downloads.
 */
import browser from 'webextension-polyfill';
import { CONTACTS_KEY, type Contacts } from '../contacts/registry';
import { updateRegistry } from '../contacts/store';
import { SETTINGS_KEY } from '../guard/settings';
import { IMPORTED_POLICY_KEY, MSG_POLICY_REFRESH, parsePolicyState, POLICY_STATE_KEY, type PolicyState } from '../policy/state';
import type { Raw } from './model';

export interface Stored {
  /** The user's settings exactly as stored (raw: only what the user set). */
  settings: unknown;
  policyState: PolicyState;
  /** Whether a policy imported by hand is stored. */
  hasImported: boolean;
}

const KEYS = [SETTINGS_KEY, POLICY_STATE_KEY, IMPORTED_POLICY_KEY];

export async function loadStored(): Promise<Stored> {
  const got = await browser.storage.local.get(KEYS);
  return { settings: got[SETTINGS_KEY], policyState: parsePolicyState(got[POLICY_STATE_KEY]), hasImported: typeof got[IMPORTED_POLICY_KEY] === 'string' };
}

/** Calls `onChange` with the fields that changed in storage.local; returns the function that stops listening. */
export function watchStored(onChange: (patch: Partial<Stored>) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'local') return;
    const patch: Partial<Stored> = {};
    if (SETTINGS_KEY in changes) patch.settings = changes[SETTINGS_KEY]?.newValue;
    if (POLICY_STATE_KEY in changes) patch.policyState = parsePolicyState(changes[POLICY_STATE_KEY]?.newValue);
    if (IMPORTED_POLICY_KEY in changes) patch.hasImported = typeof changes[IMPORTED_POLICY_KEY]?.newValue === 'string';
    if (Object.keys(patch).length > 0) onChange(patch);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

let writes: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write of the user's settings: reads what is stored now (another
 * tab or the in-page UI may have written since the page loaded), applies the
 * edit, stores the result. Writes are chained so two quick edits never lose one.
 */
export function updateSettings(edit: (raw: unknown) => Raw): Promise<void> {
  const next = writes.then(async () => {
    const current = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    await browser.storage.local.set({ [SETTINGS_KEY]: edit(current) });
  });
  writes = next.catch(() => undefined);
  return next;
}

/** The contacts registry as stored (raw). */
export async function loadContacts(): Promise<unknown> {
  return (await browser.storage.local.get(CONTACTS_KEY))[CONTACTS_KEY];
}

/** Calls `onChange` with the stored registry (raw) when it changes; returns the function that stops listening. */
export function watchContacts(onChange: (raw: unknown) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && CONTACTS_KEY in changes) onChange(changes[CONTACTS_KEY]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

let contactWrites: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write of the contacts registry in one `set` (src/contacts/store.ts):
 * a failure leaves it as it was. Chained like updateSettings.
 */
export function updateContacts(edit: (current: Contacts) => Contacts): Promise<Contacts> {
  const next = contactWrites.then(() => updateRegistry(browser.storage.local, edit));
  contactWrites = next.catch(() => undefined);
  return next;
}

/** Asks the background to read the policies again; the storage change asks it too, so a failure is harmless. */
function refreshPolicy(): void {
  browser.runtime.sendMessage({ type: MSG_POLICY_REFRESH }).catch(() => undefined);
}

/** Stores a checked policy's text as the imported policy. */
export async function storeImportedPolicy(text: string): Promise<void> {
  await browser.storage.local.set({ [IMPORTED_POLICY_KEY]: text });
  refreshPolicy();
}

export async function removeImportedPolicy(): Promise<void> {
  await browser.storage.local.remove(IMPORTED_POLICY_KEY);
  refreshPolicy();
}

/** Whether the browser lets the extension read pages matching `pattern`. */
export async function hasHostPermission(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    // Not a pattern the browser accepts, or not declared as optional: not granted.
    return false;
  }
}

/**
 * Asks for access to `pattern`. Must be called straight from a click handler
 * (the browser shows its prompt only on a user gesture): nothing is awaited
 * before the request.
 */
export function requestHostPermission(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

/** Calls `onChange` when the extension's permissions change (granted here, or removed in the browser's settings). */
export function watchPermissions(onChange: () => void): () => void {
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}

/** Saves `data` as a JSON file through a temporary download link. */
export function downloadJson(fileName: string, data: unknown): void {
  downloadText(fileName, [`${JSON.stringify(data, null, 2)}\n`], 'application/json');
}

/** Saves text pieces as a file the user keeps: a Blob, an object URL and a temporary link. */
export function downloadText(fileName: string, parts: string[], type: string): void {
  const blob = new Blob(parts, { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
