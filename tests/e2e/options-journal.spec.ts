/**
 * The options page's journal: filters by contact and by a range of local
 * days narrow the list (paged, newest first) and the count; the CSV and JSON
 * exports hold the filtered records only; an export cancelled or failing
 * half-way gives no file and leaves the journal as it was; the week counters
 * per rule.
 *
 * Runs in its own browser: the journal must hold exactly these records.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { isoWeek } from '../../src/journal/record';
import type { NewRecord } from '../../src/journal/types';
import { CHROME_EXTENSION_ID } from '../../src/policy/ids';
import { launch } from './browser';
import { expect, test } from './fixtures';
import { journalRecords, setSettings } from './guard-helpers';
import { dayAgo, noonDaysAgo, writeJournal, type JournalWrite } from './journal-helpers';

test.describe.configure({ mode: 'serial' });

const record = (daysAgo: number, extra: Partial<NewRecord>): NewRecord => ({
  time: noonDaysAgo(daysAgo),
  site: 'whatsapp',
  conversation: 'marie@c.us',
  label: 'Marie Tremblay',
  rules: ['legal-advice'],
  severity: 'block',
  decision: 'sent-anyway',
  ...extra,
});

const marie = (d: number) => record(d, {});
const paul = (d: number) => record(d, { site: 'messenger', conversation: 'paul.r', label: 'Paul Roy', rules: ['no-mandate'], decision: 'sent-after-warning', severity: 'warn' });
const bob = (d: number) => record(d, { site: 'x', conversation: '@bob', label: '=HYPERLINK("x") <b>Bob</b>', rules: ['hostile-tone'], decision: 'false-alarm', reason: 'Only quoting him' });
const firm = (i: number) => record(20 + (i % 10), { site: 'linkedin', conversation: 'dupont', label: 'Cabinet Dupont', rules: ['case-strategy'], reason: `note ${i}` });

const RECORDS: NewRecord[] = [marie(10), marie(5), marie(1), paul(5), paul(2), bob(3), ...Array.from({ length: 55 }, (_, i) => firm(i))];
const TOTAL = RECORDS.length; // 61

test.describe('the journal on the options page', () => {
  let context: BrowserContext;
  let page: Page;
  let journal: Locator;

  const count = () => journal.getByTestId('journal-count');
  const rows = () => journal.locator('table.journal tbody tr');
  const contactCells = async () => rows().locator('td:nth-child(3)').allTextContents();

  async function download(button: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), journal.getByRole('button', { name: button, exact: true }).click()]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path()) as string, 'utf8') };
  }

  test.beforeAll(async () => {
    context = await launch({ extension: true });
    await setSettings(context, { locale: 'en' });
    const writes: JournalWrite[] = RECORDS.map((r) => ({ record: r }));
    // Counted, never recorded: a draft revised after the warning, one not sent.
    writes.push({ tally: { time: noonDaysAgo(1), rules: ['legal-advice'], decision: 'revised' } }, { tally: { time: noonDaysAgo(1), rules: ['personal-data'], decision: 'cancelled' } });
    await writeJournal(context, writes);
    page = await context.newPage();
    await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
    journal = page.locator('section#journal');
    await expect(count()).toHaveText(`${TOTAL} records.`);
  });

  test.afterAll(async () => {
    await context?.close();
  });

  test('the list is paged, newest first, with a control for more', async () => {
    await expect(rows()).toHaveCount(50);
    await expect(journal.getByText(`Newest first: 50 of ${TOTAL} shown.`)).toBeVisible();
    const times = await rows().locator('time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime') ?? '')));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await journal.getByRole('button', { name: `Show ${TOTAL - 50} more` }).click();
    await expect(rows()).toHaveCount(TOTAL);
    await expect(journal.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
    // Text from the journal stays text.
    await expect(rows().filter({ hasText: 'Bob' }).locator('td').nth(2)).toHaveText('=HYPERLINK("x") <b>Bob</b>');
    await expect(journal.locator('b')).toHaveCount(0);
  });

  test('filtering by contact and by date range changes the list and the count', async () => {
    const contact = journal.getByLabel('Contact', { exact: true });
    await contact.selectOption({ label: 'Marie Tremblay (whatsapp)' });
    await expect(count()).toHaveText(`3 records match the filters, of ${TOTAL}.`);
    await expect(rows()).toHaveCount(3);
    expect(new Set(await contactCells())).toEqual(new Set(['Marie Tremblay']));

    // From 6 days ago to yesterday, both included: Marie's records of 5 days ago and of yesterday.
    await journal.getByLabel('From', { exact: true }).fill(dayAgo(6));
    await journal.getByLabel('To', { exact: true }).fill(dayAgo(1));
    await expect(count()).toHaveText(`2 records match the filters, of ${TOTAL}.`);
    await expect(rows()).toHaveCount(2);

    // Every contact in that range: Marie twice, Paul twice, Bob once.
    await contact.selectOption({ label: 'Every contact' });
    await expect(count()).toHaveText(`5 records match the filters, of ${TOTAL}.`);
    expect((await contactCells()).sort()).toEqual(['=HYPERLINK("x") <b>Bob</b>', 'Marie Tremblay', 'Marie Tremblay', 'Paul Roy', 'Paul Roy']);

    // One day only.
    await journal.getByLabel('From', { exact: true }).fill(dayAgo(2));
    await journal.getByLabel('To', { exact: true }).fill(dayAgo(2));
    await expect(count()).toHaveAttribute('data-journal-count', '1');
    expect(await contactCells()).toEqual(['Paul Roy']);

    // A range the wrong way round matches nothing, and says why.
    await journal.getByLabel('From', { exact: true }).fill(dayAgo(1));
    await journal.getByLabel('To', { exact: true }).fill(dayAgo(3));
    await expect(journal.getByText('The start date is after the end date: no record can match.')).toBeVisible();
    await expect(count()).toHaveText(`No record matches the filters (${TOTAL} in the journal).`);
    await expect(rows()).toHaveCount(0);
    await expect(journal.getByRole('button', { name: 'Export as CSV' })).toBeDisabled();

    await journal.getByRole('button', { name: 'Show every record' }).click();
    await expect(count()).toHaveText(`${TOTAL} records.`);
    await expect(journal.getByLabel('From', { exact: true })).toHaveValue('');
  });

  test('the CSV and JSON exports hold only the filtered records', async () => {
    await journal.getByLabel('Contact', { exact: true }).selectOption({ label: 'Paul Roy (messenger)' });
    await journal.getByLabel('From', { exact: true }).fill(dayAgo(3));
    await journal.getByLabel('To', { exact: true }).fill(dayAgo(0));
    await expect(count()).toHaveAttribute('data-journal-count', '1');

    const csv = await download('Export as CSV');
    expect(csv.name).toMatch(/^prudence-journal-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('paul.r');
    expect(csv.text).not.toContain('marie@c.us');

    const json = await download('Export as JSON');
    expect(json.name).toMatch(/^prudence-journal-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(json.text) as { filter: Record<string, string>; records: Array<{ conversation: string; time: string }> };
    expect(parsed.records.map((r) => r.conversation)).toEqual(['paul.r']);
    expect(Date.parse(parsed.records[0]!.time)).toBe(noonDaysAgo(2));
    expect(parsed.filter).toMatchObject({ site: 'messenger', conversation: 'paul.r' });

    // A date range alone, every contact: the five records of the last six days.
    await journal.getByLabel('Contact', { exact: true }).selectOption({ label: 'Every contact' });
    await journal.getByLabel('From', { exact: true }).fill(dayAgo(6));
    await expect(count()).toHaveAttribute('data-journal-count', '5');
    const range = await download('Export as CSV');
    expect(range.text.split('\r\n').filter((l) => l !== '')).toHaveLength(6);
    expect(range.text).not.toContain('dupont');
    // A formula in a label is defused in the file.
    expect(range.text).toContain(`"'=HYPERLINK(""x"") <b>Bob</b>"`);

    // The false alarms stay the admin's: every report, whatever the filters.
    const alarms = await download('Export the false alarms (CSV)');
    expect(alarms.name).toMatch(/^prudence-false-alarms-/);
    expect(alarms.text.split('\r\n').filter((l) => l !== '')).toHaveLength(2);
    expect(alarms.text).not.toContain('@bob');

    await journal.getByRole('button', { name: 'Show every record' }).click();
    await expect(count()).toHaveText(`${TOTAL} records.`);
  });

  test('an export cancelled or failing half-way saves no file and leaves the journal intact', async () => {
    const before = await journalRecords(context);
    expect(before).toHaveLength(TOTAL);
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));

    // The export's first read never answers (a slow disk), so the export is still running when cancelled.
    await page.evaluate(() => {
      const w = window as unknown as { __restore?: () => void };
      const store = IDBObjectStore.prototype.getAll;
      const index = IDBIndex.prototype.getAll;
      const hold = <T extends IDBObjectStore | IDBIndex>(original: T['getAll']) =>
        function (this: T, ...args: Parameters<T['getAll']>) {
          const rq = (original as (...a: unknown[]) => IDBRequest).apply(this, args);
          // Swallows the page's success handler: the read stays pending for the page.
          Object.defineProperty(rq, 'onsuccess', { set() {}, get: () => null });
          return rq;
        };
      IDBObjectStore.prototype.getAll = hold<IDBObjectStore>(store);
      IDBIndex.prototype.getAll = hold<IDBIndex>(index);
      w.__restore = () => {
        IDBObjectStore.prototype.getAll = store;
        IDBIndex.prototype.getAll = index;
      };
    });
    await journal.getByRole('button', { name: 'Export as CSV' }).click();
    const progress = journal.getByTestId('export-progress');
    await expect(progress).toContainText('Exporting… 0 records read.');
    await expect(journal.getByRole('button', { name: 'Export as JSON' })).toBeDisabled();
    await expect(journal.getByRole('button', { name: 'Clear the journal' })).toBeDisabled();
    await progress.getByRole('button', { name: 'Cancel the export' }).click();
    await expect(page.getByRole('status')).toHaveText('Export cancelled: no file was saved. The journal is unchanged.');
    await expect(progress).toHaveCount(0);

    // The reads now fail outright (the stream breaks on its first batch).
    await page.evaluate(() => {
      const w = window as unknown as { __restore?: () => void };
      w.__restore?.();
      const store = IDBObjectStore.prototype.getAll;
      IDBObjectStore.prototype.getAll = function () {
        throw new DOMException('The disk went away.', 'UnknownError');
      };
      w.__restore = () => {
        IDBObjectStore.prototype.getAll = store;
      };
    });
    await journal.getByRole('button', { name: 'Export as JSON' }).click();
    await expect(journal.getByTestId('export-error')).toHaveText('The export failed and no file was saved; the journal is unchanged. The disk went away.');
    await page.evaluate(() => (window as unknown as { __restore: () => void }).__restore());
    expect(downloads).toEqual([]);

    // Nothing changed, and the next export works.
    expect(await journalRecords(context)).toEqual(before);
    await expect(count()).toHaveText(`${TOTAL} records.`);
    const csv = await download('Export as CSV');
    expect(csv.text.split('\r\n').filter((l) => l !== '')).toHaveLength(TOTAL + 1);
    await expect(journal.getByTestId('export-error')).toHaveCount(0);
  });

  test('the week counters per rule count records and tallies alike', async () => {
    const week = isoWeek(noonDaysAgo(1));
    await journal.getByLabel('Week', { exact: true }).selectOption(week);
    const table = journal.locator(`table.journal-counters[data-week="${week}"]`);
    // Yesterday's week: what each rule saw that week, from the records and tallies written above.
    const inWeek = [...RECORDS.map((r) => ({ time: r.time!, rules: r.rules, decision: r.decision })), { time: noonDaysAgo(1), rules: ['legal-advice'], decision: 'revised' }, { time: noonDaysAgo(1), rules: ['personal-data'], decision: 'cancelled' }].filter(
      (w) => isoWeek(w.time) === week,
    );
    const cells = (rule: string) => table.locator(`tr[data-rule="${rule}"] td`);
    await expect(cells('*').first()).toHaveText(String(inWeek.length));
    await expect(cells('legal-advice').nth(0)).toHaveText(String(inWeek.filter((w) => w.rules.includes('legal-advice')).length));
    await expect(cells('legal-advice').nth(1)).toHaveText('1'); // revised
    await expect(cells('personal-data').nth(2)).toHaveText('1'); // not sent
    await expect(table.locator('thead th')).toHaveText(['Rule', 'Warned about', 'Revised', 'Not sent', 'Sent anyway', 'Sent after a warning', 'False alarms']);
  });
});
