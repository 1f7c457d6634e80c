/**
 * The tour: on each playground page, a risky draft, the panel, a held send,
 * a reply inserted, a clean draft. Screenshots and a summary go to
 * playground-report/ (what `npm start` shows when there is no display).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES } from '../e2e/cases';
import type { SiteCase } from '../e2e/scenarios';
import { ROOT } from '../e2e/browser';
import { expect, openPlayground, sentMessages, test } from '../e2e/fixtures';
import { clickUi, guardStatus, setSettings, uiText, waitForStatus } from '../e2e/guard-helpers';

const REPORT = join(ROOT, 'playground-report');

interface Step {
  page: string;
  step: string;
  ok: boolean;
  detail: string;
}

test('playground tour', async ({ page, extContext, playground }) => {
  mkdirSync(REPORT, { recursive: true });
  const steps: Step[] = [];
  const note = (p: string, step: string, ok: boolean, detail = '') => {
    steps.push({ page: p, step, ok, detail });
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${p.padEnd(11)} ${step}${detail ? `: ${detail}` : ''}`);
  };
  for (const c of Object.values(CASES) as SiteCase[]) {
    const shot = (name: string) => page.screenshot({ path: join(REPORT, `${c.page}-${name}.png`) });
    try {
      await setSettings(extContext, c.settings);
      await openPlayground(page, playground, c.page, c.path ?? '');
      await waitForStatus(page, (s) => s.active, 'compose box found', 10_000);
      const compose = page.locator(c.compose).first();

      await compose.click();
      await page.keyboard.type(c.risky.text);
      const risky = await waitForStatus(page, (s) => s.findings.length > 0, 'findings');
      note(c.page, 'risky draft flagged', true, risky.findings.map((f) => `${f.ruleId} (${f.severity}) "${f.words}"`).join('; '));
      await shot('1-badge');

      await clickUi(page, /^Prudence/);
      await page.waitForTimeout(150);
      await shot('2-panel');
      await clickUi(page, /^Prudence/);

      await compose.click();
      await page.keyboard.press(c.sendKey);
      await page.waitForTimeout(200);
      const held = /Send this message\?/.test(await uiText(page));
      note(c.page, 'send held for confirmation', held && (await sentMessages(page)).length === 0);
      await shot('3-confirm');
      if (held) await clickUi(page, /Edit draft/);

      await clickUi(page, /^Prudence/);
      await clickUi(page, /Insert this reply/);
      await page.waitForTimeout(300);
      const after = await guardStatus(page);
      const draft = await page.evaluate(() => window.__playground?.draft() ?? '');
      note(c.page, 'reply inserted', draft !== c.risky.text && after?.badge === 'clean', draft.slice(0, 80));
      await shot('4-reply');
      await compose.click();
      await page.keyboard.press(c.sendKey);
      await page.waitForTimeout(300);
      const sent = await sentMessages(page);
      note(c.page, 'reply sent by the page', sent.at(-1) === draft);
    } catch (e) {
      note(c.page, 'tour step failed', false, e instanceof Error ? e.message.split('\n')[0] : String(e));
    }
  }
  const lines = [
    '# Playground tour',
    '',
    `Run ${new Date().toISOString()} with the built extension in headless Chromium.`,
    '',
    '| Page | Step | Result | Detail |',
    '|---|---|---|---|',
    ...steps.map((s) => `| ${s.page} | ${s.step} | ${s.ok ? 'ok' : '**failed**'} | ${s.detail.replace(/\|/g, '\\|')} |`),
    '',
    'Screenshots: `<page>-1-badge.png`, `-2-panel.png`, `-3-confirm.png`, `-4-reply.png`.',
  ];
  writeFileSync(join(REPORT, 'summary.md'), `${lines.join('\n')}\n`);
  console.log(`\nSummary and screenshots: ${REPORT}`);
  // The tour is a demonstration, but a step that failed is a failure of the product: say so in the exit code.
  expect(steps.filter((s) => !s.ok)).toEqual([]);
});
