/**
 * Shared fixtures: one playground server per worker, one browser per worker
 * (with the extension, and a bare one for tests of page-side modules), a
 * fresh page per test.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { join } from 'node:path';
// @ts-expect-error: plain ESM script without types
import { startServer } from '../../scripts/serve-playground.mjs';
import { ROOT, extensionId, launch } from './browser';
// Brings the type of the pages' test hook, window.__playground, into the specs.
export type { PlaygroundHook } from '../../playground/shared/hook';

export { expect };

export interface Playground {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** URL of a page, e.g. url('whatsapp') or url('x-post', 'alice/status/1'). */
  url(page: string, path?: string): string;
}

interface WorkerFixtures {
  playground: Playground;
  /** Chromium with the built extension loaded. */
  extContext: BrowserContext;
  /** Chromium without the extension. */
  bareContext: BrowserContext;
}

interface TestFixtures {
  /** A new tab in the browser with the extension. */
  page: Page;
  /** A new tab in the browser without the extension. */
  barePage: Page;
  /** The extension's id. */
  extId: string;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  playground: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = (await startServer(0)) as { url: string; close(): Promise<void> | void };
      const origin = server.url.replace(/\/$/, '');
      await use({ origin, url: (page, path = '') => `${origin}/${page}/${path}` });
      await server.close();
    },
    { scope: 'worker' },
  ],
  extContext: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const context = await launch({ extension: true });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  bareContext: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const context = await launch({ extension: false });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ extContext }, use) => {
    const page = await extContext.newPage();
    await use(page);
    await page.close();
  },
  barePage: async ({ bareContext }, use) => {
    const page = await bareContext.newPage();
    await use(page);
    await page.close();
  },
  extId: async ({ extContext }, use) => {
    await use(await extensionId(extContext));
  },
});

/** Opens a playground page and waits until its editor is mounted. */
export async function openPlayground(page: Page, playground: Playground, name: string, path = ''): Promise<void> {
  await page.goto(playground.url(name, path));
  await page.locator('html[data-playground-ready="true"]').waitFor({ state: 'attached' });
}

const bundles = new Map<string, Promise<string>>();

/**
 * Bundles a TypeScript module of the project (path from the repository root)
 * into a script that sets `window[globalName]` to its exports, and adds it to
 * the page. For testing page-side modules (editors, adapters) on the
 * playground without the extension.
 */
export async function injectModule(page: Page, entry: string, globalName: string): Promise<void> {
  // The global's name is part of the bundle: two specs may load one module under different names.
  const key = `${entry}|${globalName}`;
  let code = bundles.get(key);
  if (code === undefined) {
    code = build({
      entryPoints: [join(ROOT, entry)],
      bundle: true,
      write: false,
      format: 'iife',
      globalName,
      platform: 'browser',
      target: 'chrome120',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      logLevel: 'silent',
    }).then((r) => r.outputFiles[0]?.text ?? '');
    bundles.set(key, code);
  }
  await page.addScriptTag({ content: await code });
}

/** The messages the page's own send path sent (read from `#sent-log`). */
export async function sentMessages(page: Page): Promise<string[]> {
  return page.locator('#sent-log li').allTextContents();
}
