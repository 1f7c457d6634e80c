/**
 * Both ways of marking flagged words: the CSS Custom Highlight API, and boxes
 * drawn in our own shadow root (the fallback, and the only way for a
 * textarea). Boxes must sit on the words and follow them on typing and resize.
 */
import { expect, openPlayground, test } from './fixtures';
import { overlayBoxes, registeredHighlights, setSettings, waitForStatus, wordRects } from './guard-helpers';

const COMPOSE = '#main footer [data-lexical-editor="true"]';
const WORDS = 'You should sue';

function near(boxes: number[][], rects: number[][]): boolean {
  return rects.length > 0 && rects.every((r) => boxes.some((b) => b.every((v, i) => Math.abs(v - (r[i] ?? NaN)) <= 2)));
}

test('the Highlight API path registers a range over exactly the flagged words', async ({ page, extContext, playground }) => {
  await setSettings(extContext, { profile: 'lawyer', highlights: 'auto' });
  await openPlayground(page, playground, 'whatsapp');
  await page.locator(COMPOSE).click();
  await page.keyboard.type(`${WORDS} your landlord.`);
  await waitForStatus(page, (s) => s.badge === 'block' && s.highlightMode === 'api', 'block finding, API path');
  await expect.poll(async () => (await registeredHighlights(page))['prudence-block']).toEqual([WORDS]);
  expect(await overlayBoxes(page)).toEqual([]);
  // Clearing the draft clears the marks.
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect.poll(async () => Object.values(await registeredHighlights(page)).flat()).toEqual([]);
});

test('the overlay path draws boxes on the words and keeps them there on typing and resize', async ({ page, extContext, playground }) => {
  await setSettings(extContext, { profile: 'lawyer', highlights: 'overlay' });
  await openPlayground(page, playground, 'whatsapp');
  await page.locator(COMPOSE).click();
  await page.keyboard.type(`${WORDS} your landlord.`);
  await waitForStatus(page, (s) => s.badge === 'block' && s.highlightMode === 'overlay', 'block finding, overlay path');
  expect(await registeredHighlights(page)).toEqual({});
  await expect.poll(async () => near(await overlayBoxes(page), await wordRects(page, COMPOSE, WORDS))).toBe(true);

  // Typing in front of the words moves them: the boxes follow.
  await page.keyboard.press('Home');
  await page.keyboard.type('Honestly, ');
  await expect.poll(async () => near(await overlayBoxes(page), await wordRects(page, COMPOSE, WORDS))).toBe(true);

  // A narrower window moves the compose box: the boxes follow.
  await page.setViewportSize({ width: 900, height: 700 });
  await expect.poll(async () => near(await overlayBoxes(page), await wordRects(page, COMPOSE, WORDS))).toBe(true);
});
