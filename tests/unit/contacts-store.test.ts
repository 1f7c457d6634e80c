/**
 * Losing nothing: an import (or any edit) of the registry is one read and one
 * write of the whole registry; a failed read, check or write leaves it as it
 * was, and stored entries this version cannot read are written back untouched.
 */
import { describe, expect, it } from 'vitest';
import { applyImport, parseContactsCsv } from '../../src/contacts/csv';
import { contactKey, type Contact, type Contacts } from '../../src/contacts/registry';
import { updateRegistry } from '../../src/contacts/store';
import { memoryArea } from './storage-area';

const NOW = new Date(2026, 10, 23, 15, 0);
const OLD: Contact = { site: 'whatsapp', key: 'whatsapp:Marie', status: 'prospect', consent: false, updatedAt: 1 };
const STORED: Record<string, unknown> = {
  [contactKey(OLD.site, OLD.key)]: OLD,
  // Written by a later version, say: not readable here, not ours to drop.
  'future|x': { site: 'future', key: 'x', status: 'partner', consent: true, updatedAt: 3 },
};
const CSV = 'site,key,status,consent\r\nwhatsapp,whatsapp:Marie,client,yes\r\nmessenger,messenger:7,prospect,no\r\n';
const importCsv = (current: Contacts) => applyImport(current, parseContactsCsv(CSV, NOW).contacts);

describe('updating the registry', () => {
  it('imports in one write, replacing the same conversation and keeping the rest, unreadable entries included', async () => {
    const area = memoryArea({ contacts: STORED, settings: { profile: 'lawyer' } });
    const next = await updateRegistry(area, importCsv);
    expect(area.writes).toBe(1);
    expect(area.data.contacts).toEqual({
      ...STORED,
      [contactKey('whatsapp', 'whatsapp:Marie')]: { site: 'whatsapp', key: 'whatsapp:Marie', status: 'client', consent: true, updatedAt: NOW.getTime() },
      [contactKey('messenger', 'messenger:7')]: { site: 'messenger', key: 'messenger:7', status: 'prospect', consent: false, updatedAt: NOW.getTime() },
    });
    expect(Object.keys(next)).toHaveLength(2);
    expect(area.data.settings).toEqual({ profile: 'lawyer' });
  });

  it('leaves the registry as it was when the write fails', async () => {
    const area = memoryArea({ contacts: STORED });
    area.fail.set = true;
    await expect(updateRegistry(area, importCsv)).rejects.toThrow('QUOTA_BYTES');
    expect(area.data.contacts).toEqual(STORED);
  });

  it('writes nothing when the read fails', async () => {
    const area = memoryArea({ contacts: STORED });
    area.fail.get = true;
    await expect(updateRegistry(area, importCsv)).rejects.toThrow('storage read failed');
    expect(area.writes).toBe(0);
    expect(area.data.contacts).toEqual(STORED);
  });

  it('writes nothing when the change fails or changes nothing', async () => {
    const area = memoryArea({ contacts: STORED });
    await expect(
      updateRegistry(area, () => {
        throw new Error('bad file');
      }),
    ).rejects.toThrow('bad file');
    await updateRegistry(area, (c) => applyImport(c, []));
    expect(area.writes).toBe(0);
    expect(area.data.contacts).toEqual(STORED);
  });

  it('starts a registry where there was none, or where storage held something else', async () => {
    for (const contacts of [undefined, 'garbage', [1, 2]]) {
      const area = memoryArea(contacts === undefined ? {} : { contacts });
      await updateRegistry(area, importCsv);
      expect(Object.keys(area.data.contacts as object)).toEqual([contactKey('whatsapp', 'whatsapp:Marie'), contactKey('messenger', 'messenger:7')]);
    }
  });
});
