/**
 * When the guard itself fails at the moment of a send, the organisation's
 * policy decides: fail-open lets the message go (and says the draft was not
 * checked), fail-closed holds it (and says why). The guard runs in a bare page
 * here, with a textarea whose value cannot be read once the test breaks it,
 * so the failure is real, not simulated inside the guard.
 */
import type { Page } from '@playwright/test';
import { expect, injectModule, test } from './fixtures';
import { uiText } from './guard-helpers';

declare global {
  interface Window {
    GuardEntry: typeof import('./entries/guard-entry');
    /** Set by the test: reading the draft throws from then on. */
    broken: boolean;
    /** Enter keydowns that reached the page's own listener. */
    pageSaw: number;
  }
}

const PAGE = `<!doctype html><html><body>
<main><textarea id="box" rows="3" cols="60"></textarea><button id="send" type="button">Send</button></main>
</body></html>`;

async function setup(page: Page, failMode: 'fail-open' | 'fail-closed'): Promise<void> {
  await page.setContent(PAGE);
  await injectModule(page, 'tests/e2e/entries/guard-entry.ts', 'GuardEntry');
  await page.evaluate((mode) => {
    const { Supervisor, configFrom, DEFAULT_SETTINGS, createGuardUi } = window.GuardEntry;
    const box = document.getElementById('box') as HTMLTextAreaElement;
    const send = document.getElementById('send') as HTMLButtonElement;
    window.broken = false;
    window.pageSaw = 0;
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') window.pageSaw++;
    });
    // The draft as the page holds it, until the test breaks it.
    const own = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
    Object.defineProperty(box, 'value', {
      get() {
        if (window.broken) throw new Error('the page broke its editor');
        return own?.get?.call(this);
      },
      set(v: string) {
        own?.set?.call(this, v);
      },
    });
    const adapter = {
      id: 'x-chat',
      label: 'Test page',
      hosts: [],
      editor: 'textarea',
      sendKey: 'enter',
      resend: 'key',
      selectors: { compose: ['#box'], send: ['#send'] },
      matches: () => true,
      findCompose: () => box,
      findSendButton: () => send,
      isSendButton: (t: Element) => t === send,
      identity: () => ({ name: 'Test', handle: null, key: 'test:1' }),
      channel: () => 'private-unencrypted',
      pickerOpen: () => false,
    } as const;
    const config = { ...configFrom({ ...DEFAULT_SETTINGS, profile: 'lawyer' }), failMode: mode };
    const supervisor = new Supervisor(
      { adapterFor: () => adapter as never, host: { createUi: (c) => createGuardUi(c), record: () => undefined, whyNot: () => null, saveContact: () => undefined } },
      config,
    );
    supervisor.start();
  }, failMode);
  await page.locator('#box').click();
  await page.keyboard.type('Confirming our meeting on Thursday at 2 pm.');
}

for (const mode of ['fail-open', 'fail-closed'] as const) {
  test(`${mode}: a send the guard cannot check ${mode === 'fail-open' ? 'goes through, with a notice' : 'is held, with the reason'}`, async ({ barePage }) => {
    await setup(barePage, mode);
    // Before the failure, a clean draft's Enter reaches the page.
    await barePage.keyboard.press('Enter');
    expect(await barePage.evaluate(() => window.pageSaw)).toBe(1);
    await barePage.keyboard.type(' Thanks.');
    await barePage.evaluate(() => {
      window.broken = true;
    });
    await barePage.keyboard.press('Enter');
    if (mode === 'fail-open') {
      expect(await barePage.evaluate(() => window.pageSaw)).toBe(2);
      await expect.poll(() => uiText(barePage)).toContain('Prudence could not check this draft, so it did not hold it back.');
    } else {
      expect(await barePage.evaluate(() => window.pageSaw)).toBe(1);
      await expect.poll(() => uiText(barePage)).toContain('Your organisation asks to hold messages in that case: it was not sent.');
    }
  });
}
