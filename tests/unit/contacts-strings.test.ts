/** The contacts section's wording: both languages say the same things, French with its no-break spaces. */
import { describe, expect, it } from 'vitest';
import type { CsvFileProblem, CsvRowProblem } from '../../src/contacts/csv';
import { contactsStrings, formatDay, type ContactsStrings } from '../../src/options/contacts-strings';

const ROWS: CsvRowProblem[] = [
  { line: 2, kind: 'required', column: 'key' },
  { line: 3, kind: 'site', value: 'whatsap' },
  { line: 4, kind: 'status', value: 'clent' },
  { line: 5, kind: 'consent', value: 'maybe' },
  { line: 6, kind: 'date', column: 'mandateDate', value: '23/11/2026' },
  { line: 7, kind: 'too-long', column: 'note', max: 2000 },
  { line: 8, kind: 'extra-fields', count: 9, expected: 8 },
  { line: 9, kind: 'unclosed-quote' },
];
const FILES: CsvFileProblem[] = [
  { kind: 'empty' },
  { kind: 'too-large', maxBytes: 2 * 1024 * 1024 },
  { kind: 'too-many-rows', maxRows: 10_000 },
  { kind: 'missing-columns', columns: ['status', 'key'] },
  { kind: 'duplicate-column', column: 'site' },
];

/** Every text of a language, its functions called with sample values. */
function texts(t: ContactsStrings): string[] {
  const out: string[] = [];
  for (const v of Object.values(t)) {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'object') out.push(...Object.values(v as Record<string, string>));
  }
  out.push(t.shown(3, 10), t.shown(1, 1), t.capped(200), t.labelOf('Marie'), t.statusOf('Marie'), t.confirmRemove('Marie'), t.removed('Marie'), t.imported(4, 5), t.firmRows(2));
  out.push(t.rejectedTitle(2), t.duplicatesTitle(1), t.more(3), t.ignoredColumns(['Phone']), t.writeFailed('quota'), t.tooLong(200), t.exported('f.csv'));
  out.push(t.duplicate({ line: 9, earlier: 4, site: 'whatsapp', key: 'whatsapp:A' }), ...ROWS.map((p) => t.rowProblem(p)), ...FILES.map((p) => t.fileProblem(p)));
  return out;
}

describe('contacts strings', () => {
  it('words a rejected row with its line and the value, in each language', () => {
    expect(contactsStrings('en').rowProblem(ROWS[2]!)).toBe('line 4: status "clent" is not one of client, prospect, customer');
    expect(contactsStrings('fr').rowProblem(ROWS[2]!)).toBe('ligne 4\u00a0: le statut «\u00a0clent\u00a0» n’est pas l’un de client, prospect, customer');
  });

  it('puts a no-break space before French double punctuation and inside guillemets, never a plain one', () => {
    for (const text of texts(contactsStrings('fr'))) {
      expect(text, text).not.toMatch(/ [:;?!»]/);
      expect(text, text).not.toMatch(/« /);
      expect(text, text).not.toMatch(/[^\s\u00a0][;?!»]|[^\s\u00a0]:\s/);
    }
  });

  it('shows a day in the page language, the same calendar day in every time zone', () => {
    expect(formatDay('2026-03-02', 'en', 'en-CA')).toMatch(/2026/);
    expect(formatDay('2026-03-02', 'fr', 'fr-CA')).toBe(new Intl.DateTimeFormat('fr-CA', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 2, 12)));
    expect(formatDay('2026-03-02', 'fr', 'en-US')).toContain('mars');
    expect(formatDay('not a day', 'en')).toBe('not a day');
  });
});
