// The page-world test hook every playground page installs. Tests in the page
// world read `window.__playground`; tests in an isolated world (content-script
// side) read `#sent-log` instead, since page globals are invisible there.

export interface Conversation {
  id: string;
  name: string;
}

export interface PlaygroundHook {
  /** Page id, e.g. "whatsapp". */
  readonly page: string;
  /** Every message the page's own send path sent, as the editor's model held it. */
  readonly sent: string[];
  /** Current draft, read from the editor's model (not innerText). */
  draft(): string;
  conversation(): Conversation;
  /** Opens another conversation the way a click in the page's list would. */
  switchTo(id: string): void;
}

declare global {
  interface Window {
    __playground?: PlaygroundHook;
  }
}

export interface HookImpl {
  draft(): string;
  conversation(): Conversation;
  switchTo(id: string): void;
}

/**
 * Installs the hook and returns the function the page's send path calls.
 * React pages pass `{ ready: false }` and call markReady() once mounted.
 */
export function installHook(page: string, options: { ready?: boolean }, impl: HookImpl): (text: string) => void {
  const sent: string[] = [];
  const log = document.createElement('ol');
  log.id = 'sent-log';
  log.className = 'pg-sent-log';
  log.setAttribute('aria-hidden', 'true');
  log.dataset.sentCount = '0';
  document.body.append(log);

  window.__playground = {
    page,
    sent,
    draft: () => impl.draft(),
    conversation: () => impl.conversation(),
    switchTo: (id) => impl.switchTo(id),
  };
  document.documentElement.dataset.playground = page;
  if (options.ready !== false) markReady();

  return (text: string) => {
    sent.push(text);
    const item = document.createElement('li');
    item.textContent = text;
    item.dataset.conversation = impl.conversation().id;
    log.append(item);
    log.dataset.sentCount = String(sent.length);
  };
}

/** Sets `html[data-playground-ready]`, which tests wait for before typing. */
export function markReady(): void {
  document.documentElement.dataset.playgroundReady = 'true';
}

/** True for an Enter that only commits an IME composition (real apps never send on it). */
export function isImeEnter(e: KeyboardEvent): boolean {
  return e.isComposing || e.keyCode === 229;
}
