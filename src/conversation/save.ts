/**
 * Saving a file from the page without the `downloads` permission: a Blob
 * object URL and a temporary `<a download>` clicked inside the given
 * container. Prudence's UI lives in a closed shadow root, so the link (and
 * the URL it points to) is never visible to the page's scripts; a click
 * listener on the link keeps the click from bubbling out of the shadow root
 * (capture-phase listeners of the page still see a click on the UI's host,
 * never the link). The URL is revoked once the browser has had time to take
 * the download; a URL revoked as soon as `click()` returns can lose it in
 * Firefox.
 */

/** How long the object URL stays valid after the click, by default. */
export const REVOKE_AFTER_MS = 30_000;

export interface SaveOptions {
  /** Revoke the object URL this long after the click (default REVOKE_AFTER_MS). */
  revokeAfterMs?: number;
}

/**
 * Saves `content` as a file named `name` of type `mime` (give the charset:
 * "text/plain;charset=utf-8"). Returns the object URL, already scheduled for
 * revocation; the link is gone from the container when this returns.
 */
export function saveFile(container: Element | ShadowRoot, name: string, mime: string, content: string | Blob, options: SaveOptions = {}): string {
  const doc = container.ownerDocument;
  const view = doc.defaultView;
  if (view === null) throw new Error('saveFile: the container is not in a window');
  const blob = content instanceof Blob ? content : new view.Blob([content], { type: mime });
  const url = view.URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  link.addEventListener('click', (event) => event.stopPropagation());
  container.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), options.revokeAfterMs ?? REVOKE_AFTER_MS);
  }
  return url;
}
