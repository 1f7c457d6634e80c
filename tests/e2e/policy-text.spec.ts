/**
 * Text from an organisation's policy reaches the guard's UI as text. A phrase
 * rule whose message, phrases and replies hold markup is compiled and run by
 * the engine in the page (the same code the content script runs); its
 * findings are shown in the panel and the confirm dialog, read back through
 * the closed shadow root (guard-helpers' uiText, over the DevTools protocol),
 * and must create no element and run no script.
 *
 * tests/unit/policy-hostile.test.ts shows the same policy is valid and that
 * the engine hands the markup back unchanged; tests/e2e/ui.spec.ts covers
 * markup in hand-made findings.
 */
import type { Page } from '@playwright/test';
import type { FindingView, GuardUi, UiState } from '../../src/ui/types';
import { expect, injectModule, test } from './fixtures';
import { uiText } from './guard-helpers';

declare global {
  interface Window {
    PolicyTextUi: typeof import('../../src/ui/test-entry');
    PolicyTextEngine: typeof import('../../src/engine/index');
    policyUi: GuardUi;
    policyRoot: ShadowRoot;
    __pwned?: number;
  }
}

const IMG = '<img src=x onerror="window.__pwned=1">';
const BOLD = '<b>bold</b>';
const MESSAGE = `Never promise an outcome ${IMG} ${BOLD}`;
const DRAFT = `We guarantee it: ${IMG} ${BOLD}`;
const POLICY = {
  phraseRules: [
    {
      id: 'no-guarantee',
      message: { en: MESSAGE },
      severity: 'block',
      match: { en: { anyOf: ['guarantee', IMG, BOLD] } },
      templates: { en: [`Hi {name}, ${IMG} ${BOLD} please call me at {phone}.`, `${BOLD} {firm}`] },
    },
  ],
} as const;
const PAGE = '<!doctype html><html><body><div id="box" style="position:absolute;top:400px;left:100px;width:500px;height:60px"></div></body></html>';

/** The findings the engine gives for DRAFT under POLICY, as the guard hands them to the UI. */
async function policyFindings(page: Page): Promise<FindingView[]> {
  return page.evaluate(
    ({ policy, draft }) => {
      const engine = window.PolicyTextEngine;
      const compiled = engine.compilePolicy(policy as unknown as Parameters<typeof engine.compilePolicy>[0]);
      const found = engine.analyze(draft, { profile: 'lawyer', recipient: 'client', channel: 'private-unencrypted' }, { policy: compiled });
      return found
        .filter((f) => f.ruleId === 'policy:no-guarantee')
        .map((f) => ({
          id: `${f.ruleId}:${f.range[0]}-${f.range[1]}`,
          ruleId: f.ruleId,
          ruleName: window.PolicyTextUi.findingName(f.ruleId, f.message, 'en'),
          severity: f.severity,
          words: draft.slice(f.range[0], f.range[1]),
          message: f.message,
          why: f.why,
          replies: f.suggestions.flatMap((id) => {
            const text = engine.renderTemplate(id, 'en', { name: 'Marie', phone: '514-555-0100', firm: '<i>Firm</i>' }, compiled);
            return text === undefined ? [] : [{ templateId: id, text }];
          }),
        }));
    },
    { policy: POLICY, draft: DRAFT },
  );
}

function state(findings: FindingView[], over: Partial<UiState> = {}): UiState {
  return { locale: 'en', anchor: { top: 400, left: 100, width: 500, height: 60 }, badge: 'block', findings, panelOpen: true, confirm: null, recipient: null, notice: null, ...over };
}

async function show(page: Page, s: UiState): Promise<void> {
  await page.evaluate((st) => window.policyUi.render(st), s);
  // An onerror handler, had an element been made, runs after the image fails to load.
  await page.waitForTimeout(200);
}

/** Elements markup would have made, in our shadow root and in the page. */
async function madeElements(page: Page): Promise<number> {
  return page.evaluate(() => window.policyRoot.querySelectorAll('img, b, i').length + document.querySelectorAll('img, b, i').length);
}

test.beforeEach(async ({ barePage }) => {
  await barePage.setContent(PAGE);
  await injectModule(barePage, 'src/ui/test-entry.ts', 'PolicyTextUi');
  await injectModule(barePage, 'src/engine/index.ts', 'PolicyTextEngine');
  await barePage.evaluate(() => {
    const nothing = () => undefined;
    window.policyUi = window.PolicyTextUi.createGuardUi(
      { togglePanel: nothing, closePanel: nothing, ignore: nothing, insert: nothing, edit: nothing, sendAnyway: nothing, falseAlarm: nothing, dismissNotice: nothing },
      document,
      (root) => {
        window.policyRoot = root;
      },
    );
  });
});

test('markup from a policy shows as text in the panel and the confirm dialog, and makes no element', async ({ barePage }) => {
  const dialogs: string[] = [];
  barePage.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const findings = await policyFindings(barePage);
  // The engine kept the policy's text as it was written.
  expect(findings.map((f) => f.words)).toEqual(['guarantee', IMG, BOLD]);
  expect(findings.every((f) => f.message === MESSAGE)).toBe(true);
  const replies = findings[0]?.replies.map((r) => r.text) ?? [];
  expect(replies).toEqual([`Hi Marie, ${IMG} ${BOLD} please call me at 514-555-0100.`, `${BOLD} <i>Firm</i>`]);

  await show(barePage, state(findings));
  const panel = await uiText(barePage);
  for (const f of findings) expect(panel).toContain(f.why);
  expect(panel).toContain(`Your organisation asks to avoid “${IMG}” in messages.`);
  expect(panel).toContain(`Your organisation asks to avoid “${BOLD}” in messages.`);
  for (const r of replies) expect(panel).toContain(r);
  expect(await madeElements(barePage)).toBe(0);

  await show(barePage, state(findings, { panelOpen: false, confirm: { findings, reply: findings[0]?.replies[0] ?? null } }));
  const dialog = await barePage.evaluate(() => window.policyRoot.querySelector('[role="alertdialog"]')?.textContent ?? '');
  expect(dialog).toContain(`“${IMG}”`);
  expect(dialog).toContain(replies[0]);
  expect(await uiText(barePage)).toContain(replies[0]);
  expect(await madeElements(barePage)).toBe(0);

  expect(await barePage.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("the phrase rule's own message is shown, as text", async ({ barePage }) => {
  const findings = await policyFindings(barePage);
  await show(barePage, state(findings));
  expect(await uiText(barePage)).toContain(MESSAGE);
  await show(barePage, state(findings, { panelOpen: false, confirm: { findings, reply: null } }));
  expect(await uiText(barePage)).toContain(MESSAGE);
  expect(await madeElements(barePage)).toBe(0);
  expect(await barePage.evaluate(() => window.__pwned)).toBeUndefined();
});
