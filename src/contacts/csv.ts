/**
 * The contacts registry as a CSV file, both ways, pure (no DOM, no browser API).
 *
 * Export: the columns of CSV_COLUMNS, UTF-8 with a BOM, CRLF, fields quoted
 * where needed and cells a spreadsheet would run as formulas defused (the
 * journal's csvCell).
 *
 * Import: what Excel and LibreOffice save in English and French: comma,
 * semicolon or tab between fields (read from the heading line), UTF-8 with or
 * without a BOM (else Windows-1252, French Excel's plain "CSV"), CRLF or LF,
 * quoted fields holding line breaks and quotes, headings in any case and
 * order. Every row is checked before anything is kept: the result says which
 * rows were taken, which were rejected (line number and reason) and which
 * repeated an earlier one (the later row wins). The caller stores the result
 * in one write, or nothing when the file itself is refused.
 *
 * The reader (splitCsv) is written here: papaparse carries code that
 * downloads files with XMLHttpRequest, which tests/unit/privacy.test.ts
 * forbids in the built extension.
 */
import { BOM, csvCell } from '../journal/export';
import { GENERIC_SITE_ID, SITE_IDS } from '../sites/types';
import { CONTACT_LIMITS, CONTACT_STATUSES, contactKey, type Contact, type Contacts, type ContactStatus } from './registry';

