// `npm start`: the extension and the playground are built first. With a
// display, open Chromium with Prudence loaded on the local playground (one
// page per supported site); without one, run the scripted tour headless and
// write its summary and screenshots to playground-report/. Without Chromium
// at all, show the engine on a few drafts in the terminal.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFLINE_ARGS, extensionArgs, findChromium } from './lib/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromeBuild = join(root, '.output', 'chrome-mv3');
const firefoxBuild = join(root, '.output', 'firefox-mv2');
const chromium = findChromium();

console.log(`Chrome/Edge build:  ${chromeBuild}`);
console.log(`Firefox build:      ${firefoxBuild}`);

if (process.env.DISPLAY && chromium) {
  const { startServer } = await import('./serve-playground.mjs');
  const { url } = await startServer(Number(process.env.PLAYGROUND_PORT ?? 4173));
  const profile = join(root, '.cache', 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  console.log(`Playground: ${url}/  (one page per supported site)`);
  console.log(`Opening ${chromium} with Prudence loaded…`);
  const child = spawn(
    chromium,
    [
      `--user-data-dir=${profile}`,
      ...extensionArgs(chromeBuild),
      ...OFFLINE_ARGS.filter((a) => a !== '--no-sandbox' || process.getuid?.() === 0),
      `${url}/`,
    ],
    { stdio: 'inherit' },
  );
  child.on('exit', (code) => process.exit(code ?? 0));
} else if (chromium) {
  console.log('\nNo display: a scripted tour of the playground in headless Chromium, with the extension loaded.\n');
  const run = spawnSync(process.execPath, [join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '--config', join(root, 'playwright.tour.config.ts')], { stdio: 'inherit', cwd: root });
  process.exit(run.status ?? 1);
} else {
  console.log('\nNo display and no Chromium (apt-get install -y chromium): here is the engine on a few drafts.\n');
  const demo = [
    ['--profile', 'lawyer', '--recipient', 'prospect', '--channel', 'private-encrypted', 'Honestly I would sue the city, you have six months to file.'],
    ['--profile', 'lawyer', '--recipient', 'client', '--channel', 'private-encrypted', 'Bonjour Mme Tremblay, je vous confirme notre rendez-vous jeudi à 14 h.'],
    ['--profile', 'social-care', '--recipient', 'customer', '--channel', 'public', "Our mistake, we'll refund you in full today. Call 514-555-0199."],
  ];
  for (const args of demo) {
    spawnSync(process.execPath, [join(root, 'bin', 'prudence.mjs'), 'check', ...args], { stdio: 'inherit' });
    console.log('');
  }
  console.log('Load the Chrome build with chrome://extensions → "Load unpacked", or run `npx prudence check "…"`.');
}
