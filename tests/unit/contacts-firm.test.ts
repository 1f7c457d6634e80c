/**
 * The firm's list of contacts from the policy: merged over the user's
 * registry for the guard (the firm's entry wins, each entry says its source),
 * and not overwritten from the panel.
 */
import { describe, expect, it, vi } from 'vitest';
import { contactKey, firmSets, mergeContacts, recipientOf, type Contact, type Contacts } from '../../src/contacts/registry';
import { savePanelChange } from '../../src/contacts/store';
import type { FirmContact, Policy } from '../../src/policy/schema';
import { memoryArea } from './storage-area';

// The content script's module reads the browser at start-up only; configOf is pure.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { configOf } = await import('../../src/guard/main');

const NOW = new Date(2026, 10, 23, 15, 0);
const MARIE: Contact = { site: 'whatsapp', key: 'whatsapp:Marie Tremblay', status: 'prospect', consent: false, note: 'mine', updatedAt: 1 };
const BOB: Contact = { site: 'x-chat', key: 'x-chat:@bob', status: 'customer', consent: false, updatedAt: 2 };
const USER: Contacts = { [contactKey(MARIE.site, MARIE.key)]: MARIE, [contactKey(BOB.site, BOB.key)]: BOB };
const FIRM: FirmContact[] = [
  { site: 'whatsapp', key: 'whatsapp:Marie Tremblay', label: 'Marie Tremblay', status: 'client', mandateDate: '2026-01-10', consent: true },
  { site: 'gmail', key: 'gmail:paul@example.com', status: 'client' },
  // A second entry for one conversation: the first one is used, as for the policy's other lists.
  { site: 'gmail', key: 'gmail:paul@example.com', status: 'prospect' },
];

function policyState(contacts: FirmContact[]) {
  const policy: Policy = { version: 1, contacts };
  return { policy, source: 'imported', appliedAt: 1, error: null, warnings: [] };
}

describe('mergeContacts', () => {
  it("puts the firm's entries over the user's, each with its source", () => {
    const merged = mergeContacts(USER, FIRM);
    expect(merged[contactKey('whatsapp', 'whatsapp:Marie Tremblay')]).toEqual({
      site: 'whatsapp',
      key: 'whatsapp:Marie Tremblay',
      label: 'Marie Tremblay',
      status: 'client',
      mandateDate: '2026-01-10',
      consent: true,
      source: 'organisation',
    });
    expect(merged[contactKey('x-chat', 'x-chat:@bob')]).toEqual({ ...BOB, source: 'user' });
    // Consent not given by the firm reads as not on file; the first of two entries wins.
    expect(merged[contactKey('gmail', 'gmail:paul@example.com')]).toMatchObject({ status: 'client', consent: false, source: 'organisation' });
    expect(recipientOf(merged[contactKey('gmail', 'gmail:paul@example.com')]!)).toBe('client-no-consent');
    expect(Object.keys(merged)).toHaveLength(3);
  });

  it('gives the user registry alone when there is no firm list', () => {
    expect(mergeContacts(USER, [])).toEqual({ [contactKey(MARIE.site, MARIE.key)]: { ...MARIE, source: 'user' }, [contactKey(BOB.site, BOB.key)]: { ...BOB, source: 'user' } });
    expect(firmSets(FIRM, 'whatsapp', 'whatsapp:Marie Tremblay')).toBe(true);
    expect(firmSets(FIRM, 'messenger', 'whatsapp:Marie Tremblay')).toBe(false);
  });
});

describe("the guard's configuration", () => {
  it("applies the firm's list from the published policy over the user's registry", () => {
    const config = configOf({ profile: 'lawyer' }, policyState(FIRM), USER);
    const marie = config.contacts[contactKey('whatsapp', 'whatsapp:Marie Tremblay')]!;
    expect(marie.source).toBe('organisation');
    expect(recipientOf(marie)).toBe('client');
    expect(config.contacts[contactKey('x-chat', 'x-chat:@bob')]?.source).toBe('user');
    // Without a policy, the user's entry is the one in force.
    expect(configOf({}, undefined, USER).contacts[contactKey('whatsapp', 'whatsapp:Marie Tremblay')]).toEqual({ ...MARIE, source: 'user' });
  });
});

describe('a change from the panel', () => {
  it("is refused for a conversation the firm's list sets, and nothing is written", async () => {
    const area = memoryArea({ policyState: policyState(FIRM), contacts: USER });
    const saved = await savePanelChange(area, { site: 'whatsapp', key: 'whatsapp:Marie Tremblay' }, { status: 'prospect' }, NOW);
    expect(saved).toBe(false);
    expect(area.writes).toBe(0);
    expect(area.data.contacts).toEqual(USER);
  });

  it('is recorded for any other conversation', async () => {
    const area = memoryArea({ policyState: policyState(FIRM), contacts: USER });
    expect(await savePanelChange(area, { site: 'x-chat', key: 'x-chat:@bob', label: 'Bob' }, { status: 'client' }, NOW)).toBe(true);
    expect((area.data.contacts as Contacts)[contactKey('x-chat', 'x-chat:@bob')]).toMatchObject({ status: 'client', label: 'Bob', updatedAt: NOW.getTime() });
    expect((area.data.contacts as Contacts)[contactKey(MARIE.site, MARIE.key)]).toEqual(MARIE);
  });
});

describe("the policy's check", () => {
  it('warns of a conversation listed twice, and says which entry is used', async () => {
    const { checkPolicy } = await import('../../src/policy/schema');
    const { warnings, errors } = checkPolicy({ version: 1, contacts: FIRM });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([{ path: 'contacts[2]', message: '"gmail:paul@example.com" on gmail is listed twice: the first entry is used' }]);
  });
});
