/**
 * Runs the right guard for the page the user is on. Single-page apps change
 * "page" without loading one (x.com goes from the timeline to X Chat), so the
 * supervisor watches the URL and swaps the guard when the adapter changes,
 * tearing the old one down.
 *
 * It owns the window listeners: they are registered once, when the content
 * script starts at document_start, so they run before the page's own capture
 * listeners, and they are handed to whichever guard is current.
 */
import type { SiteAdapter, WhyNot } from '../sites/types';
import { Guard, type GuardHost, type GuardStatus } from './guard';
import type { GuardConfig } from './settings';

const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;
const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

export interface SupervisorDeps {
  adapterFor(url: URL): SiteAdapter | null;
  host: GuardHost;
}

export class Supervisor {
  private guard: Guard | null = null;
  private adapter: SiteAdapter | null = null;
  private settings: GuardConfig;
  private href = '';
  private readonly abort = new AbortController();
  private observer: MutationObserver | null = null;
  private frame = 0;
  private started = false;

  constructor(
    private readonly deps: SupervisorDeps,
    settings: GuardConfig,
    private readonly win: Window = window,
  ) {
    this.settings = settings;
    const opts = { capture: true, signal: this.abort.signal };
    for (const type of KEY_EVENTS) win.addEventListener(type, (e) => this.guard?.onKey(e as KeyboardEvent), opts);
    for (const type of POINTER_EVENTS) win.addEventListener(type, (e) => this.guard?.onPointer(e), opts);
    this.syncAdapter();
  }

  /** Call once the DOM exists: starts watching the page. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const doc = this.win.document;
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
    const onNav = () => this.schedule();
    this.win.addEventListener('popstate', onNav, { signal: this.abort.signal });
    this.win.addEventListener('hashchange', onNav, { signal: this.abort.signal });
    // Focus moves without changing the DOM: the generic adapter's compose box is the focused one.
    this.win.addEventListener('focusin', onNav, { capture: true, signal: this.abort.signal });
    this.guard?.start();
  }

  stop(): void {
    this.abort.abort();
    this.observer?.disconnect();
    if (this.frame !== 0) this.win.cancelAnimationFrame(this.frame);
    this.guard?.stop();
    this.guard = null;
  }

  updateSettings(settings: GuardConfig): void {
    this.settings = settings;
    this.guard?.updateSettings(settings);
    // The settings may bring the policy's extra sites: this page may have become one (or stopped being one).
    this.syncAdapter();
  }

  status(): GuardStatus | { site: null; active: false; whyNot: WhyNot } {
    if (this.guard !== null) return this.guard.status();
    return { site: null, active: false, whyNot: { reason: 'unsupported-site', url: this.win.location.origin + this.win.location.pathname } };
  }

  /** Once per frame at most: the page mutates constantly on chat sites. */
  private schedule(): void {
    if (this.frame !== 0) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.win.location.href !== this.href) this.syncAdapter();
      this.guard?.poke();
    });
  }

  private syncAdapter(): void {
    this.href = this.win.location.href;
    const next = this.deps.adapterFor(new URL(this.href));
    if (next === this.adapter) return;
    this.guard?.stop();
    this.adapter = next;
    this.guard = next === null ? null : new Guard(next, this.settings, this.deps.host, this.win);
    if (this.started) this.guard?.start();
  }
}
