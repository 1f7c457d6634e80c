/**
 * Launching the system Chromium for the end-to-end tests, with or without the
 * built extension, and serving the playground. Specs import `test` and
 * `expect` from ./fixtures, not from @playwright/test.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
// @ts-expect-error: plain ESM script without types
import { OFFLINE_ARGS, extensionArgs, findChromium } from '../../scripts/lib/chromium.mjs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

/** The system Chromium; the tests never download a browser. */
export function chromiumPath(): string {
  const found = findChromium() as string | undefined;
  if (found === undefined) throw new Error("No Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.");
  return found;
}

export interface LaunchOptions {
  /** Load the built extension (default true). */
  extension?: boolean;
  /** Extra Chromium flags, e.g. to switch a feature off. */
  args?: string[];
  /** The browser's language, e.g. "fr-CA": pages, extension pages and navigator.language follow it. */
  locale?: string;
}

/** A fresh profile in a temporary folder, removed on close. */
export async function launch({ extension = true, args = [], locale }: LaunchOptions = {}): Promise<BrowserContext> {
  if (extension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'prudence-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 860 },
    ...(locale !== undefined ? { locale } : {}),
    args: [...(OFFLINE_ARGS as string[]), ...(extension ? (extensionArgs(EXTENSION_DIR) as string[]) : []), ...(locale !== undefined ? [`--lang=${locale}`] : []), ...args],
  });
  context.on('close', () => {
    // Chromium may still be writing to the profile as it exits: retry, and leave
    // a stray temporary folder rather than fail a test that passed.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      /* left in the system's temporary folder */
    }
  });
  return context;
}

/** The extension's id, read from its service worker. */
export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
