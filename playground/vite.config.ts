// Multi-page build of the playground: one folder per imitated site, each with
// its own index.html. Output goes to .output/playground, served by
// scripts/serve-playground.mjs with a per-page SPA fallback.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export const PAGES = [
  'whatsapp',
  'messenger',
  'x-post',
  'x-chat',
  'linkedin',
  'instagram',
  'telegram-k',
  'telegram-a',
  'gmail',
  'quill',
  // The generic guard (the policy's extra sites): a help-desk reply form.
  'generic',
] as const;

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxImportSource: 'react' },
  // draft-js (through fbjs) reads the Node global `global`.
  define: { global: 'globalThis' },
  build: {
    outDir: resolve(root, '../.output/playground'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        index: resolve(root, 'index.html'),
        ...Object.fromEntries(PAGES.map((page) => [page, resolve(root, page, 'index.html')])),
      },
    },
  },
});
