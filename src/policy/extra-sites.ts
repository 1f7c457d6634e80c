/**
 * The extra sites of an organisation's policy (`extraSites`): https match
 * patterns of help-desk or social-media tools where the generic guard runs.
 *
 * The manifest cannot list them (they differ per organisation), so the
 * background registers the content script for them at run time, and only for
 * the patterns whose host permission the user granted: the browser asks the
 * user, never the policy alone. `syncExtraSites` makes the registered set
 * equal to the granted subset of the policy's patterns; `scriptingDeps`
 * (MV3: chrome.scripting) and `contentScriptsDeps` (Firefox MV2:
 * browser.contentScripts) adapt the browser APIs to it.
 *
 * Pure apart from the deps: no browser global is read here.
 */

// ------------------------------------------------------------ match patterns

/** A match pattern the policy allows, taken apart. */
interface ParsedPattern {
  /** Lower-case host, without the "*." of a wildcard. */
  host: string;
  /** "*.example.com": the domain and every subdomain. */
  subdomains: boolean;
  /** An explicit port ("8443"), "*", or null when the pattern names none (any port). */
  port: string | null;
  /** The path glob ("*" is any run of characters), matched against the URL's path and query. */
  path: string;
  /** The pattern written canonically (lower-case scheme and host). */
  canonical: string;
}

const PATTERN = /^(https):\/\/([^/:]+)(?::(\d{1,5}|\*))?(\/.*)$/i;
const HOST = /^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/**
 * Whether `text` matches `glob`, where "*" is any run of characters ("/" and
 * "?" included, as in Chrome's and Firefox's match patterns). Two pointers,
 * going back only to the last star: time grows with the lengths' product at
 * worst, never exponentially, however many stars a policy writes (a regular
 * expression built from the glob would not promise that).
 */
