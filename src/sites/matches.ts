/** URL match patterns of the supported sites (one content script for all of them). */
export const SITE_MATCHES = [
  'https://web.whatsapp.com/*',
  'https://www.messenger.com/*',
  'https://www.facebook.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.linkedin.com/*',
  'https://www.instagram.com/*',
  'https://web.telegram.org/*',
  'https://mail.google.com/*',
  // The local playground (any port) that `npm start` and the end-to-end tests
  // serve; the adapters only claim its /<site-id>/ pages, the generic guard
  // its /generic/ page (see onGenericPlayground).
  'http://127.0.0.1/*',
  'http://localhost/*',
] as const;

/** Hosts of the local playground: those of the http patterns above. */
const PLAYGROUND_HOSTS: readonly string[] = SITE_MATCHES.filter((p) => p.startsWith('http://')).map((p) => new URL(p).hostname);

/** The generic guard's playground page, under which every path belongs to it. */
export const GENERIC_PLAYGROUND_PATH = '/generic/';

/**
 * Whether the URL is the generic guard's playground page,
 * http://127.0.0.1:<port>/generic/…: the content script is injected there by
 * the patterns above, so the end-to-end tests run the generic guard without
 * registering an extra site or granting a permission.
 */
export function onGenericPlayground(url: URL): boolean {
  if (!PLAYGROUND_HOSTS.includes(url.hostname)) return false;
  return url.pathname === GENERIC_PLAYGROUND_PATH.slice(0, -1) || url.pathname.startsWith(GENERIC_PLAYGROUND_PATH);
}
