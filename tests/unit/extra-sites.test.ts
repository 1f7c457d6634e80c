/**
 * The policy's extra sites: match patterns with Chrome's semantics for the
 * https patterns a policy may list, and the sync that keeps the dynamically
 * registered content script equal to the granted subset of them, against
 * fake browser APIs.
 */
import type { Browser } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import {
  globMatch,
  CONTENT_SCRIPT_FILE,
  EXTRA_SITES_SCRIPT_ID,
  canonicalPattern,
  contentScriptsDeps,
  extraSitesSyncer,
  isExtraSitePattern,
  matchesPattern,
  scriptingDeps,
  syncExtraSites,
  type ExtraSitesDeps,
  type ScriptingApi,
} from '../../src/policy/extra-sites';

describe('matchesPattern', () => {
  const cases: Array<[pattern: string, url: string, expected: boolean]> = [
    // Exact host.
    ['https://helpdesk.example.com/*', 'https://helpdesk.example.com/', true],
    ['https://helpdesk.example.com/*', 'https://helpdesk.example.com/agent/tickets/4512?tab=reply#latest', true],
    ['https://helpdesk.example.com/*', 'https://example.com/', false],
    ['https://helpdesk.example.com/*', 'https://other.helpdesk.example.com/', false],
    ['https://helpdesk.example.com/*', 'https://helpdesk.example.com.evil.example/', false],
    ['https://helpdesk.example.com/*', 'https://evilhelpdesk.example.com/', false],
    // Wildcard subdomains, the bare domain included.
    ['https://*.example.com/*', 'https://example.com/', true],
    ['https://*.example.com/*', 'https://support.example.com/inbox', true],
    ['https://*.example.com/*', 'https://a.b.example.com/x', true],
    ['https://*.example.com/*', 'https://badexample.com/', false],
    ['https://*.example.com/*', 'https://example.com.evil.example/', false],
    // Path globs: anywhere in the path, over the query too, never the fragment; case-sensitive.
    ['https://helpdesk.example.com/agent/*', 'https://helpdesk.example.com/agent/tickets/1', true],
    ['https://helpdesk.example.com/agent/*', 'https://helpdesk.example.com/agent/', true],
    ['https://helpdesk.example.com/agent/*', 'https://helpdesk.example.com/agent', false],
    ['https://helpdesk.example.com/agent/*', 'https://helpdesk.example.com/admin/agent/1', false],
    ['https://helpdesk.example.com/*/reply', 'https://helpdesk.example.com/tickets/9/reply', true],
    ['https://helpdesk.example.com/*/reply', 'https://helpdesk.example.com/tickets/9/reply/draft', false],
    ['https://helpdesk.example.com/tickets', 'https://helpdesk.example.com/tickets', true],
    ['https://helpdesk.example.com/tickets', 'https://helpdesk.example.com/tickets/1', false],
    ['https://helpdesk.example.com/tickets', 'https://helpdesk.example.com/tickets#reply', true],
    ['https://helpdesk.example.com/*view=reply*', 'https://helpdesk.example.com/t/1?view=reply', true],
    ['https://helpdesk.example.com/t/*', 'https://helpdesk.example.com/t/1?x=a.b', true],
    ['https://helpdesk.example.com/a.b', 'https://helpdesk.example.com/aXb', false],
    ['https://helpdesk.example.com/Agent/*', 'https://helpdesk.example.com/agent/1', false],
    // Only https.
    ['https://helpdesk.example.com/*', 'http://helpdesk.example.com/', false],
    ['https://helpdesk.example.com/*', 'wss://helpdesk.example.com/', false],
    ['http://helpdesk.example.com/*', 'http://helpdesk.example.com/', false],
    ['*://helpdesk.example.com/*', 'https://helpdesk.example.com/', false],
    // Ports: none in the pattern is any port; one in the pattern is that port (443 when the URL names none).
    ['https://helpdesk.example.com/*', 'https://helpdesk.example.com:8443/', true],
    ['https://helpdesk.example.com:8443/*', 'https://helpdesk.example.com:8443/x', true],
    ['https://helpdesk.example.com:8443/*', 'https://helpdesk.example.com/x', false],
    ['https://helpdesk.example.com:443/*', 'https://helpdesk.example.com/x', true],
    ['https://helpdesk.example.com:*/*', 'https://helpdesk.example.com:9000/x', true],
    // Host and scheme case do not matter; a fully qualified host is the same host.
    ['https://HelpDesk.Example.COM/*', 'https://helpdesk.example.com/', true],
    ['HTTPS://helpdesk.example.com/*', 'https://HELPDESK.example.com/Tickets', true],
    ['https://*.Example.com/*', 'https://Support.EXAMPLE.com/', true],
    ['https://helpdesk.example.com/*', 'https://helpdesk.example.com./', true],
    // Patterns a policy cannot list match nothing.
    ['https://*/*', 'https://helpdesk.example.com/', false],
    ['<all_urls>', 'https://helpdesk.example.com/', false],
    ['https://help*.example.com/*', 'https://helpdesk.example.com/', false],
    ['https://helpdesk.example.com', 'https://helpdesk.example.com/', false],
    ['', 'https://helpdesk.example.com/', false],
    // Malformed URLs match nothing.
    ['https://helpdesk.example.com/*', 'not a url', false],
  ];
  for (const [pattern, url, expected] of cases) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${url}`, () => {
      expect(matchesPattern(url, pattern)).toBe(expected);
    });
  }

  it('accepts the patterns the policy schema accepts, and refuses the rest', () => {
    expect(isExtraSitePattern('https://helpdesk.example.com/*')).toBe(true);
    expect(isExtraSitePattern('https://*.zendesk.com/agent/*')).toBe(true);
    expect(isExtraSitePattern('http://helpdesk.example.com/*')).toBe(false);
    expect(isExtraSitePattern('https://*/*')).toBe(false);
    expect(isExtraSitePattern('https://helpdesk.example.com:99999/*')).toBe(false);
    expect(canonicalPattern(' HTTPS://HelpDesk.Example.com/Agent/* ')).toBe('https://helpdesk.example.com/Agent/*');
  });
});

/** A browser with host permissions and one registration slot; counts every call that changes it. */
function fakeBrowser(granted: string[], registered: string[] = []) {
  const state = { granted: new Set(granted), registered: [...registered], registers: 0, unregisters: 0, contains: [] as string[][] };
  const deps: ExtraSitesDeps = {
    contains: async (origins) => {
      state.contains.push(origins);
      if (origins.some((o) => o.includes('throws'))) throw new Error('Invalid url pattern');
      return origins.every((o) => state.granted.has(o));
    },
    registered: async () => [...state.registered],
    register: async (patterns) => {
      expect(patterns.length).toBeGreaterThan(0);
      state.registers++;
      state.registered = [...patterns];
    },
    unregister: async () => {
      state.unregisters++;
      state.registered = [];
    },
  };
  return { deps, state };
}

const A = 'https://helpdesk.example.com/*';
const B = 'https://*.social-tool.example/*';
const C = 'https://desk.example.org/agent/*';

describe('syncExtraSites', () => {
  it('registers the granted patterns only, each checked on its own', async () => {
    const { deps, state } = fakeBrowser([A, C]);
    const result = await syncExtraSites(deps, [A, B, C]);
    expect(result).toEqual({ patterns: [A, C], action: 'registered' });
    expect(state.registered).toEqual([A, C]);
    expect(state.contains).toEqual([[A], [B], [C]]);
  });

  it('registers nothing, and removes the registration, when none is granted', async () => {
    const { deps, state } = fakeBrowser([], [A]);
    expect(await syncExtraSites(deps, [A, B])).toEqual({ patterns: [], action: 'unregistered' });
    expect(state.registered).toEqual([]);
    expect(state.unregisters).toBe(1);
    expect(state.registers).toBe(0);
  });

  it('does nothing with no patterns and no registration', async () => {
    const { deps, state } = fakeBrowser([A]);
    expect(await syncExtraSites(deps, [])).toEqual({ patterns: [], action: 'none' });
    expect(state.registers + state.unregisters).toBe(0);
  });

  it('removes the registration when the policy lists no extra site any more', async () => {
    const { deps, state } = fakeBrowser([A], [A]);
    expect(await syncExtraSites(deps, [])).toEqual({ patterns: [], action: 'unregistered' });
    expect(state.registered).toEqual([]);
  });

  it('does not churn when the registered set is already right, whatever the order and case', async () => {
    const { deps, state } = fakeBrowser([A, C], [C, 'https://HELPDESK.example.com/*']);
    expect(await syncExtraSites(deps, [A, C, A])).toEqual({ patterns: [A, C], action: 'none' });
    expect(state.registers + state.unregisters).toBe(0);
    // And twice in a row from scratch: the second run changes nothing.
    const fresh = fakeBrowser([A]);
    await syncExtraSites(fresh.deps, [A]);
    await syncExtraSites(fresh.deps, [A]);
    expect(fresh.state.registers).toBe(1);
  });

  it('registers again when the set changes: a pattern added, granted, removed or revoked', async () => {
    const { deps, state } = fakeBrowser([A]);
    await syncExtraSites(deps, [A, B]);
    expect(state.registered).toEqual([A]);
    state.granted.add(B);
    expect(await syncExtraSites(deps, [A, B])).toEqual({ patterns: [A, B], action: 'registered' });
    expect(state.registered).toEqual([A, B]);
    expect(await syncExtraSites(deps, [B])).toEqual({ patterns: [B], action: 'registered' });
    expect(state.registered).toEqual([B]);
    state.granted.delete(B);
    expect(await syncExtraSites(deps, [B])).toEqual({ patterns: [], action: 'unregistered' });
    expect(state.registers).toBe(3);
  });

  it('drops patterns a policy cannot list, and any the browser refuses to check', async () => {
    const { deps, state } = fakeBrowser([A, 'https://*/*', 'http://plain.example/*', 'https://throws.example/*']);
    const result = await syncExtraSites(deps, [A, 'https://*/*', 'http://plain.example/*', 'https://throws.example/*']);
    expect(result.patterns).toEqual([A]);
    expect(state.contains).toEqual([[A], ['https://throws.example/*']]);
  });

  it('runs one sync at a time when calls overlap', async () => {
    const { deps, state } = fakeBrowser([A, B]);
    let inFlight = 0;
    let most = 0;
    const slow: ExtraSitesDeps = {
      ...deps,
      registered: async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return deps.registered();
      },
    };
    const sync = extraSitesSyncer(slow);
    const results = await Promise.all([sync([A]), sync([A, B]), sync([A, B])]);
    expect(most).toBe(1);
    expect(results.map((r) => r.action)).toEqual(['registered', 'registered', 'none']);
    expect(state.registered).toEqual([A, B]);
  });
});

/** chrome.scripting with its real rules: an unknown id cannot be updated or unregistered, a known one not registered twice. */
function fakeScripting() {
  const scripts = new Map<string, { id: string; matches?: string[]; js?: string[]; runAt?: string; persistAcrossSessions?: boolean; allFrames?: boolean }>();
  const calls: string[] = [];
  const api: ScriptingApi = {
    registerContentScripts: async (list) => {
      calls.push('register');
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, { ...s });
      }
    },
    updateContentScripts: async (list) => {
      calls.push('update');
      for (const s of list) {
        const old = scripts.get(s.id);
        if (old === undefined) throw new Error(`Nonexistent script ID '${s.id}'`);
        scripts.set(s.id, { ...old, ...s });
      }
    },
    getRegisteredContentScripts: async (filter) => [...scripts.values()].filter((s) => filter?.ids === undefined || filter.ids.includes(s.id)),
    unregisterContentScripts: async (filter) => {
      calls.push('unregister');
      for (const id of filter?.ids ?? [...scripts.keys()]) {
        if (!scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
      }
    },
  };
  return { api, scripts, calls };
}

describe('scriptingDeps (MV3)', () => {
  it('registers one persistent script under a fixed id, updates it in place, and removes it', async () => {
    const { api, scripts, calls } = fakeScripting();
    const deps = scriptingDeps(api, { contains: async () => true }, CONTENT_SCRIPT_FILE);
    await syncExtraSites(deps, [A]);
    expect(scripts.get(EXTRA_SITES_SCRIPT_ID)).toEqual({
      id: EXTRA_SITES_SCRIPT_ID,
      matches: [A],
      js: ['content-scripts/content.js'],
      runAt: 'document_start',
      allFrames: false,
      persistAcrossSessions: true,
    });
    await syncExtraSites(deps, [A, B]);
    expect(scripts.get(EXTRA_SITES_SCRIPT_ID)?.matches).toEqual([A, B]);
    await syncExtraSites(deps, [A, B]);
    await syncExtraSites(deps, []);
    expect(scripts.size).toBe(0);
    await deps.unregister();
    expect(calls).toEqual(['register', 'update', 'unregister']);
  });

  it('reads the registration back from the browser (a restarted service worker sees it)', async () => {
    const { api } = fakeScripting();
    await scriptingDeps(api, { contains: async () => true }).register([A]);
    expect(await scriptingDeps(api, { contains: async () => true }).registered()).toEqual([A]);
  });
});

describe('contentScriptsDeps (Firefox MV2)', () => {
  it('holds the registration, replaces it (old one first), and unregisters it', async () => {
    const live: Array<{ matches: string[]; dropped: boolean }> = [];
    const events: string[] = [];
    const api = {
      register: async (options: { matches: string[]; js?: Array<{ file: string }>; runAt?: string; allFrames?: boolean }) => {
        expect(options).toMatchObject({ js: [{ file: 'content-scripts/content.js' }], runAt: 'document_start', allFrames: false });
        const entry = { matches: options.matches, dropped: false };
        live.push(entry);
        events.push(`register ${options.matches.length}`);
        return {
          unregister: async () => {
            entry.dropped = true;
            events.push(`unregister ${options.matches.length}`);
          },
        };
      },
    };
    const deps = contentScriptsDeps(api, { contains: async () => true });
    expect(await deps.registered()).toEqual([]);
    await syncExtraSites(deps, [A]);
    await syncExtraSites(deps, [A, B]);
    expect(await deps.registered()).toEqual([A, B]);
    await syncExtraSites(deps, [A, B]);
    await syncExtraSites(deps, []);
    expect(await deps.registered()).toEqual([]);
    expect(events).toEqual(['register 1', 'unregister 1', 'register 2', 'unregister 2']);
    expect(live.every((e) => e.dropped)).toBe(true);
  });
});

describe('browser API types', () => {
  it('webextension-polyfill APIs fit the dep factories', () => {
    // Compiled by tsc, never run: Node has no browser.
    const fit = (b: Browser) => [scriptingDeps(b.scripting, b.permissions), contentScriptsDeps(b.contentScripts, b.permissions)];
    expect(typeof fit).toBe('function');
  });
});

describe('globMatch', () => {
  it('"*" is any run, "/" and "?" included', () => {
    expect(globMatch('/tickets/*', '/tickets/42?tab=reply')).toBe(true);
    expect(globMatch('/*/reply', '/tickets/42/reply')).toBe(true);
    expect(globMatch('/*/reply', '/tickets/42/replies')).toBe(false);
    expect(globMatch('*', '')).toBe(true);
    expect(globMatch('', 'x')).toBe(false);
  });

  it('stays fast on globs written to backtrack (many stars, no match)', () => {
    const glob = `/${'*a'.repeat(500)}b`;
    const text = `/${'a'.repeat(2000)}`;
    const t0 = performance.now();
    expect(globMatch(glob, text)).toBe(false);
    // A regular expression of the same shape takes minutes; this is a product of lengths at worst.
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
