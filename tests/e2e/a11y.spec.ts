/**
 * Accessibility of every surface: axe-core (WCAG 2.1 A and AA rules) finds no
 * serious or critical violation in the in-page UI (badge, notices, panel,
 * confirm dialog), the options page and the popup, in English and in French;
 * every control of the options page and the popup is reached by Tab alone;
 * and new findings are announced politely, once per change.
 *
 * The guard's shadow root is closed, which axe cannot look into: the UI is
 * audited through renderForAudit(), the same tree and styles in an open root.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { UiState } from '../../src/ui/types';
import { CHROME_EXTENSION_ID } from '../../src/policy/ids';
import { CASES } from './cases';
import { expect, injectModule, openPlayground, test, type Playground } from './fixtures';
import { inUi, setSettings, waitForStatus } from './guard-helpers';
import { ADVICE, DATA } from './ui-findings';

type UiModule = typeof import('../../src/ui/test-entry');

declare global {
  interface Window {
    PrudenceUi: UiModule;
  }
}

const BOX = { top: 420, left: 100, width: 520, height: 60 };

function state(over: Partial<UiState>): UiState {
  return { locale: 'en', anchor: BOX, badge: 'block', findings: [ADVICE, DATA], panelOpen: false, confirm: null, recipient: 'Marie Tremblay', notice: null, ...over };
}

const UI_STATES: Record<string, UiState> = {
  'badge and notices': state({
    notices: [
      { kind: 'consent', text: 'No consent to texting is on file for this client.', reply: { templateId: 'notice.consent-request', text: 'Could you confirm you agree to texting?' } },
      { kind: 'unencrypted', text: 'This conversation is not end-to-end encrypted.' },
    ],
  }),
  'panel with findings and the contact strip': state({ panelOpen: true, contact: { status: null, consent: false } }),
  'panel, French': state({ locale: 'fr', panelOpen: true, contact: { status: 'client', consent: true } }),
  'panel, clean draft': state({ panelOpen: true, badge: 'clean', findings: [] }),
  'panel with a failure notice': state({ panelOpen: true, notice: 'The reply could not be inserted.' }),
  'confirm dialog with a reason asked': state({ confirm: { findings: [ADVICE], reply: ADVICE.replies[0] ?? null, reasonRequired: true } }),
  'confirm dialog, French': state({ locale: 'fr', confirm: { findings: [ADVICE], reply: null } }),
};

/** Serious and critical violations under the WCAG 2.1 A and AA rules, as readable lines. */
async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include !== undefined) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

test.describe('the in-page UI', () => {
  for (const [name, ui] of Object.entries(UI_STATES)) {
    test(`${name}: no serious or critical axe violation`, async ({ barePage: page }) => {
      await page.setContent('<!doctype html><html lang="en"><head><title>Compose</title></head><body><main><h1>Chat</h1><div id="prudence-audit"></div></main></body></html>');
      await injectModule(page, 'src/ui/test-entry.ts', 'PrudenceUi');
      const callbacks = ['togglePanel', 'closePanel', 'ignore', 'insert', 'edit', 'sendAnyway', 'falseAlarm', 'dismissNotice', 'dismissContextNotice', 'setContact'];
      await page.evaluate(
        ({ st, names }) => {
          const cb = Object.fromEntries(names.map((n) => [n, () => undefined]));
          window.PrudenceUi.renderForAudit(document.getElementById('prudence-audit') as HTMLElement, st, cb as never);
        },
        { st: ui, names: callbacks },
      );
      // What is audited is really there: the badge, and the panel or dialog when the state has one.
      const shown = await page.evaluate(() => {
        const root = document.getElementById('prudence-audit')?.shadowRoot;
        return { buttons: root?.querySelectorAll('button').length ?? 0, dialog: root?.querySelector('[role="dialog"], [role="alertdialog"]') !== null };
      });
      expect(shown.buttons).toBeGreaterThan(0);
      expect(shown.dialog).toBe(ui.panelOpen || ui.confirm !== null);
      expect(await violations(page)).toEqual([]);
    });
  }
});

