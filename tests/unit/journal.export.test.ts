/** The journal's exports: RFC 4180 CSV with a BOM and defused formulas, the JSON shape, the false-alarm reports alone. */
import { describe, expect, it } from 'vitest';
import {
  BOM,
  csvCell,
  csvStream,
  exportFileName,
  exportedRecord,
  falseAlarmsCsv,
  falseAlarmsJson,
  jsonStream,
  localTime,
  toCsv,
  toJson,
  type JsonExport,
} from '../../src/journal/export';
import { journalStrings } from '../../src/journal/strings';
import type { JournalRecord } from '../../src/journal/types';

const T = Date.parse('2026-11-23T12:34:56.789Z');

const rec = (extra: Partial<JournalRecord> = {}): JournalRecord => ({
  id: 'r1',
  time: T,
  site: 'whatsapp',
  conversation: '15145550111@c.us',
  label: 'Marie Tremblay',
  rules: ['legal-advice', 'no-mandate'],
  severity: 'block',
  decision: 'sent-anyway',
  justification: 'client-asked',
  reason: 'She asked, "in writing", twice',
  ...extra,
});

/** A strict RFC 4180 reader: every record ends with CRLF, a quoted field may hold anything, a bare quote or line break is an error. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '"' || c === '\r' || c === '\n') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('the last record does not end with CRLF');
  return rows;
}

async function collect(stream: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const piece of stream) out += piece;
  return out;
}

describe('csvCell', () => {
  it('leaves plain text alone and quotes what RFC 4180 says to quote', () => {
    expect(csvCell('legal-advice')).toBe('legal-advice');
    expect(csvCell('')).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell('é ü 漢字 🙂')).toBe('é ü 漢字 🙂');
  });

  it('puts an apostrophe before anything a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1 514 555 0100')).toBe("'+1 514 555 0100");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    // Only at the start: the same characters inside a cell are text.
    expect(csvCell('a=b, c-d')).toBe('"a=b, c-d"');
    expect(csvCell('x@y.z')).toBe('x@y.z');
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, ends every line with CRLF, and reads back cell for cell', () => {
    const records = [rec(), rec({ id: 'r2', label: undefined, reason: 'two\r\nlines, and "quotes"', justification: undefined, decision: 'false-alarm' })];
    const csv = toCsv(records);
    expect(csv.startsWith(BOM)).toBe(true);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(['Id', 'Time', 'Site', 'Conversation', 'Contact', 'Rules', 'Severity', 'Decision', 'Justification', 'Reason given', 'Draft fingerprint (SHA-256)', 'Draft text']);
    expect(rows[1]).toEqual(['r1', localTime(T), 'whatsapp', '15145550111@c.us', 'Marie Tremblay', 'legal-advice no-mandate', 'Asks before sending', 'Sent anyway', 'The client asked for it', 'She asked, "in writing", twice', '', '']);
    expect(rows[2]?.[4]).toBe('');
    expect(rows[2]?.[7]).toBe('Reported as a false alarm');
    expect(rows[2]?.[9]).toBe('two\r\nlines, and "quotes"');
  });

  it('defuses a formula typed as a reason or carried by a contact name', () => {
    const rows = parseCsv(toCsv([rec({ reason: '=cmd|"/c calc"!A1', label: '@evil' })]).slice(1));
    expect(rows[1]?.[9]).toBe(`'=cmd|"/c calc"!A1`);
    expect(rows[1]?.[4]).toBe("'@evil");
  });

  it('writes the draft\'s hash or text in their own columns', () => {
    const hash = 'a'.repeat(64);
    const rows = parseCsv(toCsv([rec({ draft: { kind: 'hash', sha256: hash } }), rec({ id: 'r2', draft: { kind: 'text', text: 'Vous pouvez résilier.' } })]).slice(1));
    expect(rows[1]?.slice(10)).toEqual([hash, '']);
    expect(rows[2]?.slice(10)).toEqual(['', 'Vous pouvez résilier.']);
  });

  it('writes French headings and labels when asked', () => {
    const rows = parseCsv(toCsv([rec()], { lang: 'fr' }).slice(1));
    const fr = journalStrings('fr');
    expect(rows[0]?.[1]).toBe(fr.column.time);
    expect(rows[0]?.[9]).toBe('Motif indiqué');
    expect(rows[1]?.[7]).toBe('Envoyé quand même');
    expect(rows[1]?.[8]).toBe('Le client l’a demandé');
  });

  it('has only the heading for an empty journal', () => {
    expect(parseCsv(toCsv([]).slice(1))).toHaveLength(1);
  });

  it('streams the same text, batch by batch', async () => {
    const records = Array.from({ length: 25 }, (_, i) => rec({ id: `r${i}`, time: T + i }));
    const batches = async function* () {
      for (let i = 0; i < records.length; i += 10) yield records.slice(i, i + 10);
    };
    expect(await collect(csvStream(batches()))).toBe(toCsv(records));
    expect(await collect(csvStream([], { lang: 'fr' }))).toBe(toCsv([], { lang: 'fr' }));
  });
});

describe('localTime', () => {
  it('gives the local time with its offset, to the second, and parses back to the same moment', () => {
    const s = localTime(T);
    expect(s).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(Date.parse(s)).toBe(Math.floor(T / 1000) * 1000);
  });
});

describe('toJson', () => {
  it('holds the format, its version, when, which records, and the records with ISO times', () => {
    const records = [rec({ draft: { kind: 'hash', sha256: 'b'.repeat(64) } }), rec({ id: 'r2', label: undefined, justification: undefined, reason: undefined })];
    const from = Date.parse('2026-11-01T00:00:00Z');
    const to = Date.parse('2026-12-01T00:00:00Z');
    const json = JSON.parse(toJson(records, { exportedAt: T, filter: { from, to, site: 'whatsapp', conversation: '15145550111@c.us' } })) as JsonExport;
    expect(json).toEqual({
      format: 'prudence-journal',
      version: 1,
      exportedAt: '2026-11-23T12:34:56.789Z',
      filter: { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', site: 'whatsapp', conversation: '15145550111@c.us' },
      records: [
        {
          id: 'r1',
          time: '2026-11-23T12:34:56.789Z',
          site: 'whatsapp',
          conversation: '15145550111@c.us',
          label: 'Marie Tremblay',
          rules: ['legal-advice', 'no-mandate'],
          severity: 'block',
          decision: 'sent-anyway',
          justification: 'client-asked',
          reason: 'She asked, "in writing", twice',
          draftSha256: 'b'.repeat(64),
        },
        { id: 'r2', time: '2026-11-23T12:34:56.789Z', site: 'whatsapp', conversation: '15145550111@c.us', rules: ['legal-advice', 'no-mandate'], severity: 'block', decision: 'sent-anyway' },
      ],
    });
  });

  it('is valid JSON when empty, and the stream gives the same text', async () => {
    expect(JSON.parse(toJson([], { exportedAt: T })).records).toEqual([]);
    const records = Array.from({ length: 7 }, (_, i) => rec({ id: `r${i}`, draft: { kind: 'text', text: `draft ${i}\n"quoted"` } }));
    const meta = { exportedAt: T, filter: { decision: 'sent-anyway' as const } };
    const streamed = await collect(jsonStream([records.slice(0, 3), [], records.slice(3)], meta));
    expect(streamed).toBe(toJson(records, meta));
    expect((JSON.parse(streamed) as JsonExport).records.map((r) => r.draftText)).toEqual(records.map((r) => (r.draft?.kind === 'text' ? r.draft.text : '')));
  });
});

describe('the false-alarm reports', () => {
  const records = [
    rec({ id: 'a', decision: 'false-alarm', reason: 'a greeting, not advice', draft: { kind: 'text', text: 'secret draft' } }),
    rec({ id: 'b', decision: 'sent-anyway' }),
    rec({ id: 'c', decision: 'false-alarm', rules: ['hostile-tone'], justification: undefined, reason: undefined, site: 'x' }),
  ];

  it('CSV: only the reports, with rules, time, site and reason, without the conversation or the draft', () => {
    const csv = falseAlarmsCsv(records);
    expect(csv).not.toContain('15145550111');
    expect(csv).not.toContain('Marie');
    expect(csv).not.toContain('secret draft');
    const rows = parseCsv(csv.slice(1));
    expect(rows).toEqual([
      ['Time', 'Site', 'Rules', 'Severity', 'Justification', 'Reason given'],
      [localTime(T), 'whatsapp', 'legal-advice no-mandate', 'Asks before sending', 'The client asked for it', 'a greeting, not advice'],
      [localTime(T), 'x', 'hostile-tone', 'Asks before sending', '', ''],
    ]);
  });

  it('CSV: the conversation when asked', () => {
    const rows = parseCsv(falseAlarmsCsv(records, { conversation: true, lang: 'fr' }).slice(1));
    expect(rows[0]?.slice(-2)).toEqual(['Conversation', 'Contact']);
    expect(rows[1]?.slice(-2)).toEqual(['15145550111@c.us', 'Marie Tremblay']);
  });

  it('JSON: its own format, no id, decision, conversation or draft unless the conversation is asked', () => {
    const json = JSON.parse(falseAlarmsJson(records, { exportedAt: T })) as JsonExport;
    expect(json.format).toBe('prudence-false-alarms');
    expect(json.records).toEqual([
      { time: '2026-11-23T12:34:56.789Z', site: 'whatsapp', rules: ['legal-advice', 'no-mandate'], severity: 'block', justification: 'client-asked', reason: 'a greeting, not advice' },
      { time: '2026-11-23T12:34:56.789Z', site: 'x', rules: ['hostile-tone'], severity: 'block' },
    ]);
    const asked = JSON.parse(falseAlarmsJson(records, { exportedAt: T, conversation: true })) as JsonExport;
    expect(asked.records[0]).toMatchObject({ conversation: '15145550111@c.us', label: 'Marie Tremblay' });
    expect(asked.records[0]).not.toHaveProperty('draftText');
    expect(exportedRecord(records[0]!, { kind: 'false-alarms' })).not.toHaveProperty('id');
  });
});

describe('exportFileName', () => {
  it('names the kind and the local day', () => {
    expect(exportFileName('journal', 'csv', T)).toBe(`prudence-journal-${localTime(T).slice(0, 10)}.csv`);
    expect(exportFileName('false-alarms', 'json', T)).toMatch(/^prudence-false-alarms-\d{4}-\d\d-\d\d\.json$/);
  });
});
