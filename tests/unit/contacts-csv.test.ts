/** The contacts registry as CSV: export, import of what spreadsheets write, the report, and limits. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyImport,
  CSV_SITES,
  splitCsv,
  type CsvRecord,
  contactsToCsv,
  decodeCsv,
  delimiterOf,
  isDay,
  MAX_CSV_BYTES,
  MAX_CSV_ROWS,
  MAX_REPORTED,
  parseContactsCsv,
  type CsvRowProblem,
} from '../../src/contacts/csv';
import { CONTACT_STATUSES, contactKey, parseContacts, type Contact, type Contacts } from '../../src/contacts/registry';
import { contactsStrings } from '../../src/options/contacts-strings';

const NOW = new Date(2026, 10, 23, 15, 0);

function registry(...entries: Contact[]): Contacts {
  return Object.fromEntries(entries.map((c) => [contactKey(c.site, c.key), c]));
}

const SOPHIE: Contact = {
  site: 'whatsapp',
  key: 'whatsapp:Sophie Tremblay',
  label: 'Sophie Tremblay',
  status: 'client',
  mandateDate: '2026-03-02',
  consent: true,
  consentDate: '2026-03-04',
  note: 'Bail commercial, rue Saint-Denis.\nRappeler «avant» le 15, dit "urgent"; voir dossier 2026-114',
  updatedAt: NOW.getTime(),
};
const BOB: Contact = { site: 'x-chat', key: 'x-chat:@bob', status: 'prospect', consent: false, updatedAt: NOW.getTime() };
const FORMULA: Contact = { site: 'messenger', key: 'messenger:42', label: '+1 514 555 0100', status: 'customer', consent: false, note: '=HYPERLINK("http://evil.example","clic")', updatedAt: NOW.getTime() };

const en = contactsStrings('en');

describe('export', () => {
  it('writes a BOM, the heading, CRLF line ends, quoted fields where needed, and defused formulas', () => {
    const csv = contactsToCsv(registry(SOPHIE, BOB, FORMULA));
    expect(csv.startsWith('\ufeffsite,key,label,status,mandateDate,consent,consentDate,note\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    // Sorted by site: messenger, whatsapp, x-chat; the note's own line break stays inside its quotes.
    expect(lines[1]).toBe(`messenger,messenger:42,'+1 514 555 0100,customer,,no,,"'=HYPERLINK(""http://evil.example"",""clic"")"`);
    expect(lines[2]).toMatch(/^whatsapp,whatsapp:Sophie Tremblay,Sophie Tremblay,client,2026-03-02,yes,2026-03-04,"Bail commercial, rue Saint-Denis.\nRappeler/);
    expect(lines.at(-2)).toBe('x-chat,x-chat:@bob,,prospect,,no,,');
    expect(lines.at(-1)).toBe('');
  });

  it('re-imports to the same registry', () => {
    const before = registry(SOPHIE, BOB, FORMULA);
    const r = parseContactsCsv(contactsToCsv(before), NOW);
    expect(r.fileProblem).toBeNull();
    expect(r.rejectedCount).toBe(0);
    expect(applyImport({}, r.contacts)).toEqual(before);
    // And what it makes reads back from storage.
    expect(parseContacts(applyImport({}, r.contacts))).toEqual(before);
  });
});

/** Every value spreadsheets and people put in cells that a CSV writer must get right. */
const tricky = (maxLength: number) => fc.string({ unit: fc.constantFrom('a', 'Z', 'é', '😀', ' ', ',', ';', '"', "'", '\n', '\r', '\t', '=', '+', '-', '@'), maxLength });
const day = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const contact = fc.record(
  {
    site: fc.constantFrom(...CSV_SITES),
    key: tricky(40).map((k) => k.trim()).filter((k) => k !== ''),
    label: tricky(40).map((l) => l.trim()).filter((l) => l !== ''),
    status: fc.constantFrom(...CONTACT_STATUSES),
    mandateDate: day,
    consent: fc.boolean(),
    consentDate: day,
    note: tricky(200).filter((n) => n !== ''),
  },
  { requiredKeys: ['site', 'key', 'status', 'consent'] },
);

