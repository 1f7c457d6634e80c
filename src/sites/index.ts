/** The site adapters, and which one a URL belongs to. */
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

export type { EditorFamily, Identity, ResendMethod, SiteAdapter, SiteId, WhyNot } from './types';

/** Every adapter; a URL matches at most one of them. */
export const ADAPTERS: readonly SiteAdapter[] = [whatsapp, messenger, xPost, xChat, linkedin, instagram, telegramK, telegramA, gmail];

/** The adapter of this URL (real site or its playground page), or null when the site is not supported. */
export function adapterFor(url: URL): SiteAdapter | null {
  return ADAPTERS.find((a) => a.matches(url)) ?? null;
}

/**
 * Why the guard cannot attach on this page, as far as the page tells: an
 * unsupported site, or no compose box (with the selectors tried). Null when a
 * compose box is found. Settings (site disabled, guard off) are the guard's.
 */
export function whyNot(doc: Document, url: URL): WhyNot | null {
  const adapter = adapterFor(url);
  // Origin and path only: the query and hash may name a conversation.
  if (adapter === null) return { reason: 'unsupported-site', url: url.origin + url.pathname };
  if (adapter.findCompose(doc) !== null) return null;
  return { reason: 'no-compose-box', site: adapter.id, tried: adapter.selectors.compose };
}