export const CSV_COLUMNS = ['site', 'key', 'label', 'status', 'mandateDate', 'consent', 'consentDate', 'note'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly CsvColumn[] = ['site', 'key', 'status'];

/** Larger files are refused before they are read: a registry this size would not fit the browser's storage anyway. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;
export const MAX_CSV_ROWS = 10_000;
/** Rejected rows and duplicates listed in the report, each; the counts say how many there were in all. */
export const MAX_REPORTED = 50;

/** The sites a row may name: the adapters' ids. */
export const CSV_SITES: readonly string[] = [...SITE_IDS, GENERIC_SITE_ID];

const CRLF = '\r\n';

// ---------------------------------------------------------------- export

const cellOf = (c: Contact, column: CsvColumn): string => {
  switch (column) {
    case 'consent':
      return c.consent ? 'yes' : 'no';
    case 'site':
    case 'key':
    case 'status':
      return c[column];
    default:
      return c[column] ?? '';
  }
};

/**
 * A cell: the journal's csvCell, after one more apostrophe before a value
 * that already looks guarded ("'=x", "''+1"), so the import, which takes one
 * apostrophe off such a value, gives it back exactly.
 */
const GUARDED = /^'+[=+\-@\t\r]/;
const cell = (value: string) => csvCell(GUARDED.test(value) ? `'${value}` : value);

/** The registry as a CSV file's text, sorted by site, then name (or key). */
export function contactsToCsv(contacts: Contacts): string {
  const rows = Object.values(contacts).sort((a, b) => a.site.localeCompare(b.site) || (a.label ?? a.key).localeCompare(b.label ?? b.key) || a.key.localeCompare(b.key));
  let out = BOM + CSV_COLUMNS.join(',') + CRLF;
  for (const c of rows) out += CSV_COLUMNS.map((col) => cell(cellOf(c, col))).join(',') + CRLF;
  return out;
}

/** A file name for the export: `prudence-contacts-2026-11-23.csv`. */
export function contactsFileName(day: string): string {
  return `prudence-contacts-${day}.csv`;
}

// ---------------------------------------------------------------- import

/** Why a whole file was refused: then nothing is imported. */
export type CsvFileProblem =
  | { kind: 'empty' }
  | { kind: 'too-large'; maxBytes: number }
  | { kind: 'too-many-rows'; maxRows: number }
  | { kind: 'missing-columns'; columns: CsvColumn[] }
  | { kind: 'duplicate-column'; column: CsvColumn };

/** Why one row was rejected (the first reason found), with its line in the file (1-based; a row holding line breaks starts there). */
export type CsvRowProblem = { line: number } & (
  | { kind: 'required'; column: CsvColumn }
  | { kind: 'site'; value: string }
  | { kind: 'status'; value: string }
  | { kind: 'consent'; value: string }
  | { kind: 'date'; column: 'mandateDate' | 'consentDate'; value: string }
  | { kind: 'too-long'; column: CsvColumn; max: number }
  | { kind: 'extra-fields'; count: number; expected: number }
  | { kind: 'unclosed-quote' }
);

/** A row for a conversation an earlier row already gave: the later one is kept. */
export interface CsvDuplicate {
  line: number;
  earlier: number;
  site: string;
  key: string;
}

export interface CsvImport {
  /** Set when the file is refused as a whole. */
  fileProblem: CsvFileProblem | null;
  /** The entries to store, one per conversation. */
  contacts: Contact[];
  /** Rows read, blank lines and the heading aside. */
  rows: number;
  /** The first MAX_REPORTED rejected rows, in file order. */
  rejected: CsvRowProblem[];
  rejectedCount: number;
  /** The first MAX_REPORTED duplicates, in file order. */
  duplicates: CsvDuplicate[];
  duplicateCount: number;
  /** Headings that are not columns of the registry: their cells are ignored. */
  ignoredColumns: string[];
}

function refused(fileProblem: CsvFileProblem): CsvImport {
  return { fileProblem, contacts: [], rows: 0, rejected: [], rejectedCount: 0, duplicates: [], duplicateCount: 0, ignoredColumns: [] };
}

/**
 * A file's bytes as text: UTF-8 (BOM or not), UTF-16 with its BOM (Excel's
 * "Unicode text"), else Windows-1252, what French and English Excel write for
 * plain "CSV". The BOM is dropped.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The field separator, read from the heading line: the most frequent of comma, semicolon and tab outside quotes (comma on a tie). */
export function delimiterOf(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/** A heading as a column: case, spaces, dashes and underscores do not count ("Mandate date" is mandateDate). */
function columnOf(heading: string): CsvColumn | null {
  const h = heading.trim().toLowerCase().replace(/[\s_.-]+/g, '');
  return CSV_COLUMNS.find((c) => c.toLowerCase() === h) ?? null;
}

/** Undoes the export's formula guard: the first of the apostrophes before = + - @ tab or CR was added by it. */
function unguard(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}

const CONSENT: Record<string, boolean> = { true: true, false: false, yes: true, no: false, oui: true, non: false, vrai: true, faux: false, '1': true, '0': false, '': false };

/** A real calendar day written YYYY-MM-DD. */
export function isDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

type RowCheck = { ok: true; contact: Contact } | { ok: false; problem: CsvRowProblem };

/** One row, checked field by field; `cell` gives a column's trimmed or raw value, '' when the file has no such column. */
function checkRow(line: number, cell: (c: CsvColumn) => string, updatedAt: number): RowCheck {
  const fail = (p: DistributiveOmit<CsvRowProblem, 'line'>): RowCheck => ({ ok: false, problem: { line, ...p } as CsvRowProblem });
  for (const column of REQUIRED) if (cell(column).trim() === '') return fail({ kind: 'required', column });
  const site = cell('site').trim();
  if (!CSV_SITES.includes(site)) return fail({ kind: 'site', value: site });
  const key = cell('key').trim();
  if (key.length > CONTACT_LIMITS.key) return fail({ kind: 'too-long', column: 'key', max: CONTACT_LIMITS.key });
  const statusText = cell('status').trim();
  const status = statusText.toLowerCase();
  if (!(CONTACT_STATUSES as readonly string[]).includes(status)) return fail({ kind: 'status', value: statusText });
  const consentText = cell('consent').trim();
  const consent = CONSENT[consentText.toLowerCase()];
  if (consent === undefined) return fail({ kind: 'consent', value: consentText });
  const contact: Contact = { site, key, status: status as ContactStatus, consent, updatedAt };
  for (const column of ['mandateDate', 'consentDate'] as const) {
    const v = cell(column).trim();
    if (v === '') continue;
    if (!isDay(v)) return fail({ kind: 'date', column, value: v });
    contact[column] = v;
  }
  const label = cell('label').trim();
  if (label.length > CONTACT_LIMITS.label) return fail({ kind: 'too-long', column: 'label', max: CONTACT_LIMITS.label });
  if (label !== '') contact.label = label;
  const note = cell('note');
  if (note.length > CONTACT_LIMITS.note) return fail({ kind: 'too-long', column: 'note', max: CONTACT_LIMITS.note });
  if (note !== '') contact.note = note;
  return { ok: true, contact };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Counts line breaks (CRLF, LF or a lone CR) from `from` to `to`. */
function breaksBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** One record of a CSV text: its fields and the line it starts on (1-based). */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** A quote opened in it is never closed: the field runs to the end of the text. */
  unclosed: boolean;
}

/**
 * Splits CSV text into records, calling `onRecord` for each until it answers
 * false. RFC 4180, as spreadsheets write it: fields between `delimiter`s,
 * records ended by CRLF, LF or a lone CR; a field that starts with a quote
 * runs to the next lone quote and may hold delimiters, line breaks and
 * doubled quotes. Lenient where a spreadsheet would be: a quote inside an
 * unquoted field, or text after a closing quote, is kept as it is.
 */
export function splitCsv(text: string, delimiter: string, onRecord: (record: CsvRecord) => boolean): void {
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const record: CsvRecord = { line, fields: [], unclosed: false };
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          const end = q < 0 ? n : q;
          value += text.slice(i, end);
          line += breaksBetween(text, i, end);
          if (q < 0) {
            record.unclosed = true;
            i = n;
            break;
          }
          if (text[q + 1] === '"') {
            value += '"';
            i = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
      }
      let j = i;
      while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
      record.fields.push(value + text.slice(i, j));
      i = j;
      if (i < n && text[i] === delimiter) i++;
      else break;
    }
    if (i < n) {
      // The record's line break: CRLF, LF or CR.
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
    }
    if (!onRecord(record)) return;
  }
}

