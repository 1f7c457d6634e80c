/**
 * The UI's style sheet, placed inside the closed shadow root. `:host` resets
 * everything the page could pass down and marks its rules `!important`: in the
 * cascade an important rule from inside a shadow tree beats the page's own
 * important rules on the host, so no site stylesheet can hide or move it.
 */

/** Above any site UI; every layer repeats it. */
export const TOP_Z = 2147483647;

export const CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: ${TOP_Z} !important;
}

*, *::before, *::after { box-sizing: border-box; }

.root {
  --surface: #ffffff;
  --surface-2: #f4f6f8;
  --fg: #1b1f24;
  --muted: #4b5563;
  --line: #c9d0d8;
  --focus: #1a5fd0;
  --primary: #1a5fd0;
  --primary-fg: #ffffff;
  --block: #b3261e;
  --block-fg: #ffffff;
  --block-ink: #8c1d18;
  --block-tint: #fdecea;
  --warn: #f0b400;
  --warn-fg: #1f1500;
  --warn-ink: #6b4200;
  --warn-tint: #fff4d6;
  --info-ink: #1d4f91;
  --info-tint: #e8f0fc;
  --ok: #1e7d32;
  --ok-fg: #ffffff;
  --idle: #5f6670;
  --shadow: 0 8px 28px rgba(15, 23, 42, 0.22), 0 1px 3px rgba(15, 23, 42, 0.18);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 14px;
  line-height: 1.45;
  color: var(--fg);
  text-align: start;
  -webkit-font-smoothing: antialiased;
}

@media (prefers-color-scheme: dark) {
  .root {
    --surface: #1f2329;
    --surface-2: #2a2f37;
    --fg: #e8eaed;
    --muted: #b4bac2;
    --line: #454d58;
    --focus: #8ab4f8;
    --primary: #8ab4f8;
    --primary-fg: #0d1b33;
    --block-ink: #ffb4ab;
    --block-tint: #3d1f1c;
    --warn-ink: #ffd98a;
    --warn-tint: #3a2f12;
    --info-ink: #a8c7fa;
    --info-tint: #1d2a3d;
    --shadow: 0 8px 28px rgba(0, 0, 0, 0.55), 0 1px 3px rgba(0, 0, 0, 0.5);
  }
}

.layer { position: fixed; z-index: ${TOP_Z}; }

button {
  font: inherit;
  color: inherit;
  margin: 0;
  cursor: pointer;
}
button:focus { outline: none; }
button:focus-visible, [tabindex="-1"]:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}

/* ---------------------------------------------------------------- badge */

