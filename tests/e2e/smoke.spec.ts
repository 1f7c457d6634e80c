import { expect, openPlayground, test } from './fixtures';

test('the built extension loads and its service worker answers', async ({ extContext, extId }) => {
  expect(extId).toMatch(/^[a-p]{32}$/);
  const worker = extContext.serviceWorkers()[0];
  expect(worker).toBeDefined();
});

test('the playground serves the WhatsApp page with its editor', async ({ barePage, playground }) => {
  await openPlayground(barePage, playground, 'whatsapp');
  await expect(barePage.locator('#main footer [data-lexical-editor="true"]')).toBeVisible();
});
