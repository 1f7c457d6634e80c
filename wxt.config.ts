import { defineConfig } from 'wxt';

// The extension reads drafts locally and never talks to a server: no host
// permission beyond the sites it guards, no remote code, no telemetry.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  manifest: {
    name: 'Prudence',
    description: 'Warns before a risky message goes out. Every check runs on this device.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'prudence@prudence.local',
        strict_min_version: '140.0',
        // Firefox asks every extension to declare what it collects: nothing. (WXT's types predate the key.)
        // 140: the first Firefox with this key and with the CSS Custom Highlight API.
        ...({ data_collection_permissions: { required: ['none'] } } as Record<string, unknown>),
      },
      // Firefox for Android reads that key from 142 on.
      ...({ gecko_android: { strict_min_version: '142.0' } } as Record<string, unknown>),
    },
  },
});
