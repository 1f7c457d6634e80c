/** The contacts registry: reading stored entries defensively, the recipient each status gives, and changes from the panel. */
import { describe, expect, it } from 'vitest';
import { addContact, applyChange, contactKey, editContact, parseContacts, recipientOf, removeContact, today, type Contacts } from '../../src/contacts/registry';

const NOW = new Date(2026, 10, 23, 15, 0);
const AT = { site: 'whatsapp', key: '15145550100@c.us', label: 'Sophie Tremblay' };

describe('contacts registry', () => {
  it('a first click makes an entry: a client with the mandate dated today, consent not on file', () => {
    const c = applyChange({}, AT, { status: 'client' }, NOW);
    expect(c[contactKey(AT.site, AT.key)]).toEqual({ ...AT, status: 'client', consent: false, mandateDate: today(NOW), updatedAt: NOW.getTime() });
    expect(recipientOf(c[contactKey(AT.site, AT.key)]!)).toBe('client-no-consent');
  });

  it('consent on file dates it, and a plain client follows; taking it back clears the date', () => {
    let c = applyChange({}, AT, { status: 'client' }, NOW);
    c = applyChange(c, AT, { consent: true }, NOW);
    const k = contactKey(AT.site, AT.key);
    expect(c[k]).toMatchObject({ consent: true, consentDate: today(NOW) });
    expect(recipientOf(c[k]!)).toBe('client');
    c = applyChange(c, AT, { consent: false }, NOW);
    expect(c[k]?.consentDate).toBeUndefined();
  });

  it('a prospect has no mandate date; statuses map to the rule book', () => {
    const c = applyChange({}, AT, { status: 'prospect' }, NOW);
    const entry = c[contactKey(AT.site, AT.key)]!;
    expect(entry.mandateDate).toBeUndefined();
    expect(recipientOf(entry)).toBe('prospect');
    expect(recipientOf({ ...entry, status: 'customer' })).toBe('customer');
  });

  it('a change with nothing to change on an unknown conversation leaves the registry as it was', () => {
    const before: Contacts = {};
    expect(applyChange(before, AT, { consent: true }, NOW)).toBe(before);
  });

  it('reads stored entries one by one: a malformed one is left out, the others stay', () => {
    const good = applyChange({}, AT, { status: 'client' }, NOW);
    const raw = { ...good, 'x|y': { site: 'x', key: 'y', status: 'boss', consent: false, updatedAt: 1 }, 'wrong|key': { ...good[contactKey(AT.site, AT.key)] } };
    expect(Object.keys(parseContacts(raw))).toEqual([contactKey(AT.site, AT.key)]);
    expect(parseContacts(null)).toEqual({});
    expect(parseContacts([1, 2])).toEqual({});
  });
});

describe('edits from the options page', () => {
  const k = contactKey(AT.site, AT.key);
  const base = () => applyChange({}, AT, { status: 'client' }, NOW);
  const LATER = new Date(2026, 10, 24, 9, 0);

  it('changes the fields given, an empty text removing one, and dates the change', () => {
    const c = editContact(base(), k, { status: 'prospect', note: 'Rappeler lundi', mandateDate: '', label: 'Sophie T.' }, LATER);
    expect(c[k]).toEqual({ site: AT.site, key: AT.key, label: 'Sophie T.', status: 'prospect', consent: false, note: 'Rappeler lundi', updatedAt: LATER.getTime() });
  });

  it('dates consent on file today unless a date is given, and clears it when taken back', () => {
    let c = editContact(base(), k, { consent: true }, LATER);
    expect(c[k]?.consentDate).toBe(today(LATER));
    c = editContact(c, k, { consentDate: '2026-01-05' }, LATER);
    expect(c[k]?.consentDate).toBe('2026-01-05');
    c = editContact(c, k, { consent: false }, LATER);
    expect(c[k]).not.toHaveProperty('consentDate');
  });

  it('changes nothing for an unknown entry or a value storage would not read back', () => {
    const before = base();
    expect(editContact(before, 'whatsapp|nobody', { status: 'prospect' }, LATER)).toBe(before);
    expect(editContact(before, k, { mandateDate: '23/11/2026' }, LATER)).toBe(before);
    expect(editContact(before, k, { note: 'x'.repeat(2001) }, LATER)).toBe(before);
  });

  it('adds an entry by hand once, and deletes one', () => {
    const added = addContact({}, { site: 'messenger', key: 'messenger:42', status: 'client' }, NOW);
    expect(added[contactKey('messenger', 'messenger:42')]).toEqual({ site: 'messenger', key: 'messenger:42', status: 'client', consent: false, mandateDate: today(NOW), updatedAt: NOW.getTime() });
    expect(addContact(added, { site: 'messenger', key: 'messenger:42', status: 'prospect' }, NOW)).toBe(added);
    expect(addContact({}, { site: 'messenger', key: '', status: 'prospect' }, NOW)).toEqual({});
    expect(removeContact(added, contactKey('messenger', 'messenger:42'))).toEqual({});
    expect(removeContact(added, 'nothing|here')).toBe(added);
  });
});
