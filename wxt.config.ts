import { defineConfig } from 'wxt';
import { CHROME_MANIFEST_KEY, GECKO_ID } from './src/policy/ids';

// The extension reads drafts locally and never talks to a server: no host
// permission beyond the sites it guards, no remote code, no telemetry.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // Vite's module-preload polyfill fetches chunks by URL: extension pages load their scripts from the
  // package, and no extension code calls fetch (tests/unit/privacy.test.ts).
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: 'Prudence',
    description: 'Warns before a risky message goes out. Every check runs on this device.',
    // Chrome and Edge: the schema of the policy admins push (generated, see src/policy/managed.ts), and a
    // fixed key so the extension id policies are keyed by is the same for every copy. Firefox needs no
    // schema (and warns about one).
    // The policy's extra sites (help-desk tools): https hosts asked for one by one on the options page,
    // never granted up front; `scripting` registers the guard on the granted ones (MV3).
    ...(browser === 'firefox'
      ? { permissions: ['storage'], optional_permissions: ['https://*/*'] }
      : { permissions: ['storage', 'scripting'], optional_host_permissions: ['https://*/*'], key: CHROME_MANIFEST_KEY, storage: { managed_schema: 'managed_schema.json' } }),
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        // Firefox asks every extension to declare what it collects: nothing. (WXT's types predate the key.)
        // 140: the first Firefox with this key and with the CSS Custom Highlight API.
        ...({ data_collection_permissions: { required: ['none'] } } as Record<string, unknown>),
      },
      // Firefox for Android reads that key from 142 on.
      ...({ gecko_android: { strict_min_version: '142.0' } } as Record<string, unknown>),
    },
  }),
});
