/**
 * The contacts registry on the options page, in the built extension: a CSV
 * import with its report (a bad row named by its line, the good rows in the
 * list), an export that imports back to the same registry, a refused import
 * that changes nothing, edits that change what the guard does on a
 * playground page, entries added and deleted with the keyboard, the
 * older per-conversation categories moved into the registry, and the
 * organisation's list from a policy (shown read-only, applied by the guard,
 * not overwritten from the panel).
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHROME_EXTENSION_ID } from '../../src/policy/ids';
import { launch } from './browser';
import { CASES } from './cases';
import { expect, openPlayground, test, type Playground } from './fixtures';
import { clickUi, setSettings, storageGet, uiText, waitForStatus } from './guard-helpers';

// The extension APIs, inside service-worker evaluate() callbacks (typed loosely: test code only).
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

declare global {
  interface Window {
    __xss?: number;
  }
}

const wa = CASES['whatsapp'];
const SOPHIE_KEY = 'whatsapp:Sophie Tremblay';
const SOPHIE = `whatsapp|${SOPHIE_KEY}`;
const XSS = '<img src=x onerror=window.__xss=1>';

type Stored = Record<string, Record<string, unknown>>;

async function storageSet(context: BrowserContext, items: Record<string, unknown>): Promise<void> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await sw.evaluate(async (i) => chrome.storage.local.set(i), items);
}

async function contacts(context: BrowserContext): Promise<Stored | undefined> {
  return (await storageGet(context, 'contacts')) as Stored | undefined;
}

/** The stored registry without the change times (an import dates what it writes). */
async function contactsUndated(context: BrowserContext): Promise<Stored> {
  const all = (await contacts(context)) ?? {};
  return Object.fromEntries(Object.entries(all).map(([k, { updatedAt: _t, ...rest }]) => [k, rest]));
}

async function openContacts(page: Page, extId: string): Promise<Locator> {
  await page.goto(`chrome-extension://${extId}/options.html`);
  const section = page.locator('section[aria-labelledby="contacts-title"]');
  await expect(section.getByTestId('contacts-count')).toBeVisible();
  return section;
}

function csvFile(text: string | Buffer, name = 'contacts.csv') {
  return { name, mimeType: 'text/csv', buffer: typeof text === 'string' ? Buffer.from(text, 'utf8') : text };
}

const entry = (key: string, fields: Record<string, unknown>) => ({ site: key.slice(0, key.indexOf(':')), key, consent: false, updatedAt: 1, ...fields });

