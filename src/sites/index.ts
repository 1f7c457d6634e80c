/** The site adapters, and which one a URL belongs to. */
import { matchesAnyPattern } from '../policy/extra-sites';
import { generic } from './generic';
import { gmail } from './gmail';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { messenger } from './messenger';
import { telegramA } from './telegram-a';
import { telegramK } from './telegram-k';
import type { SiteAdapter, WhyNot } from './types';
import { whatsapp } from './whatsapp';
import { xChat } from './x-chat';
import { xPost } from './x-post';

export type { AdapterId, EditorFamily, Identity, ResendMethod, SiteAdapter, SiteId, WhyNot } from './types';
export { GENERIC_SITE_ID } from './types';
export { generic } from './generic';

/** Every site's own adapter, one per SITE_IDS entry; a URL matches at most one of them. */
export const ADAPTERS: readonly SiteAdapter[] = [whatsapp, messenger, xPost, xChat, linkedin, instagram, telegramK, telegramA, gmail];

/**
 * The adapter of this URL, or null when the site is not supported: the
 * site's own adapter (real site or its playground page), else the generic
 * guard on its playground page or on a page the policy's extra sites match
 * (`extraSites`, https match patterns). A site with its own adapter keeps it
 * even when an extra-site pattern covers it too.
 */
export function adapterFor(url: URL, extraSites: readonly string[] = []): SiteAdapter | null {
  const own = ADAPTERS.find((a) => a.matches(url));
  if (own !== undefined) return own;
  if (generic.matches(url) || (extraSites.length > 0 && matchesAnyPattern(url.href, extraSites))) return generic;
  return null;
}

/**
 * Why the guard cannot attach on this page, as far as the page tells: an
 * unsupported site, or no compose box (with the selectors tried). Null when a
 * compose box is found. Settings (site disabled, guard off) are the guard's.
 */
export function whyNot(doc: Document, url: URL, extraSites: readonly string[] = []): WhyNot | null {
  const adapter = adapterFor(url, extraSites);
  // Origin and path only: the query and hash may name a conversation.
  if (adapter === null) return { reason: 'unsupported-site', url: url.origin + url.pathname };
  if (adapter.findCompose(doc) !== null) return null;
  return { reason: 'no-compose-box', site: adapter.id, tried: adapter.selectors.compose };
}
