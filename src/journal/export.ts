/**
 * The journal as files, pure: CSV (RFC 4180, UTF-8 with a BOM so Excel reads
 * the accents, formulas defused) and JSON (format, version, when, which
 * records, the records), for the client's file; and the false-alarm reports
 * alone, for the admin who tunes the policy (no conversation unless asked,
 * never the draft). Each format also comes as a stream over the store's
 * batches, so 100 000 records never sit in one string.
 */
import type { Lang } from '../engine/types';
import { COLUMNS, journalStrings, type Column } from './strings';
import type { Decision, JournalFilter, JournalRecord, JournalSeverity, Justification } from './types';

export const JOURNAL_FORMAT = 'prudence-journal';
export const FALSE_ALARMS_FORMAT = 'prudence-false-alarms';
export const FORMAT_VERSION = 1;
/** Excel takes a CSV file without one for its local code page, and mangles every accent. */
export const BOM = '\ufeff';
const CRLF = '\r\n';

/** `journal`: every record and every column; `false-alarms`: only those reports, without the conversation unless asked. */
export type ExportKind = 'journal' | 'false-alarms';

export interface ExportFormat {
  kind?: ExportKind;
  /** Language of the CSV's headings and labels (JSON keeps ids). */
  lang?: Lang;
  /** False-alarm reports: include the conversation key and its label. */
  conversation?: boolean;
}

export interface JsonMeta extends ExportFormat {
  /** When the export was made, ms. */
  exportedAt: number;
  /** Which records were asked for. */
  filter?: JournalFilter;
}

/** A record in a JSON export: times in ISO 8601 (UTC), the draft's hash or text as their own fields. */
export interface ExportedRecord {
  id?: string;
  time: string;
  site: string;
  conversation?: string;
  label?: string;
  rules: string[];
  severity: JournalSeverity;
  decision?: Decision;
  justification?: Justification;
  reason?: string;
  draftSha256?: string;
  draftText?: string;
}

export interface JsonExport {
  format: typeof JOURNAL_FORMAT | typeof FALSE_ALARMS_FORMAT;
  version: typeof FORMAT_VERSION;
  exportedAt: string;
  filter: { from?: string; to?: string; site?: string; conversation?: string; decision?: Decision };
  records: ExportedRecord[];
}

type Batches = AsyncIterable<readonly JournalRecord[]> | Iterable<readonly JournalRecord[]>;

const JOURNAL_COLUMNS: readonly Column[] = COLUMNS;
const FALSE_ALARM_COLUMNS: readonly Column[] = ['time', 'site', 'rules', 'severity', 'justification', 'reason'];

export function columnsFor(format: ExportFormat = {}): readonly Column[] {
  if (format.kind !== 'false-alarms') return JOURNAL_COLUMNS;
  return format.conversation === true ? [...FALSE_ALARM_COLUMNS, 'conversation', 'label'] : FALSE_ALARM_COLUMNS;
}

/** The records the export holds: all of them, or only the false-alarm reports. */
const selected = (records: readonly JournalRecord[], format: ExportFormat): readonly JournalRecord[] =>
  format.kind === 'false-alarms' ? records.filter((r) => r.decision === 'false-alarm') : records;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local time with its offset, to the second: `2026-11-23T07:00:00-05:00` (what a reader of the file expects, and still unambiguous). */