test('an import with a bad row reports it by its line and brings in the good rows', async ({ page, extContext, extId }) => {
  await setSettings(extContext, {});
  const section = await openContacts(page, extId);
  await expect(section.getByTestId('contacts-count')).toHaveText('No contact yet.');

  // As French Excel saves it: semicolons, CRLF, a quoted note holding quotes and a line break (so the bad row is on line 4).
  const csv = [
    'Site;Key;Label;Status;Mandate date;Consent;ConsentDate;Note',
    `whatsapp;${SOPHIE_KEY};Sophie Tremblay;client;2026-01-15;oui;2026-01-16;"Bail, rue ""Saint-Denis""`,
    'à rappeler"',
    'messenger;messenger:42;Paul;clent;;;;',
    `x-chat;x-chat:@bob;Bob;prospect;;non;;${XSS}`,
    '',
  ].join('\r\n');
  await section.getByLabel('Contacts file (CSV)', { exact: true }).setInputFiles(csvFile(`\ufeff${csv}`));

  const report = section.getByTestId('contacts-import-report');
  await expect(report).toContainText('2 of 3 rows imported.');
  await expect(report.getByTestId('contacts-import-rejected').locator('li')).toHaveText(['line 4: status "clent" is not one of client, prospect, customer']);

  await expect(section.locator(`tr[data-contact="${SOPHIE}"]`)).toBeVisible();
  await expect(section.getByLabel('Status of Sophie Tremblay', { exact: true })).toHaveValue('client');
  await expect(section.getByLabel('Consent to texting of Sophie Tremblay on file', { exact: true })).toBeChecked();
  await expect(section.getByLabel('Date the mandate of Sophie Tremblay was signed', { exact: true })).toHaveValue('2026-01-15');
  await expect(section.getByLabel('Note on Sophie Tremblay', { exact: true })).toHaveValue('Bail, rue "Saint-Denis"\nà rappeler');
  // The note is text, never markup.
  await expect(section.getByLabel('Note on Bob', { exact: true })).toHaveValue(XSS);
  await expect(page.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  await expect(section.locator('tr[data-contact^="messenger|"]')).toHaveCount(0);
  expect(Object.keys((await contacts(extContext)) ?? {}).sort()).toEqual([SOPHIE, 'x-chat|x-chat:@bob']);
});

test('the export downloads a CSV that imports back to the same registry', async ({ page, extContext, extId }) => {
  await setSettings(extContext, {});
  await storageSet(extContext, {
    contacts: {
      [SOPHIE]: entry(SOPHIE_KEY, { label: 'Sophie Tremblay', status: 'client', mandateDate: '2026-01-15', consent: true, consentDate: '2026-01-16', note: 'Dit "urgent", puis:\nrappeler' }),
      'messenger|messenger:42': entry('messenger:42', { label: '+1 514 555 0100', status: 'customer', note: '=HYPERLINK("http://evil.example")' }),
      'gmail|gmail:zoé@example.com': entry('gmail:zoé@example.com', { status: 'prospect' }),
    },
  });
  const before = await contactsUndated(extContext);
  const section = await openContacts(page, extId);
  await expect(section.getByTestId('contacts-count')).toHaveText('3 contacts.');

  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Export the contacts (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^prudence-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = (await download.path()) as string;
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\ufeffsite,key,label,status,mandateDate,consent,consentDate,note\r\n')).toBe(true);
  // Defused for spreadsheets: neither cell starts a formula.
  expect(text).toContain(`'+1 514 555 0100`);
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);

  await storageSet(extContext, { contacts: {} });
  await expect(section.getByTestId('contacts-count')).toHaveText('No contact yet.');
  await section.getByLabel('Contacts file (CSV)', { exact: true }).setInputFiles(path);
  await expect(section.getByTestId('contacts-import-report')).toContainText('3 of 3 rows imported.');
  expect(await contactsUndated(extContext)).toEqual(before);
});

test('a refused file changes nothing, and says why', async ({ page, extContext, extId }) => {
  await setSettings(extContext, {});
  await storageSet(extContext, { contacts: { [SOPHIE]: entry(SOPHIE_KEY, { label: 'Sophie Tremblay', status: 'prospect' }) } });
  const stored = await contacts(extContext);
  const section = await openContacts(page, extId);
  const input = section.getByLabel('Contacts file (CSV)', { exact: true });
  const report = section.getByTestId('contacts-import-report');

  await input.setInputFiles(csvFile(`site,key,label\r\nwhatsapp,${SOPHIE_KEY},Someone else\r\n`));
  await expect(report).toHaveText('The heading line has no “status” column. Expected: site, key, label, status, mandateDate, consent, consentDate, note. Nothing was changed.');

  await input.setInputFiles(csvFile(Buffer.alloc(2 * 1024 * 1024 + 1, 'a'), 'huge.csv'));
  await expect(report).toHaveText('The file is larger than 2 MB. Nothing was changed.');

  expect(await contacts(extContext)).toEqual(stored);
  await expect(section.getByLabel('Status of Sophie Tremblay', { exact: true })).toHaveValue('prospect');
});

test("a status changed on the options page changes what the guard does on the page", async ({ page, extContext, extId, playground }) => {
  await setSettings(extContext, { profile: 'lawyer' });
  await storageSet(extContext, { contacts: { [SOPHIE]: entry(SOPHIE_KEY, { label: 'Sophie Tremblay', status: 'prospect' }) } });
  await openPlayground(page, playground as Playground, wa.page);
  await waitForStatus(page, (s) => s.active && s.identity?.key === SOPHIE_KEY, 'whatsapp: Sophie Tremblay');
  await page.locator(wa.compose).first().click();
  await page.keyboard.type(wa.risky.text);
  await waitForStatus(page, (s) => s.context?.recipient === 'prospect' && s.findings.some((f) => f.ruleId === 'no-mandate'), 'no-mandate to a prospect');

  const options = await extContext.newPage();
  const section = await openContacts(options, extId);
  await section.getByLabel('Status of Sophie Tremblay', { exact: true }).selectOption('client');
  await section.getByLabel('Consent to texting of Sophie Tremblay on file', { exact: true }).check();
  await expect.poll(async () => (await contacts(extContext))?.[SOPHIE]).toMatchObject({ status: 'client', consent: true, consentDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  await options.close();

  const s = await waitForStatus(page, (x) => x.context?.recipient === 'client', 'marked as a client with consent');
  expect(s.findings.map((f) => f.ruleId)).not.toContain('no-mandate');
});

test('with the keyboard: add an entry by hand, find it, delete it after a confirmation', async ({ page, extContext, extId }) => {
  await setSettings(extContext, {});
  await storageSet(extContext, { contacts: { [SOPHIE]: entry(SOPHIE_KEY, { label: 'Sophie Tremblay', status: 'client' }) } });
  const section = await openContacts(page, extId);

  await section.getByLabel('Site', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(section.getByLabel('Conversation key', { exact: true })).toBeFocused();
  await page.keyboard.type('Daniel Okafor');
  await page.keyboard.press('Tab');
  await expect(section.getByLabel('Status', { exact: true })).toBeFocused();
  await section.getByLabel('Status', { exact: true }).selectOption('prospect');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await contacts(extContext))?.['whatsapp|whatsapp:Daniel Okafor']).toMatchObject({ status: 'prospect', consent: false });
  await expect(page.getByRole('status')).toHaveText('whatsapp:Daniel Okafor was added.');

  // The same conversation again is refused, with the reason.
  await section.getByLabel('Conversation key', { exact: true }).fill('whatsapp:Daniel Okafor');
  await section.getByLabel('Conversation key', { exact: true }).press('Enter');
  await expect(section.locator('#contact-add-error')).toHaveText('This conversation is already in the list: change it there.');

  await section.getByLabel('Search the contacts', { exact: true }).fill('okafor');
  await expect(section.getByTestId('contacts-count')).toHaveText('1 of 2 contacts shown.');
  await section.getByRole('button', { name: 'Delete the entry for whatsapp:Daniel Okafor' }).focus();
  await page.keyboard.press('Enter');
  // The question takes the focus on its safe answer; "Keep it" gives it back to "Delete".
  await expect(section.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('button', { name: 'Delete the entry for whatsapp:Daniel Okafor' })).toBeFocused();
  expect((await contacts(extContext))?.['whatsapp|whatsapp:Daniel Okafor']).toBeDefined();
  await page.keyboard.press('Enter');
  await section.getByRole('group', { name: 'Delete the entry for whatsapp:Daniel Okafor?' }).getByRole('button', { name: 'Delete it' }).press('Enter');
  await expect.poll(async () => Object.keys((await contacts(extContext)) ?? {})).toEqual([SOPHIE]);
  await expect(section.getByTestId('contacts-count')).toHaveText('No contact matches this search.');
});

test('the older per-conversation categories move into the list; what it cannot hold stays, and can be deleted', async ({ page, extContext, extId }) => {
  await setSettings(extContext, { profile: 'lawyer', recipients: { [SOPHIE_KEY]: 'client', 'messenger:42': 'client-no-consent', 'linkedin:Ann': 'unknown' } });
  // The background moves them as soon as they are stored.
  await expect.poll(async () => ((await storageGet(extContext, 'settings')) as { recipients?: unknown }).recipients).toEqual({ 'linkedin:Ann': 'unknown' });
  expect(await contactsUndated(extContext)).toEqual({
    [SOPHIE]: { site: 'whatsapp', key: SOPHIE_KEY, status: 'client', consent: true },
    'messenger|messenger:42': { site: 'messenger', key: 'messenger:42', status: 'client', consent: false },
  });

  const section = await openContacts(page, extId);
  await expect(section.getByLabel(`Status of ${SOPHIE_KEY}`, { exact: true })).toHaveValue('client');
  const legacy = section.locator('tr[data-conversation="linkedin:Ann"]');
  await expect(legacy).toContainText('Unknown contact');
  await legacy.getByRole('button', { name: 'Remove the category of linkedin:Ann' }).click();
  await expect.poll(async () => storageGet(extContext, 'settings')).toEqual({ profile: 'lawyer' });
  await expect(section.getByText('Older categories still in force')).toHaveCount(0);
});

// In its own browser: the imported policy must not reach other specs.
test("the organisation's list from an imported policy is shown read-only, applied by the guard, and the panel offers no change to it", async ({ playground }) => {
  // Starting a browser of its own takes a good part of the usual 30 s on a busy machine.
  test.setTimeout(60_000);
  const context = await launch({ extension: true });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The lawyer had marked Sophie a prospect; the firm's list says she is a client, consent on file.
    await sw.evaluate((c) => chrome.storage.local.set({ settings: { profile: 'lawyer' }, contacts: c }), { [SOPHIE]: entry(SOPHIE_KEY, { label: 'Sophie Tremblay', status: 'prospect' }) });
    const policy = {
      version: 1,
      contacts: [{ site: 'whatsapp', key: SOPHIE_KEY, label: 'Sophie Tremblay', status: 'client', mandateDate: '2026-01-15', consent: true, consentDate: '2026-01-16', note: `Mandat 2026-114 ${XSS}` }],
    };
    await sw.evaluate((text) => chrome.storage.local.set({ importedPolicy: text }), JSON.stringify(policy));
    await expect.poll(async () => ((await storageGet(context, 'policyState')) as { source?: string } | undefined)?.source).toBe('imported');

    const page = await context.newPage();
    await openPlayground(page, playground as Playground, wa.page);
    await waitForStatus(page, (s) => s.active && s.identity?.key === SOPHIE_KEY, 'whatsapp: Sophie Tremblay');
    await page.locator(wa.compose).first().click();
    await page.keyboard.type(wa.risky.text);
    const s = await waitForStatus(page, (x) => x.context?.recipient === 'client' && x.findings.length > 0, "the firm's entry applies");
    expect(s.findings.map((f) => f.ruleId)).not.toContain('no-mandate');

    // The panel says the firm's list sets this conversation and offers no button to change it.
    await clickUi(page, /^Prudence/);
    await expect.poll(() => uiText(page)).toContain("Set by your organisation's list");
    expect(await uiText(page)).not.toContain('Client, mandate signed');
    await clickUi(page, /^Close the Prudence panel$/);
    await page.evaluate((id) => window.__playground?.switchTo(id), (wa.other as { id: string }).id);
    await waitForStatus(page, (x) => x.identity !== null && x.identity.key !== SOPHIE_KEY, 'other conversation');
    await page.locator(wa.compose).first().click();
    await page.keyboard.type(wa.risky.text);
    await waitForStatus(page, (x) => x.findings.some((f) => f.ruleId === 'no-mandate'), 'no-mandate in the other conversation');
    await clickUi(page, /^Prudence/);
    await clickUi(page, /^Prospect$/);
    // The user's own entry for Sophie stays as it was, under the firm's.
    await expect.poll(async () => Object.keys((await storageGet(context, 'contacts')) as Stored).length).toBe(2);
    expect(((await storageGet(context, 'contacts')) as Stored)[SOPHIE]).toEqual(entry(SOPHIE_KEY, { label: 'Sophie Tremblay', status: 'prospect' }));

    const options = await context.newPage();
    const section = await openContacts(options, CHROME_EXTENSION_ID);
    const firmRow = section.locator(`tr[data-contact="${SOPHIE}"][data-source="organisation"]`);
    await expect(firmRow).toContainText('Set by your organisation');
    await expect(firmRow.locator('td').first()).toHaveText('Client');
    await expect(firmRow.locator('input, select, textarea, button')).toHaveCount(0);
    // Dates as text in the user's locale.
    const expected = await options.evaluate(() => new Intl.DateTimeFormat(navigator.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 15, 12)));
    await expect(firmRow.locator('time[datetime="2026-01-15"]')).toHaveText(expected);
    await expect(firmRow.locator('.contact-note')).toHaveText(`Mandat 2026-114 ${XSS}`);
    await expect(options.locator('img')).toHaveCount(0);
    // The user's own entry is still listed, and says it does not apply.
    await expect(section.locator(`tr[data-contact="${SOPHIE}"][data-source="user"]`)).toContainText('Your organisation’s list also names this conversation: its entry applies.');
    // Adding it by hand is refused.
    await section.getByLabel('Conversation key', { exact: true }).fill('Sophie Tremblay');
    await section.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(section.locator('#contact-add-error')).toHaveText('Your organisation’s list sets this conversation.');
  } finally {
    await context.close();
  }
});
