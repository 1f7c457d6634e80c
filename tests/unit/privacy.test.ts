/**
 * The built extension has no way to talk to a server: no network API appears
 * in its scripts, and it asks for no permission beyond storage (plus, as
 * optional permissions the user grants one host at a time, the organisation's
 * extra sites). The
 * end-to-end privacy spec checks the same at run time.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return scripts(p);
    return p.endsWith('.js') ? [p] : [];
  });
}

describe.each(BUILDS)('%s', (dir) => {
  it('uses no network API', () => {
    expect(existsSync(join(dir, 'manifest.json')), `no build in ${dir}: run npm run build`).toBe(true);
    const found: string[] = [];
    for (const file of scripts(dir)) {
      const code = readFileSync(file, 'utf8');
      for (const api of [/\bfetch\(/, /XMLHttpRequest/, /new WebSocket\b/, /sendBeacon/, /new EventSource\b/, /importScripts\(/]) {
        if (api.test(code)) found.push(`${file}: ${api}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('asks for storage only (and scripting, for extra sites), and loads no remote code', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown> & { permissions?: string[] };
    // MV3 registers the guard on the policy's extra sites with chrome.scripting; MV2 needs no permission for that.
    expect(manifest.permissions ?? []).toEqual(dir.includes('mv3') ? ['storage', 'scripting'] : ['storage']);
    // Any other https host is optional: asked for one by one on the options page, for the policy's extra sites.
    const optional = (manifest.optional_host_permissions ?? manifest.optional_permissions ?? []) as string[];
    expect(optional).toEqual(['https://*/*']);
    const { optional_host_permissions: _a, optional_permissions: _b, ...rest } = manifest;
    expect(JSON.stringify(rest)).not.toMatch(/https?:\/\/(?!web\.whatsapp|www\.messenger|www\.facebook|x\.com|twitter\.com|www\.linkedin|www\.instagram|web\.telegram|mail\.google|127\.0\.0\.1|localhost)/);
  });
});
