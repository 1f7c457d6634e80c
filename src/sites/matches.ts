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
  // serve; the adapters only claim its /<site-id>/ pages.
  'http://127.0.0.1/*',
  'http://localhost/*',
] as const;
