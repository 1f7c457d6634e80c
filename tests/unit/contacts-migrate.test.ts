/**
 * The older per-conversation categories (settings.recipients) move into the
 * contacts registry once; the guard's answer for each conversation stays the
 * same, and a second run changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { hasLegacyToMove, migrateLegacyRecipients, moveLegacy, siteOfKey } from '../../src/contacts/migrate';
import { contactKey, mergeContacts, parseContacts, recipientOf, type Contact } from '../../src/contacts/registry';
import { parseSettings, recipientFor } from '../../src/guard/settings';
import { memoryArea } from './storage-area';

const NOW = new Date(2026, 10, 23, 15, 0);
const RECIPIENTS = {
  'whatsapp:Marie Tremblay': 'client',
  'messenger:123': 'client-no-consent',
  'x-chat:@bob': 'prospect',
  'x-post:@shop': 'customer',
  'linkedin:Ann': 'unknown',
  'nosite:abc': 'client',
  'gmail:zoe@example.com': 'prospect',
} as const;
/** Already in the registry, and so already in force: the old category for it goes. */
const ZOE: Contact = { site: 'gmail', key: 'gmail:zoe@example.com', status: 'client', consent: true, updatedAt: 5 };

/** What the guard decides for a conversation: the registry first, then the settings (src/guard/guard.ts). */
function recipient(settingsRaw: unknown, contactsRaw: unknown, key: string): string {
  const site = siteOfKey(key) ?? 'nosite';
  const entry = mergeContacts(parseContacts(contactsRaw), [])[contactKey(site, key)];
  return entry !== undefined ? recipientOf(entry) : recipientFor(parseSettings(settingsRaw), key);
}

describe('moving the older categories', () => {
  it('finds the site in the conversation key', () => {
    expect(siteOfKey('whatsapp:Marie')).toBe('whatsapp');
    expect(siteOfKey('generic:helpdesk.example.com/t/1')).toBe('generic');
    expect(siteOfKey('telegram-k:12:34')).toBe('telegram-k');
    expect(siteOfKey('nosite:abc')).toBeNull();
    expect(siteOfKey('no colon')).toBeNull();
  });

  it('makes the entry that gives the same recipient, and leaves what the registry cannot hold', () => {
    const move = moveLegacy(RECIPIENTS, { [contactKey(ZOE.site, ZOE.key)]: ZOE }, NOW);
    expect(move.moved).toBe(4);
    expect(move.shadowed).toBe(1);
    expect(move.left).toEqual({ 'linkedin:Ann': 'unknown', 'nosite:abc': 'client' });
    expect(move.contacts[contactKey('whatsapp', 'whatsapp:Marie Tremblay')]).toEqual({ site: 'whatsapp', key: 'whatsapp:Marie Tremblay', status: 'client', consent: true, updatedAt: NOW.getTime() });
    expect(move.contacts[contactKey('messenger', 'messenger:123')]).toMatchObject({ status: 'client', consent: false });
    expect(move.contacts[contactKey('gmail', ZOE.key)]).toBe(ZOE);
  });

  it("runs once: one write of both keys, the guard's answers unchanged, and a second run writes nothing", async () => {
    const settings = { profile: 'lawyer', defaultRecipient: 'customer', future: { kept: true }, recipients: RECIPIENTS };
    const area = memoryArea({ settings, contacts: { [contactKey(ZOE.site, ZOE.key)]: ZOE } });
    const before = Object.fromEntries(Object.keys(RECIPIENTS).map((k) => [k, recipient(area.data.settings, area.data.contacts, k)]));
    expect(hasLegacyToMove(area.data.settings)).toBe(true);

    expect(await migrateLegacyRecipients(area, NOW)).toEqual({ moved: 4, shadowed: 1, left: 2, wrote: true });
    expect(area.writes).toBe(1);
    expect(area.data.settings).toEqual({ profile: 'lawyer', defaultRecipient: 'customer', future: { kept: true }, recipients: { 'linkedin:Ann': 'unknown', 'nosite:abc': 'client' } });
    const after = Object.fromEntries(Object.keys(RECIPIENTS).map((k) => [k, recipient(area.data.settings, area.data.contacts, k)]));
    expect(after).toEqual(before);
    // Zoe's old category ("prospect") was never in force: the registry's client was, and still is.
    expect(after['gmail:zoe@example.com']).toBe('client');

    const snapshot = structuredClone(area.data);
    expect(hasLegacyToMove(area.data.settings)).toBe(false);
    expect(await migrateLegacyRecipients(area, new Date(NOW.getTime() + 1000))).toEqual({ moved: 0, shadowed: 0, left: 2, wrote: false });
    expect(area.writes).toBe(1);
    expect(area.data).toEqual(snapshot);
  });

  it('removes the old map when everything moved, and does nothing without one', async () => {
    const area = memoryArea({ settings: { recipients: { 'whatsapp:A': 'prospect' } } });
    await migrateLegacyRecipients(area, NOW);
    expect(area.data.settings).toEqual({});
    expect(Object.keys(area.data.contacts as object)).toEqual([contactKey('whatsapp', 'whatsapp:A')]);

    const empty = memoryArea({});
    expect(await migrateLegacyRecipients(empty, NOW)).toEqual({ moved: 0, shadowed: 0, left: 0, wrote: false });
    expect(empty.writes).toBe(0);
  });

  it('leaves everything as it was when the write fails', async () => {
    const area = memoryArea({ settings: { recipients: { 'whatsapp:A': 'prospect' } } });
    area.fail.set = true;
    await expect(migrateLegacyRecipients(area, NOW)).rejects.toThrow();
    expect(area.data).toEqual({ settings: { recipients: { 'whatsapp:A': 'prospect' } } });
  });
});
