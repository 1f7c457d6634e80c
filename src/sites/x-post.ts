/**
 * X (Twitter) posts and replies: Draft.js composers, posted with Ctrl/Cmd+Enter
 * (plain Enter is a new line). Every page of x.com / twitter.com except X Chat
 * (/i/chat), which has its own adapter.
 */
import { handleIn, onHost, onPlayground, pickCompose, sendButtonFns, sitePath, textOf, typeaheadOpen } from './dom';
import type { Identity, SiteAdapter } from './types';

// The editable carries Draft's webDriverTestID "tweetTextarea_<n>" (one per
// post of a thread). Its label and input container have testids starting the
// same way, hence [contenteditable]. Mobile web's <textarea> variant is left
// out: this adapter's editor family is Draft.js.
const COMPOSE = [
  '.DraftEditor-root .public-DraftEditor-content[data-testid^="tweetTextarea_"][contenteditable="true"]',
  '[data-testid^="tweetTextarea_"][contenteditable="true"]',
] as const;

const SEND = [
  // Inline composer (home timeline, reply under a post).
  '[data-testid="tweetButtonInline"]',
  // Modal composer ("Post" button, reply from the timeline).
  '[data-testid="tweetButton"]',
] as const;

const TWEET = 'article[data-testid="tweet"]';
const USER_NAME = '[data-testid="User-Name"]';

const HOME: Identity = { name: null, handle: null, key: 'x-post:home' };

/** X Chat's paths, which belong to the x-chat adapter. */
export function isXChatPath(path: string): boolean {
  return path === '/i/chat' || path.startsWith('/i/chat/');
}

/** The post an article (or a bare User-Name block) shows: display name, @handle, status id. */
function postOf(article: Element): { name: string | null; handle: string | null; id: string | null } {
  const userName = article.matches(USER_NAME) ? article : article.querySelector(USER_NAME);
  let name: string | null = null;
  let handle: string | null = null;
  if (userName !== null) {
    // Two links: the display name, then "@handle".
    for (const link of Array.from(userName.querySelectorAll('a'))) {
      const text = textOf(link);
      if (text === null) continue;
      if (text.startsWith('@')) handle ??= handleIn(text);
      else name ??= text;
    }
    handle ??= handleIn(userName.textContent);
  }
  const statusLink = article.querySelector('a[href*="/status/"]')?.getAttribute('href') ?? '';
  const id = /\/status\/(\d+)/.exec(statusLink)?.[1] ?? null;
  return { name, handle, id };
}

/** The article whose status link is this id, else the first one (the post being replied to comes first). */
function articleFor(root: ParentNode, id: string | null): Element | null {
  const articles = Array.from(root.querySelectorAll(TWEET));
  const exact = id === null ? undefined : articles.find((a) => Array.from(a.querySelectorAll('a[href*="/status/"]')).some((l) => (l.getAttribute('href') ?? '').endsWith(`/status/${id}`)));
  return exact ?? articles[0] ?? null;
}

function replyIdentity(article: Element, urlId: string | null, urlHandle: string | null): Identity {
  const post = postOf(article);
  const handle = post.handle ?? (urlHandle === null ? null : `@${urlHandle}`);
  const id = urlId ?? post.id;
  if (id === null && handle === null) return HOME;
  return { name: post.name, handle, key: `x-post:${id ?? handle}` };
}

const { findSendButton, isSendButton } = sendButtonFns(COMPOSE, SEND);

export const xPost: SiteAdapter = {
  id: 'x-post',
  label: 'X (posts and replies)',
  hosts: ['x.com', 'twitter.com'],
  editor: 'draft',
  sendKey: 'mod-enter',
  resend: 'click',
  selectors: { compose: COMPOSE, send: SEND },

  matches: (url) => (onHost(url, xPost.hosts) && !isXChatPath(url.pathname)) || onPlayground(url, 'x-post'),

  // Inline reply and a modal can both be open: the focused one wins, else the first visible.
  findCompose: (doc) => pickCompose(doc, COMPOSE),
  findSendButton,
  isSendButton,

  identity(compose, url) {
    // A modal composer answers the post it shows; one without a post is a new post.
    const dialog = compose.closest('[role="dialog"]');
    if (dialog !== null) {
      const article = articleFor(dialog, null) ?? dialog.querySelector(USER_NAME);
      return article === null ? HOME : replyIdentity(article, null, null);
    }
    // An inline composer on /<handle>/status/<id> (or /i/web/status/<id>) replies to that post.
    const path = sitePath(url, 'x-post');
    const status = /^\/(?:i\/web|([A-Za-z0-9_]{1,15}))\/status\/(\d+)/.exec(path);
    if (status === null) return HOME;
    const [, handle = null, id = null] = status;
    const article = articleFor(compose.ownerDocument, id);
    if (article === null) return { name: null, handle: handle === null ? null : `@${handle}`, key: `x-post:${id ?? handle}` };
    return replyIdentity(article, id, handle);
  },

  // Posts and replies are public.
  channel: () => 'public',

  pickerOpen: typeaheadOpen,
};