test.describe('extension pages', () => {
  for (const locale of ['en', 'fr'] as const) {
    test(`options page (${locale}): no serious or critical axe violation, every control reached by Tab`, async ({ page, extContext }) => {
      await setSettings(extContext, { locale });
      await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
      await expect(page.locator('h2').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      expect(await violations(page)).toEqual([]);
      await expectAllReachableByTab(page);
    });

    test(`popup (${locale}): no serious or critical axe violation, every control reached by Tab`, async ({ page, extContext, playground }) => {
      await setSettings(extContext, { locale, profile: 'lawyer' });
      await openPlayground(page, playground as Playground, CASES['whatsapp'].page);
      await waitForStatus(page, (s) => s.active, 'guard active');
      const popup = await extContext.newPage();
      await popup.goto(`chrome-extension://${CHROME_EXTENSION_ID}/popup.html`);
      await expect(popup.locator('h1, h2').first()).toBeVisible();
      expect(await violations(popup)).toEqual([]);
      await expectAllReachableByTab(popup);
      await popup.close();
    });
  }
});

/** Presses Tab through the page and checks every visible, enabled control got the focus. */
async function expectAllReachableByTab(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const w = window as unknown as { visited: Set<Element> };
    w.visited = new Set();
    document.addEventListener('focusin', (e) => w.visited.add(e.target as Element), true);
  });
  const controls = await page.evaluate(() => {
    const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')];
    return all.filter((el) => {
      const r = (el as HTMLElement).getBoundingClientRect();
      const hidden = r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden';
      return !hidden && !(el as HTMLButtonElement).disabled && el.closest('[inert]') === null;
    }).length;
  });
  expect(controls).toBeGreaterThan(0);
  // Radio groups take one Tab stop for the whole group: count what Tab reaches against the stops there should be.
  for (let i = 0; i < controls + 5; i++) await page.keyboard.press('Tab');
  const missed = await page.evaluate(() => {
    const w = window as unknown as { visited: Set<Element> };
    const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')];
    return all
      .filter((el) => {
        const r = (el as HTMLElement).getBoundingClientRect();
        const hidden = r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden';
        if (hidden || (el as HTMLButtonElement).disabled || el.closest('[inert]') !== null) return false;
        // One radio of a group is enough: arrows move within it.
        if (el instanceof HTMLInputElement && el.type === 'radio') {
          const group = [...document.querySelectorAll(`input[type="radio"][name="${el.name}"]`)];
          return !group.some((g) => w.visited.has(g));
        }
        return !w.visited.has(el);
      })
      .map((el) => `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).name ?? '').trim().slice(0, 40)}`);
  });
  expect(missed).toEqual([]);
}

test('findings are announced politely, by name, as they change', async ({ page, extContext, playground }) => {
  await setSettings(extContext, { locale: 'en', profile: 'lawyer' });
  const wa = CASES['whatsapp'];
  await openPlayground(page, playground as Playground, wa.page);
  await waitForStatus(page, (s) => s.active, 'guard active');
  const region = () =>
    inUi(page, (root) => {
      const el = root.querySelector('[data-testid="announce"]');
      return el === null ? null : { live: el.getAttribute('aria-live'), role: el.getAttribute('role'), text: el.textContent ?? '' };
    });
  await page.locator(wa.compose).click();
  await page.keyboard.type('You can break the lease without penalty.');
  await expect.poll(async () => (await region())?.text ?? '').toContain('Legal advice by text');
  const first = await region();
  expect(first?.live).toBe('polite');
  expect(first?.role).toBe('status');
  expect(first?.text).not.toContain('Personal data');
  // A new kind of risk changes what is read out; the words typed never appear in it.
  await page.keyboard.type(' Call me at 514-555-0199.');
  await expect.poll(async () => (await region())?.text ?? '').toContain('Personal data');
  expect((await region())?.text).not.toContain('514');
});