.badge {
  width: 26px;
  height: 26px;
  padding: 0;
  border-radius: 50%;
  border: 2px solid transparent;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  font-size: 12px;
  font-weight: 700;
  line-height: 1;
  box-shadow: 0 1px 3px rgba(15, 23, 42, 0.35);
}
.badge:focus-visible { box-shadow: 0 0 0 2px #ffffff; }
.badge svg { width: 14px; height: 14px; display: block; }
.badge--idle { background: #ffffff; border-color: var(--idle); color: var(--idle); }
.badge--clean { background: var(--ok); color: var(--ok-fg); }
.badge--warn { background: var(--warn); color: var(--warn-fg); border-color: #8a6200; }
/* A square, not a circle: the held state reads without its colour. */
.badge--block { background: var(--block); color: var(--block-fg); border-radius: 6px; border-color: #5c0f0b; }
.badge--error { background: var(--idle); color: #ffffff; }
.badge__dot { width: 8px; height: 8px; border-radius: 50%; border: 2px solid currentColor; }

/* ---------------------------------------------------------------- panel */

.panel {
  display: flex;
  flex-direction: column;
  background: var(--surface);
  color: var(--fg);
  border: 1px solid var(--line);
  border-radius: 12px;
  box-shadow: var(--shadow);
  overflow: hidden;
  animation: prudence-in 120ms ease-out;
}
.panel__head {
  display: flex;
  align-items: flex-start;
  gap: 8px;
  padding: 12px 12px 10px 16px;
  border-bottom: 1px solid var(--line);
}
.panel__titles { flex: 1; min-width: 0; }
.panel__title { margin: 0; font-size: 15px; font-weight: 650; }
.panel__title:focus { outline: none; }
.panel__to { margin: 2px 0 0; color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
.contact { padding: 8px 16px 10px; border-bottom: 1px solid var(--line); }
.contact__status { margin: 0 0 6px; font-size: 13px; color: var(--muted); }
.contact__actions { display: flex; flex-wrap: wrap; gap: 6px; }
.chip { font: inherit; font-size: 13px; padding: 3px 10px; border: 1px solid var(--line); border-radius: 999px; background: transparent; color: inherit; cursor: pointer; }
.chip[aria-pressed="true"] { border-color: var(--focus); background: color-mix(in srgb, var(--focus) 14%, transparent); font-weight: 600; }
.chip:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.save { margin: 14px -16px 0; padding: 10px 16px 0; border-top: 1px solid var(--line); }
.save__title { margin: 0 0 6px; font-size: 13px; color: var(--muted); }
.panel__body { padding: 12px 16px 16px; overflow-y: auto; overscroll-behavior: contain; }
.summary { margin: 0 0 10px; color: var(--muted); font-size: 13px; }
.status { margin: 0; display: flex; gap: 8px; align-items: center; }
.status__icon { flex: none; width: 18px; height: 18px; }
.status--clean .status__icon { color: var(--ok); }

.icon-btn {
  flex: none;
  width: 28px;
  height: 28px;
  padding: 0;
  border: 0;
  border-radius: 8px;
  background: transparent;
  color: var(--muted);
  display: inline-flex;
  align-items: center;
  justify-content: center;
}
.icon-btn:hover { background: var(--surface-2); color: var(--fg); }
.icon-btn svg { width: 16px; height: 16px; }

.cards { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
.card {
  border: 1px solid var(--line);
  border-left-width: 4px;
  border-radius: 10px;
  padding: 10px 12px 12px;
  background: var(--surface);
}
.card--block { border-left-color: var(--block); }
.card--warn { border-left-color: var(--warn); }
.card--info { border-left-color: var(--info-ink); }
.card__head { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; margin: 0 0 6px; }
.sev {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  margin: 0;
  padding: 1px 8px 1px 6px;
  border-radius: 999px;
  font-size: 12px;
  font-weight: 600;
}
.sev svg { width: 12px; height: 12px; }
.sev--block { background: var(--block-tint); color: var(--block-ink); }
.sev--warn { background: var(--warn-tint); color: var(--warn-ink); }
.sev--info { background: var(--info-tint); color: var(--info-ink); }
.rule { margin: 0; font-size: 14px; font-weight: 650; }
.facts { margin: 0; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.words { font-weight: 600; white-space: pre-wrap; padding-left: 8px; border-left: 3px solid var(--line); }
.why { margin-top: 4px; font-size: 13px; }
.sr-only {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}

.replies { margin: 10px 0 0; }
.replies__title { margin: 0 0 6px; font-size: 12px; color: var(--muted); font-weight: 600; }
.reply {
  margin: 0 0 8px;
  padding: 8px 10px;
  border-radius: 8px;
  background: var(--surface-2);
}
.reply__text {
  margin: 0 0 6px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 2;
  overflow: hidden;
}
.reply__text--open { display: block; -webkit-line-clamp: unset; overflow: visible; }
.row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }

.btn {
  min-height: 30px;
  padding: 4px 12px;
  border-radius: 8px;
  border: 1px solid var(--line);
  background: var(--surface);
  color: var(--fg);
  font-size: 13px;
  font-weight: 600;
}
.btn:hover { background: var(--surface-2); }
.btn--primary { background: var(--primary); border-color: var(--primary); color: var(--primary-fg); }
.btn--primary:hover { background: var(--primary); filter: brightness(1.08); }
.btn--quiet { border-color: transparent; background: transparent; color: var(--muted); text-decoration: underline; text-underline-offset: 2px; }
.btn--quiet:hover { color: var(--fg); background: transparent; }

.notice {
  display: flex;
  align-items: flex-start;
  gap: 8px;
  margin: 0 0 10px;
  padding: 8px 8px 8px 12px;
  border-radius: 8px;
  background: var(--warn-tint);
  color: var(--warn-ink);
  border: 1px solid var(--warn);
}
.notice__text { flex: 1; margin: 0; overflow-wrap: anywhere; }
.notice__icon { flex: none; width: 16px; height: 16px; margin-top: 2px; }
.notice__icon svg, .status__icon svg { width: 100%; height: 100%; display: block; }
.mark { stroke: var(--surface); }

/* ---------------------------------------------------------------- notices near the box */

/* Empty, the stack has no height: it catches no click. */
.stack { display: flex; flex-direction: column; gap: 8px; overflow-y: auto; overscroll-behavior: contain; }
.stack > .notice { margin: 0; }
.stack .notice, .stack .cnotice { box-shadow: 0 2px 8px rgba(15, 23, 42, 0.18); }
.cnotices { display: flex; flex-direction: column; gap: 8px; }
.panel__body > .cnotices:not(:empty) { margin: 0 0 10px; }
.cnotice {
  display: flex;
  align-items: flex-start;
  gap: 8px;
  padding: 8px 8px 8px 12px;
  border-radius: 8px;
  background: var(--info-tint);
  color: var(--fg);
  border: 1px solid var(--info-ink);
}
.cnotice .notice__icon { color: var(--info-ink); }
.cnotice__body { flex: 1; min-width: 0; }
.cnotice .notice__text { margin: 0 0 6px; }

/* ---------------------------------------------------------------- confirm */

.backdrop {
  inset: 0;
  display: flex;
  align-items: center;
  justify-content: center;
  padding: 16px;
  background: rgba(15, 23, 42, 0.45);
}
.dialog {
  width: 480px;
  max-width: 100%;
  max-height: 100%;
  overflow-y: auto;
  overscroll-behavior: contain;
  background: var(--surface);
  color: var(--fg);
  border-radius: 14px;
  border-top: 6px solid var(--block);
  box-shadow: var(--shadow);
  padding: 18px 20px 16px;
  animation: prudence-in 120ms ease-out;
}
.dialog__title { margin: 0 0 6px; font-size: 18px; font-weight: 700; display: flex; align-items: center; gap: 8px; }
.dialog__title svg { width: 20px; height: 20px; color: var(--block); flex: none; }
.dialog__intro { margin: 0 0 10px; color: var(--muted); }
.dialog .cards { margin-bottom: 12px; }
.dialog .card { padding: 8px 12px 10px; }
.dialog__actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 14px; }
.hint { margin: 6px 0 0; font-size: 12px; color: var(--muted); }
.reason { margin: 12px 0 0; }
.reason__label { display: block; font-weight: 600; margin: 0 0 4px; }
.reason__select { display: block; width: 100%; font: inherit; padding: 4px 6px; margin: 0 0 8px; border: 1px solid var(--line, #8a8f98); border-radius: 6px; background: var(--surface); color: var(--fg); }
.reason__select:focus-visible { outline: 2px solid var(--focus, #1a5fd0); outline-offset: 1px; }
.reason__input { box-sizing: border-box; width: 100%; font: inherit; padding: 6px 8px; border: 1px solid var(--line, #8a8f98); border-radius: 6px; resize: vertical; }
.reason__input:focus-visible { outline: 2px solid var(--focus, #1a5fd0); outline-offset: 1px; }
.sentinel { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }

@keyframes prudence-in {
  from { opacity: 0; transform: translateY(4px); }
  to { opacity: 1; transform: none; }
}

@media (prefers-reduced-motion: reduce) {
  .panel, .dialog { animation: none; }
}

@media (forced-colors: active) {
  .badge, .card, .panel, .dialog, .btn, .notice, .cnotice { border: 1px solid CanvasText; }
}
`;
