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
      gecko: { id: 'prudence@prudence.local', strict_min_version: '128.0' },
    },
  },
});