describe('round trip', () => {
  it('imports any registry it exported, exactly', () => {
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 12 }), (list) => {
        const before = registry(...list.map((c) => ({ ...c, updatedAt: NOW.getTime() })));
        const r = parseContactsCsv(contactsToCsv(before), NOW);
        expect(r.rejected).toEqual([]);
        expect(r.duplicateCount).toBe(0);
        expect(applyImport({}, r.contacts)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

describe('splitting records', () => {
  const split = (text: string, delimiter = ',') => {
    const out: CsvRecord[] = [];
    splitCsv(text, delimiter, (r) => out.push(r) > 0);
    return out;
  };

  it('ends records at CRLF, LF or a lone CR, and counts lines through quoted breaks', () => {
    expect(split('a,b\rc,d\ne,"f\r\ng\rh"\r\ni,j')).toEqual([
      { line: 1, fields: ['a', 'b'], unclosed: false },
      { line: 2, fields: ['c', 'd'], unclosed: false },
      { line: 3, fields: ['e', 'f\r\ng\rh'], unclosed: false },
      { line: 6, fields: ['i', 'j'], unclosed: false },
    ]);
  });

  it('keeps empty fields, blank lines, and what a spreadsheet would keep around stray quotes', () => {
    expect(split(',,\n\nab"c,"d"e,""\n').map((r) => r.fields)).toEqual([['', '', ''], [''], ['ab"c', 'de', '']]);
  });

  it('marks a quote never closed, which runs to the end of the text', () => {
    expect(split('a;"b;c\nd;e', ';')).toEqual([{ line: 1, fields: ['a', 'b;c\nd;e'], unclosed: true }]);
  });

  it('stops when asked', () => {
    const seen: number[] = [];
    splitCsv('a\nb\nc\n', ',', (r) => seen.push(r.line) < 2);
    expect(seen).toEqual([1, 2]);
  });
});

describe('import', () => {
  it("reads French Excel's file: semicolons, Windows-1252, VRAI/FAUX, headings in another order and case, CRLF", () => {
    const text = 'Status;Site;Key;LABEL;Consent;Mandate date;Note\r\nclient;whatsapp;whatsapp:Hélène Côté;Hélène Côté;VRAI;2026-01-15;Dossier n° 12, à rappeler\r\nProspect;linkedin;linkedin:99;;non;;\r\n';
    const bytes = Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
    const decoded = decodeCsv(bytes);
    expect(decoded).toBe(text);
    const r = parseContactsCsv(decoded, NOW);
    expect(r.fileProblem).toBeNull();
    expect(r.rejected).toEqual([]);
    expect(r.contacts).toEqual([
      { site: 'whatsapp', key: 'whatsapp:Hélène Côté', label: 'Hélène Côté', status: 'client', consent: true, mandateDate: '2026-01-15', note: 'Dossier n° 12, à rappeler', updatedAt: NOW.getTime() },
      { site: 'linkedin', key: 'linkedin:99', status: 'prospect', consent: false, updatedAt: NOW.getTime() },
    ]);
  });

  it('reads UTF-8 with a BOM, and UTF-16 with its own', () => {
    const text = 'site,key,status\r\ngmail,gmail:zoé@example.com,client\r\n';
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(parseContactsCsv(decodeCsv(utf8), NOW).contacts[0]?.key).toBe('gmail:zoé@example.com');
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
    expect(decodeCsv(utf16)).toBe(text.replace('zoé', 'zo\u00e9'));
    // A BOM left in the text is dropped too.
    expect(parseContactsCsv(`\ufeff${text}`, NOW).contacts).toHaveLength(1);
  });

  it('takes the separator from the heading line, not from the notes', () => {
    expect(delimiterOf('site;key;status;note\r\nwhatsapp;a;client;"un, deux, trois, quatre"')).toBe(';');
    expect(delimiterOf('site,key,"status;x",note')).toBe(',');
    expect(delimiterOf('site\tkey\tstatus')).toBe('\t');
    expect(delimiterOf('site')).toBe(',');
  });

  it('keeps quotes and line breaks inside quoted notes, and counts lines past them', () => {
    const text = ['site,key,status,note', 'whatsapp,whatsapp:A,client,"first line', 'second ""quoted"" line"', 'whatsapp,whatsapp:B,clent,', ''].join('\n');
    const r = parseContactsCsv(text, NOW);
    expect(r.contacts[0]?.note).toBe('first line\nsecond "quoted" line');
    expect(r.rejected).toEqual([{ line: 4, kind: 'status', value: 'clent' }]);
  });

  it('undoes the formula guard of its own export, and keeps other apostrophes', () => {
    const r = parseContactsCsv("site,key,status,label,note\r\nwhatsapp,whatsapp:A,client,'+33 6 12 34 56 78,'=1+1\r\nwhatsapp,whatsapp:B,client,'t is,l'avocat\r\n", NOW);
    expect(r.contacts.map((c) => [c.label, c.note])).toEqual([
      ['+33 6 12 34 56 78', '=1+1'],
      ["'t is", "l'avocat"],
    ]);
  });

  it('rejects bad rows with their exact line and a plain reason, and imports the others', () => {
    const text = [
      'site;key;label;status;mandateDate;consent;consentDate;note', // 1
      'whatsapp;whatsapp:Ok;Ok;client;2026-01-02;oui;2026-01-03;', // 2
      '', // 3: blank, skipped
      'whatsapp;whatsapp:Bad status;;clent;;;;', // 4
      'whatsap;whatsapp:Bad site;;client;;;;', // 5
      'whatsapp;;;client;;;;', // 6
      'whatsapp;whatsapp:Bad date;;client;23/11/2026;;;', // 7
      'whatsapp;whatsapp:Bad day;;client;;yes;2026-02-30;', // 8
      'whatsapp;whatsapp:Bad consent;;client;;maybe;;', // 9
      'whatsapp;whatsapp:Shifted;;client;;;;note;extra', // 10
      `whatsapp;whatsapp:Long;${'x'.repeat(201)};client;;;;`, // 11
      'whatsapp;whatsapp:Trailing;;prospect;;;;;;', // 12: empty fields past the heading are fine
      'whatsapp;"whatsapp:Open;client;;;;', // 13: the quote is never closed
    ].join('\r\n');
    const r = parseContactsCsv(text, NOW);
    expect(r.fileProblem).toBeNull();
    expect(r.contacts.map((c) => c.key)).toEqual(['whatsapp:Ok', 'whatsapp:Trailing']);
    expect(r.rows).toBe(11);
    expect(r.rejectedCount).toBe(9);
    expect(r.rejected).toEqual<CsvRowProblem[]>([
      { line: 4, kind: 'status', value: 'clent' },
      { line: 5, kind: 'site', value: 'whatsap' },
      { line: 6, kind: 'required', column: 'key' },
      { line: 7, kind: 'date', column: 'mandateDate', value: '23/11/2026' },
      { line: 8, kind: 'date', column: 'consentDate', value: '2026-02-30' },
      { line: 9, kind: 'consent', value: 'maybe' },
      { line: 10, kind: 'extra-fields', count: 9, expected: 8 },
      { line: 11, kind: 'too-long', column: 'label', max: 200 },
      { line: 13, kind: 'unclosed-quote' },
    ]);
    expect(r.rejected.map((p) => en.rowProblem(p))[0]).toBe('line 4: status "clent" is not one of client, prospect, customer');
  });

  it('keeps the later of two rows for one conversation, and says so', () => {
    const r = parseContactsCsv('site,key,status\nwhatsapp,whatsapp:A,prospect\nwhatsapp,whatsapp:B,client\nwhatsapp,whatsapp:A,client\n', NOW);
    expect(r.contacts.map((c) => [c.key, c.status])).toEqual([
      ['whatsapp:B', 'client'],
      ['whatsapp:A', 'client'],
    ]);
    expect(r.duplicates).toEqual([{ line: 4, earlier: 2, site: 'whatsapp', key: 'whatsapp:A' }]);
    expect(r.duplicateCount).toBe(1);
  });

  it('ignores columns it does not know, and names them', () => {
    const r = parseContactsCsv('site,key,status,Phone\nwhatsapp,whatsapp:A,client,555\n', NOW);
    expect(r.ignoredColumns).toEqual(['Phone']);
    expect(r.contacts).toHaveLength(1);
  });

  it('refuses a file without the columns it needs, with a duplicated column, or empty', () => {
    expect(parseContactsCsv('site,key,label\nwhatsapp,a,b\n', NOW).fileProblem).toEqual({ kind: 'missing-columns', columns: ['status'] });
    expect(parseContactsCsv('site,key,status,Status\n', NOW).fileProblem).toEqual({ kind: 'duplicate-column', column: 'status' });
    expect(parseContactsCsv('\ufeff \r\n\r\n', NOW).fileProblem).toEqual({ kind: 'empty' });
    // A heading alone is a file with nothing to import, not a refusal.
    expect(parseContactsCsv('site,key,status\r\n', NOW)).toMatchObject({ fileProblem: null, rows: 0, contacts: [] });
  });

  it('refuses an oversized file and one with too many rows, before reading its rows', () => {
    expect(parseContactsCsv(`site,key,status\n${'x'.repeat(MAX_CSV_BYTES)}`, NOW).fileProblem).toEqual({ kind: 'too-large', maxBytes: MAX_CSV_BYTES });
    const many = `site,key,status\n${'whatsapp,k,client\n'.repeat(MAX_CSV_ROWS + 1)}`;
    expect(many.length).toBeLessThan(MAX_CSV_BYTES);
    expect(parseContactsCsv(many, NOW)).toMatchObject({ fileProblem: { kind: 'too-many-rows', maxRows: MAX_CSV_ROWS }, contacts: [] });
    expect(parseContactsCsv(`site,key,status\n${'whatsapp,k,client\n'.repeat(MAX_CSV_ROWS)}`, NOW).fileProblem).toBeNull();
  });

  it('lists at most MAX_REPORTED problems of each kind, and counts them all', () => {
    const r = parseContactsCsv(`site,key,status\n${'whatsapp,k,boss\n'.repeat(MAX_REPORTED + 7)}`, NOW);
    expect(r.rejected).toHaveLength(MAX_REPORTED);
    expect(r.rejectedCount).toBe(MAX_REPORTED + 7);
    expect(r.rejected.at(-1)?.line).toBe(MAX_REPORTED + 1);
  });
});

describe('applying an import', () => {
  it('replaces the entry for the same site and conversation, and keeps the others', () => {
    const current = registry(SOPHIE, BOB);
    const changed: Contact = { ...BOB, status: 'client', updatedAt: NOW.getTime() + 1 };
    expect(applyImport(current, [changed, FORMULA])).toEqual(registry(SOPHIE, changed, FORMULA));
    expect(applyImport(current, [])).toBe(current);
  });
});

describe('dates', () => {
  it('takes real calendar days written YYYY-MM-DD only', () => {
    for (const d of ['2026-01-31', '2024-02-29', '2000-02-29', '2026-12-01']) expect(isDay(d), d).toBe(true);
    for (const d of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '26-01-01', '2026-1-1', '2026-01-01T00:00']) expect(isDay(d), d).toBe(false);
  });
});