export function globMatch(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (g < glob.length && glob[g] !== '*' && glob[g] === text[t]) {
      g++;
      t++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      resume = t;
    } else if (star >= 0) {
      g = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

/**
 * Takes a pattern apart, or null when it is not one the policy allows: https
 * only, a host written out or "*." and a domain (never "*" alone: a policy
 * cannot ask for every site), an optional port, and a path.
 */
function parsePattern(pattern: string): ParsedPattern | null {
  const m = PATTERN.exec(pattern.trim());
  if (m === null) return null;
  const host = (m[2] ?? '').toLowerCase();
  const port = m[3] ?? null;
  const path = m[4] ?? '/';
  if (!HOST.test(host)) return null;
  if (port !== null && port !== '*' && Number(port) > 65535) return null;
  const subdomains = host.startsWith('*.');
  const bare = subdomains ? host.slice(2) : host;
  return {
    host: bare,
    subdomains,
    port,
    path,
    canonical: `https://${host}${port === null ? '' : `:${port}`}${path}`,
  };
}

/** Whether the string is an extra-site pattern the policy allows (see parsePattern). */
export function isExtraSitePattern(pattern: string): boolean {
  return parsePattern(pattern) !== null;
}

/** The pattern with its scheme and host in lower case, or null when it is not allowed. Paths are case-sensitive and kept. */
export function canonicalPattern(pattern: string): string | null {
  return parsePattern(pattern)?.canonical ?? null;
}

/**
 * Whether a URL matches a match pattern, with Chrome's semantics for the
 * patterns the policy allows: the scheme is https; the host is the
 * pattern's (case-insensitive), or with "*." the domain itself or any
 * subdomain; a pattern without a port matches every port, one with a port
 * only that port (443 for an https URL that names none); the path glob runs
 * over the URL's path and query, never its fragment, case-sensitively.
 * A malformed URL or a pattern the policy does not allow matches nothing.
 */
export function matchesPattern(url: string, pattern: string): boolean {
  const p = parsePattern(pattern);
  if (p === null) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:') return false;
  // "example.com." is the same host written fully qualified; Chrome drops the dot before matching too.
  const host = u.hostname.replace(/\.$/, '');
  const hostOk = host === p.host || (p.subdomains && host.endsWith(`.${p.host}`));
  if (!hostOk) return false;
  if (p.port !== null && p.port !== '*' && (u.port === '' ? '443' : u.port) !== String(Number(p.port))) return false;
  return globMatch(p.path, u.pathname + u.search);
}

/** Whether a URL matches one of the patterns. */
export function matchesAnyPattern(url: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => matchesPattern(url, p));
}

// ------------------------------------------------------------- registration

/** What syncExtraSites needs from the browser. */
export interface ExtraSitesDeps {
  /** Whether every origin (match pattern) is granted: permissions.contains({ origins }). */
  contains(origins: string[]): Promise<boolean>;
  /** The patterns the content script is registered for now ([] when it is not registered). */
  registered(): Promise<string[]>;
  /** Registers the content script for exactly these patterns (non-empty), replacing any earlier registration. */
  register(patterns: string[]): Promise<void>;
  /** Removes the registration, if there is one. */
  unregister(): Promise<void>;
}

export interface ExtraSitesSync {
  /** The patterns the content script is registered for afterwards, canonical, in policy order. */
  patterns: string[];
  /** What changed: nothing, a (re-)registration, or the registration removed. */
  action: 'none' | 'registered' | 'unregistered';
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/**
 * Makes the registered content script cover exactly the granted subset of
 * `patterns`: patterns the policy does not allow are dropped, each pattern's
 * host permission is checked on its own, nothing is touched when the set is
 * already right, and no granted pattern means no registration. Call it at
 * start-up, when the policy changes, and on permissions.onAdded / onRemoved.
 */
export async function syncExtraSites(deps: ExtraSitesDeps, patterns: readonly string[]): Promise<ExtraSitesSync> {
  const wanted = [...new Set(patterns.map(canonicalPattern).filter((p): p is string => p !== null))];
  const granted = await Promise.all(
    wanted.map((p) =>
      deps.contains([p]).then(
        (yes) => yes,
        // A pattern the browser refuses to check cannot be granted.
        () => false,
      ),
    ),
  );
  const target = wanted.filter((_, i) => granted[i] === true);
  const current = (await deps.registered()).map((p) => canonicalPattern(p) ?? p);
  if (sameSet(current, target)) return { patterns: target, action: 'none' };
  if (target.length === 0) {
    await deps.unregister();
    return { patterns: [], action: 'unregistered' };
  }
  await deps.register(target);
  return { patterns: target, action: 'registered' };
}

/**
 * syncExtraSites, one run at a time: a policy change and a permission grant
 * arriving together would otherwise both read the old registration and both
 * register. Each call runs after the previous one settles.
 */
export function extraSitesSyncer(deps: ExtraSitesDeps): (patterns: readonly string[]) => Promise<ExtraSitesSync> {
  let queue: Promise<unknown> = Promise.resolve();
  return (patterns) => {
    const run = queue.then(
      () => syncExtraSites(deps, patterns),
      () => syncExtraSites(deps, patterns),
    );
    queue = run.catch(() => undefined);
    return run;
  };
}

// --------------------------------------------------------- browser adapters

/** The registration's id with chrome.scripting (fixed: there is one registration, for every extra site). */
export const EXTRA_SITES_SCRIPT_ID = 'prudence-extra-sites';

/** The content script in the WXT build (see content_scripts in .output/<browser>/manifest.json). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/**
 * The same start as the manifest's content script: its send interception
 * must be the first capture listener on the window, ahead of the page's.
 */
const RUN_AT = 'document_start';

/** permissions, as much of it as the sync uses (chrome.permissions, browser.permissions). */
export interface PermissionsApi {
  contains(permissions: { origins?: string[] }): Promise<boolean>;
}

/** chrome.scripting (MV3), as much of it as the sync uses. */
export interface ScriptingApi {
  registerContentScripts(scripts: Array<{ id: string; matches?: string[]; js: string[]; runAt?: typeof RUN_AT; allFrames?: boolean; persistAcrossSessions?: boolean }>): Promise<void>;
  updateContentScripts(scripts: Array<{ id: string; matches?: string[] }>): Promise<void>;
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[] }>>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

/** browser.contentScripts (Firefox MV2). */
export interface ContentScriptsApi {
  register(options: { matches: string[]; js?: Array<{ file: string }>; runAt?: typeof RUN_AT; allFrames?: boolean }): Promise<{ unregister(): Promise<void> | void }>;
}

/**
 * MV3 (Chrome, Edge): one registration with chrome.scripting under
 * EXTRA_SITES_SCRIPT_ID. The browser keeps it across restarts
 * (persistAcrossSessions), and registered() reads it back from the browser,
 * so a service worker that wakes up sees the truth. Needs the "scripting"
 * permission.
 *
 * @param scripting chrome.scripting (or browser.scripting)
 * @param permissions chrome.permissions (or browser.permissions)
 * @param jsFile the content script, relative to the extension root: CONTENT_SCRIPT_FILE
 */
export function scriptingDeps(scripting: ScriptingApi, permissions: PermissionsApi, jsFile: string = CONTENT_SCRIPT_FILE): ExtraSitesDeps {
  const ids = [EXTRA_SITES_SCRIPT_ID];
  const current = async () => (await scripting.getRegisteredContentScripts({ ids }))[0] ?? null;
  return {
    contains: (origins) => permissions.contains({ origins }),
    registered: async () => (await current())?.matches ?? [],
    async register(patterns) {
      // Updating in place keeps the script registered throughout: no page load falls in a gap.
      if ((await current()) !== null) await scripting.updateContentScripts([{ id: EXTRA_SITES_SCRIPT_ID, matches: patterns }]);
      else await scripting.registerContentScripts([{ id: EXTRA_SITES_SCRIPT_ID, matches: patterns, js: [jsFile], runAt: RUN_AT, allFrames: false, persistAcrossSessions: true }]);
    },
    async unregister() {
      // Chrome rejects an unknown id: only unregister what is there.
      if ((await current()) !== null) await scripting.unregisterContentScripts({ ids });
    },
  };
}

/**
 * Firefox MV2: browser.contentScripts.register. Firefox keeps such a
 * registration only while the page that made it lives (the background page,
 * persistent in MV2) and never across a restart, so the registration is held
 * here and registered() answers from memory: after a restart it is [] and the
 * next sync registers again. Needs no permission beyond the host permissions.
 *
 * @param contentScripts browser.contentScripts
 * @param permissions browser.permissions
 * @param jsFile the content script, relative to the extension root: CONTENT_SCRIPT_FILE
 */
export function contentScriptsDeps(contentScripts: ContentScriptsApi, permissions: PermissionsApi, jsFile: string = CONTENT_SCRIPT_FILE): ExtraSitesDeps {
  let current: { patterns: string[]; handle: { unregister(): Promise<void> | void } } | null = null;
  const drop = async () => {
    const old = current;
    current = null;
    await old?.handle.unregister();
  };
  return {
    contains: (origins) => permissions.contains({ origins }),
    registered: async () => (current === null ? [] : [...current.patterns]),
    async register(patterns) {
      // Firefox cannot update a registration. The old one goes first: both at once would inject the guard twice.
      await drop();
      const handle = await contentScripts.register({ matches: patterns, js: [{ file: jsFile }], runAt: RUN_AT, allFrames: false });
      current = { patterns: [...patterns], handle };
    },
    unregister: drop,
  };
}