export function localTime(time: number): string {
  const d = new Date(time);
  const offset = -d.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/**
 * One CSV field. A cell a spreadsheet would run as a formula (= + - @, and tab
 * or carriage return, which some read past) gets a leading apostrophe; a cell
 * with a quote, comma or line break is quoted, quotes doubled (RFC 4180).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cellOf(r: JournalRecord, column: Column, lang: Lang): string {
  const s = journalStrings(lang);
  switch (column) {
    case 'id':
      return r.id;
    case 'time':
      return localTime(r.time);
    case 'site':
      return r.site;
    case 'conversation':
      return r.conversation;
    case 'label':
      return r.label ?? '';
    case 'rules':
      return r.rules.join(' ');
    case 'severity':
      return s.severity[r.severity];
    case 'decision':
      return s.decision[r.decision];
    case 'justification':
      return r.justification === undefined ? '' : s.justification[r.justification];
    case 'reason':
      return r.reason ?? '';
    case 'draftSha256':
      return r.draft?.kind === 'hash' ? r.draft.sha256 : '';
    case 'draftText':
      return r.draft?.kind === 'text' ? r.draft.text : '';
  }
}

/** The BOM and the heading line. */
export function csvHeader(format: ExportFormat = {}): string {
  const s = journalStrings(format.lang ?? 'en');
  return BOM + columnsFor(format).map((c) => csvCell(s.column[c])).join(',') + CRLF;
}

/** The lines of these records (each ends with CRLF). */
export function csvRows(records: readonly JournalRecord[], format: ExportFormat = {}): string {
  const columns = columnsFor(format);
  const lang = format.lang ?? 'en';
  let out = '';
  for (const r of selected(records, format)) out += columns.map((c) => csvCell(cellOf(r, c, lang))).join(',') + CRLF;
  return out;
}

export function toCsv(records: readonly JournalRecord[], format: ExportFormat = {}): string {
  return csvHeader(format) + csvRows(records, format);
}

/** The CSV in pieces, one per batch (for a Blob or a file stream). */
export async function* csvStream(batches: Batches, format: ExportFormat = {}): AsyncGenerator<string, void, undefined> {
  yield csvHeader(format);
  for await (const batch of batches) {
    const rows = csvRows(batch, format);
    if (rows !== '') yield rows;
  }
}

export function exportedRecord(r: JournalRecord, format: ExportFormat = {}): ExportedRecord {
  const alarms = format.kind === 'false-alarms';
  const out: ExportedRecord = { time: new Date(r.time).toISOString(), site: r.site, rules: [...r.rules], severity: r.severity };
  if (!alarms) {
    out.id = r.id;
    out.decision = r.decision;
  }
  if (!alarms || format.conversation === true) {
    out.conversation = r.conversation;
    if (r.label !== undefined) out.label = r.label;
  }
  if (r.justification !== undefined) out.justification = r.justification;
  if (r.reason !== undefined) out.reason = r.reason;
  // The admin tuning rules gets no part of a draft.
  if (!alarms && r.draft?.kind === 'hash') out.draftSha256 = r.draft.sha256;
  if (!alarms && r.draft?.kind === 'text') out.draftText = r.draft.text;
  return out;
}

function jsonFilter(f: JournalFilter = {}): JsonExport['filter'] {
  const out: JsonExport['filter'] = {};
  if (f.from !== undefined) out.from = new Date(f.from).toISOString();
  if (f.to !== undefined) out.to = new Date(f.to).toISOString();
  if (f.site !== undefined) out.site = f.site;
  if (f.conversation !== undefined) out.conversation = f.conversation;
  if (f.decision !== undefined) out.decision = f.decision;
  return out;
}

/** The JSON text up to the records' opening bracket. */
function jsonHead(meta: JsonMeta): string {
  const head = {
    format: meta.kind === 'false-alarms' ? FALSE_ALARMS_FORMAT : JOURNAL_FORMAT,
    version: FORMAT_VERSION,
    exportedAt: new Date(meta.exportedAt).toISOString(),
    filter: jsonFilter(meta.filter),
  };
  return `${JSON.stringify(head).slice(0, -1)},"records":[`;
}

/** These records' lines; `more` when lines came before them (each line then starts with a comma). */
function jsonLines(records: readonly JournalRecord[], format: ExportFormat, more: boolean): string {
  let out = '';
  for (const r of selected(records, format)) out += `${more || out !== '' ? ',' : ''}\n${JSON.stringify(exportedRecord(r, format))}`;
  return out;
}

const JSON_TAIL = '\n]}\n';

/** The JSON export in pieces: one record per line, so the file reads and diffs line by line. */
export async function* jsonStream(batches: Batches, meta: JsonMeta): AsyncGenerator<string, void, undefined> {
  yield jsonHead(meta);
  let more = false;
  for await (const batch of batches) {
    const lines = jsonLines(batch, meta, more);
    if (lines === '') continue;
    more = true;
    yield lines;
  }
  yield JSON_TAIL;
}

export function toJson(records: readonly JournalRecord[], meta: JsonMeta): string {
  return jsonHead(meta) + jsonLines(records, meta, false) + JSON_TAIL;
}

/** The false-alarm reports alone, for the admin: CSV. */
export function falseAlarmsCsv(records: readonly JournalRecord[], options: { lang?: Lang; conversation?: boolean } = {}): string {
  return toCsv(records, { ...options, kind: 'false-alarms' });
}

/** The false-alarm reports alone, for the admin: JSON. */
export function falseAlarmsJson(records: readonly JournalRecord[], meta: Omit<JsonMeta, 'kind'>): string {
  return toJson(records, { ...meta, kind: 'false-alarms' });
}

/** A file name for an export: `prudence-journal-2026-11-23.csv`, `prudence-false-alarms-2026-11-23.json`. */
export function exportFileName(kind: ExportKind, extension: 'csv' | 'json', now: number): string {
  return `${kind === 'false-alarms' ? FALSE_ALARMS_FORMAT : JOURNAL_FORMAT}-${localTime(now).slice(0, 10)}.${extension}`;
}
