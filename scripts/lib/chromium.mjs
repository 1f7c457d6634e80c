// The system Chromium and the flags every run here uses (tests, tour, bench):
// nothing is downloaded, and nothing in the browser may try to reach the
// internet.
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {string | undefined} */
export function findChromium() {
  return CANDIDATES.find((p) => p !== undefined && p !== '' && existsSync(p));
}

export const OFFLINE_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps'];

/** @param {string} dir the unpacked extension */
export function extensionArgs(dir) {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}
