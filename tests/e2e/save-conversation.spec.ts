/**
 * Saving the conversation from the panel, in the built extension: the file
 * the browser downloads holds the messages the chat shows, in order, never
 * the draft; the web page version has the page's text as text; a site whose
 * messages Prudence cannot attribute saves nothing and says why.
 */
import { readFile } from 'node:fs/promises';
import { CASES } from './cases';
import { expect, openPlayground, test, type Playground } from './fixtures';
import { clickUi, setSettings, uiText, waitForStatus } from './guard-helpers';

const wa = CASES['whatsapp'];

test.beforeEach(async ({ extContext }) => {
  await setSettings(extContext, { profile: 'lawyer', locale: 'en' });
});

test('WhatsApp: "Save as text" downloads the visible messages in order, without the draft', async ({ page, playground }) => {
  await openPlayground(page, playground as Playground, wa.page);
  await waitForStatus(page, (s) => s.active, 'guard active');
  await page.locator(wa.compose).click();
  await page.keyboard.type('DRAFT-5521 not sent yet');
  await clickUi(page, /^Prudence/);
  const download = page.waitForEvent('download');
  await clickUi(page, /^Save as text$/);
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^prudence-whatsapp-.*\.txt$/);
  const text = await readFile((await file.path()) as string, 'utf8');
  const shown = await page.locator('[data-pre-plain-text] .selectable-text').allTextContents();
  expect(shown.length).toBeGreaterThan(2);
  let from = 0;
  for (const message of shown) {
    const at = text.indexOf(message.trim(), from);
    expect(at, `"${message}" in order in the file`).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }
  expect(text).not.toContain('DRAFT-5521');
  // The draft is still there, untouched.
  await expect(page.locator(wa.compose)).toContainText('DRAFT-5521 not sent yet');
});

test('WhatsApp: "Save as web page" keeps the page text as text', async ({ page, playground }) => {
  await openPlayground(page, playground as Playground, wa.page);
  await waitForStatus(page, (s) => s.active, 'guard active');
  await page.locator(wa.compose).click();
  await clickUi(page, /^Prudence/);
  const download = page.waitForEvent('download');
  await clickUi(page, /^Save as web page$/);
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.html$/);
  const html = await readFile((await file.path()) as string, 'utf8');
  expect(html).toContain('&lt;b&gt;not bold&lt;/b&gt; &amp; co');
  expect(html).not.toContain('<b>not bold</b>');
  expect(html).not.toMatch(/<script/i);
});

test('Messenger: nothing is saved, and the panel says why', async ({ page, playground }) => {
  const ms = CASES['messenger'];
  await openPlayground(page, playground as Playground, ms.page);
  await waitForStatus(page, (s) => s.active, 'guard active');
  await page.locator(ms.compose).click();
  await clickUi(page, /^Prudence/);
  let downloads = 0;
  page.on('download', () => downloads++);
  await clickUi(page, /^Save as text$/);
  await expect.poll(() => uiText(page)).toContain('cannot tell who wrote what');
  expect(downloads).toBe(0);
});
