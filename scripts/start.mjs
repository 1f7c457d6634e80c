// `npm start`: the extension is built (npm runs `build` first). With a display
// and Chromium, open a browser with Prudence loaded; without one, show the
// engine at work on a few drafts in the terminal and say where the builds are.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromeBuild = join(root, '.output', 'chrome-mv3');
const firefoxBuild = join(root, '.output', 'firefox-mv2');
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

console.log(`Chrome/Edge build:  ${chromeBuild}`);
console.log(`Firefox build:      ${firefoxBuild}`);

if (process.env.DISPLAY && chromium) {
  const profile = join(root, '.cache', 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  console.log(`Opening ${chromium} with Prudence loaded…`);
  const child = spawn(
    chromium,
    [
      `--user-data-dir=${profile}`,
      `--load-extension=${chromeBuild}`,
      `--disable-extensions-except=${chromeBuild}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      'chrome://extensions',
    ],
    { stdio: 'inherit' },
  );
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('\nNo display (or no Chromium): here is the engine on a few drafts.\n');
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