/**
 * Reads a CSV file's text (see the module's comment). `now` dates the
 * entries it makes. A file is refused as a whole when it is empty, too large,
 * has too many rows, or its heading lacks site, key or status.
 */
export function parseContactsCsv(input: string, now: Date = new Date()): CsvImport {
  const text = input.replace(/^\uFEFF/, '');
  if (text.length > MAX_CSV_BYTES) return refused({ kind: 'too-large', maxBytes: MAX_CSV_BYTES });
  if (text.trim() === '') return refused({ kind: 'empty' });

  const blank = (fields: string[]) => fields.every((f) => f.trim() === '');
  const records: CsvRecord[] = [];
  let filled = 0;
  let tooMany = false;
  splitCsv(text, delimiterOf(text), (r) => {
    records.push(r);
    // The heading and MAX_CSV_ROWS rows; blank lines do not count.
    tooMany = !blank(r.fields) && ++filled > MAX_CSV_ROWS + 1;
    return !tooMany;
  });
  if (tooMany) return refused({ kind: 'too-many-rows', maxRows: MAX_CSV_ROWS });

  const headIndex = records.findIndex((r) => !blank(r.fields));
  const head = records[headIndex];
  if (head === undefined) return refused({ kind: 'empty' });
  const index = new Map<CsvColumn, number>();
  const ignoredColumns: string[] = [];
  for (const [i, heading] of head.fields.entries()) {
    const column = columnOf(heading);
    if (column === null) {
      if (heading.trim() !== '') ignoredColumns.push(heading.trim());
      continue;
    }
    if (index.has(column)) return refused({ kind: 'duplicate-column', column });
    index.set(column, i);
  }
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) return refused({ kind: 'missing-columns', columns: missing });

  const kept = new Map<string, { contact: Contact; line: number }>();
  const rejected: CsvRowProblem[] = [];
  const duplicates: CsvDuplicate[] = [];
  let rejectedCount = 0;
  let duplicateCount = 0;
  let rows = 0;
  const reject = (p: CsvRowProblem) => {
    rejectedCount++;
    if (rejected.length < MAX_REPORTED) rejected.push(p);
  };
  for (const r of records.slice(headIndex + 1)) {
    if (blank(r.fields)) continue;
    rows++;
    if (r.unclosed) {
      reject({ line: r.line, kind: 'unclosed-quote' });
      continue;
    }
    // Trailing empty fields are what a spreadsheet adds after the last column; anything else past the heading is a shifted row.
    const last = r.fields.findLastIndex((f) => f.trim() !== '');
    if (last >= head.fields.length) {
      reject({ line: r.line, kind: 'extra-fields', count: last + 1, expected: head.fields.length });
      continue;
    }
    const cell = (c: CsvColumn) => {
      const i = index.get(c);
      return i === undefined ? '' : unguard(r.fields[i] ?? '');
    };
    const checked = checkRow(r.line, cell, now.getTime());
    if (!checked.ok) {
      reject(checked.problem);
      continue;
    }
    const k = contactKey(checked.contact.site, checked.contact.key);
    const earlier = kept.get(k);
    if (earlier !== undefined) {
      duplicateCount++;
      if (duplicates.length < MAX_REPORTED) duplicates.push({ line: r.line, earlier: earlier.line, site: checked.contact.site, key: checked.contact.key });
      // The later row wins, in its own place: the file's order is kept for the rest.
      kept.delete(k);
    }
    kept.set(k, { contact: checked.contact, line: r.line });
  }
  return { fileProblem: null, contacts: [...kept.values()].map((v) => v.contact), rows, rejected, rejectedCount, duplicates, duplicateCount, ignoredColumns };
}

/** The registry after an import: each imported entry replaces the one for the same site and conversation. */
export function applyImport(current: Contacts, imported: readonly Contact[]): Contacts {
  if (imported.length === 0) return current;
  const out: Contacts = { ...current };
  for (const c of imported) out[contactKey(c.site, c.key)] = c;
  return out;
}
