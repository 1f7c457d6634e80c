/**
 * The part of a write every family shares: put the selection on the span,
 * run the family's strategies in order through the editor's own input path,
 * read the draft back after each, and undo a strategy that changed the draft
 * wrongly before trying the next one, so a failed write never leaves the
 * user's draft altered.
 *
 * Runs in the content script's isolated world. Chromium: events dispatched on
 * page nodes reach the page's listeners and carry their DataTransfer.
 */
import { buildTextModel, rangeOf, readText, rectsOf } from './text-model';
import type { EditorAccess, WriteResult } from './types';

export interface WriteContext {
  el: HTMLElement;
  /** The replacement text. */
  text: string;
  start: number;
  end: number;
}

/** What a strategy saw while it ran. */
export interface StrategyOutcome {
  /** How many undo steps the editor may have recorded (default 1). */
  steps?: number;
  /** Set when the page did not see the write (its input event was stopped): the write must not count even if the text reads right. */
  unseen?: string;
}

export interface Strategy {
  name: string;
  /** Whether this strategy can write `ctx.text` at all (default: yes). */
  applies?(ctx: WriteContext): boolean;
  /** Sends the text through one input path, with the span already selected. */
  run(ctx: WriteContext): void | StrategyOutcome | Promise<void | StrategyOutcome>;
}

/** One way to ask the editor to undo its last change. */
export interface UndoMethod {
  name: string;
  run(el: HTMLElement): void;
}

export interface WritePlan {
  read(el: HTMLElement): string;
  /** Selects [start, end) of read(el) the way the editor will see it, and waits until it has. */
  select(el: HTMLElement, start: number, end: number): Promise<void>;
  /**
   * Runs once before the first strategy, with the draft untouched; returns a
   * reason to give up (the draft must then read as before), or null.
   */
  prepare?(el: HTMLElement): Promise<string | null>;
  strategies: readonly Strategy[];
  undo: readonly UndoMethod[];
}

/** How long a write may take to show in the draft. */
const SETTLE_MS = 450;
/** How long a wrong result must stay unchanged before it counts as final. */
const STABLE_MS = 150;
/** How long to wait for the browser's `selectionchange` after selecting. */
const SELECTION_MS = 250;

/** The next frame, or 50 ms when frames are throttled (a background tab). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The next task: lets listeners queued by the last event run first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function once(target: EventTarget, type: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (fired: boolean): void => {
      clearTimeout(timer);
      target.removeEventListener(type, onEvent);
      resolve(fired);
    };
    const onEvent = (): void => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    target.addEventListener(type, onEvent);
  });
}

/**
 * Puts the document selection on `range` inside `el` and waits for the
 * `selectionchange` it causes: Lexical, Draft.js (through React's onSelect)
 * and Quill sync their own selection from that event, and ignore a write
 * dispatched in the same task.
 */
export async function selectRange(el: HTMLElement, range: Range): Promise<void> {
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  if (doc.activeElement !== el) {
    el.focus({ preventScroll: true });
    // Focusing queues its own selectionchange: let it pass before ours.
    await nextTask();
  }
  const changed = once(doc, 'selectionchange', SELECTION_MS);
  selection.removeAllRanges();
  selection.addRange(range);
  await changed;
  await nextTask();
}

/** The document selection's range, if there is one (where selectRange put it). */
export function selectedRange(el: HTMLElement): Range | null {
  const selection = el.ownerDocument.getSelection();
  return selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
}

/**
 * Runs `command` (execCommand calls) and reports whether the input events it
 * fires reached the compose box: a page listener that stops them earlier
 * leaves the page's own state (React's value tracker, a draft store, the send
 * button) on the old text even though the DOM reads the new one.
 */
export function execCommands(el: HTMLElement, command: () => number): StrategyOutcome {
  let fired = 0;
  const onInput = (): void => {
    fired++;
  };
  el.addEventListener('input', onInput, true);
  let steps: number;
  try {
    steps = command();
  } finally {
    el.removeEventListener('input', onInput, true);
  }
  if (steps > 0 && fired === 0) return { steps, unseen: 'the page stopped the input event before it reached the compose box' };
  return { steps };
}

/** Text as plain DataTransfer, for paste and beforeinput. */
export function plainTransfer(text: string): DataTransfer {
  // Firefox: a DataTransfer made in the isolated world reaches the page empty; it must be built in the page world.
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return data;
}

/** A synthetic paste of plain text on the editor. Returns whether a listener handled (cancelled) it. */
export function dispatchPaste(el: HTMLElement, text: string): boolean {
  // Firefox: the ClipboardEvent must be created in the page world (Lexical also checks its class there).
  const event = new ClipboardEvent('paste', { clipboardData: plainTransfer(text), bubbles: true, cancelable: true, composed: true });
  return !el.dispatchEvent(event);
}

export interface BeforeInputInit {
  inputType: string;
  data?: string | null;
  /** Put the text in a DataTransfer (insertReplacementText) rather than `data`. */
  transfer?: string;
  /** The range the input replaces, for editors that read getTargetRanges(). */
  target?: Range | null;
}

/** A synthetic beforeinput on the editor. Returns whether a listener handled (cancelled) it. */
export function dispatchBeforeInput(el: HTMLElement, init: BeforeInputInit): boolean {
  const targetRanges = init.target ? [new StaticRange({ startContainer: init.target.startContainer, startOffset: init.target.startOffset, endContainer: init.target.endContainer, endOffset: init.target.endOffset })] : [];
  // Firefox: InputEvent and its DataTransfer must come from the page world to carry the text.
  const event = new InputEvent('beforeinput', {
    inputType: init.inputType,
    data: init.data ?? null,
    dataTransfer: init.transfer === undefined ? null : plainTransfer(init.transfer),
    targetRanges,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  return !el.dispatchEvent(event);
}

function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

/** Undo methods the families pick from. */
export const UNDO = {
  /** beforeinput historyUndo: Lexical (UNDO_COMMAND) and Quill 2 (history module) listen to it. */
  historyEvent: {
    name: 'beforeinput historyUndo',
    run: (el: HTMLElement) => void dispatchBeforeInput(el, { inputType: 'historyUndo' }),
  },
  /** A synthetic Ctrl/Cmd+Z keydown: Draft.js's key bindings, Lexical's and Quill's keyboard modules. */
  shortcut: {
    name: 'synthetic Ctrl+Z',
    run: (el: HTMLElement) => {
      const mac = isMac();
      const init: KeyboardEventInit = { key: 'z', code: 'KeyZ', keyCode: 90, which: 90, ctrlKey: !mac, metaKey: mac, bubbles: true, cancelable: true, composed: true };
      el.dispatchEvent(new KeyboardEvent('keydown', init));
      el.dispatchEvent(new KeyboardEvent('keyup', init));
    },
  },
  /** The browser's own undo stack: plain contenteditable and textarea, where execCommand wrote. */
  native: {
    name: 'execCommand undo',
    run: (el: HTMLElement) => {
      if (el.ownerDocument.activeElement !== el) el.focus({ preventScroll: true });
      el.ownerDocument.execCommand('undo');
    },
  },
} satisfies Record<string, UndoMethod>;

/**
 * Waits until the draft reads `expected` (and still does a frame later, so an
 * editor that reverts a foreign change is caught), or until a different
 * result has stopped changing, or the time is up. Returns the last reading.
 */
async function settle(read: () => string, expected: string, before: string): Promise<string> {
  const t0 = performance.now();
  let last = read();
  let since = t0;
  for (;;) {
    const now = performance.now();
    if (last === expected) {
      await nextFrame();
      const again = read();
      if (again === expected) return again;
      last = again;
      since = performance.now();
      continue;
    }
    if (now - t0 > SETTLE_MS) return last;
    if (last !== before && now - since > STABLE_MS) return last;
    await nextFrame();
    const value = read();
    if (value !== last) {
      last = value;
      since = performance.now();
    }
  }
}

/** Waits until the draft differs from `from` and stops changing (or the time is up). */
async function settleChange(read: () => string, from: string): Promise<string> {
  const t0 = performance.now();
  let last = read();
  let since = t0;
  while (performance.now() - t0 < SETTLE_MS) {
    if (last !== from && performance.now() - since > 2 * 16) return last;
    await nextFrame();
    const value = read();
    if (value !== last) {
      last = value;
      since = performance.now();
    }
  }
  return last;
}

function occurrences(haystack: string, needle: string): number {
  return needle === '' ? 0 : haystack.split(needle).length - 1;
}

/** A short, privacy-neutral description of what went wrong (lengths, never the text). */
function describe(after: string, before: string, expected: string, text: string): string {
  const sizes = `${after.length} characters, expected ${expected.length}`;
  if (occurrences(after, text) > occurrences(expected, text)) return `the text was inserted more than once (${sizes})`;
  if (before !== '' && occurrences(after, before) > occurrences(expected, before)) return `the old draft was kept beside the new text (${sizes})`;
  if (after.length < expected.length) return `only part of the text arrived (${sizes})`;
  return `the draft differs from the expected result (${sizes})`;
}

/**
 * Undoes up to `steps` editor changes until the draft reads `before` again.
 * Each step uses the first undo method that changes the draft.
 */
async function revert(el: HTMLElement, plan: WritePlan, before: string, steps: number): Promise<boolean> {
  const read = () => plan.read(el);
  for (let step = 0; step < steps; step++) {
    const current = read();
    if (current === before) return true;
    let moved = false;
    for (const method of plan.undo) {
      try {
        method.run(el);
      } catch {
        continue;
      }
      const after = await settleChange(read, current);
      if (after !== current) {
        moved = true;
        break;
      }
    }
    if (!moved) return false;
  }
  return read() === before;
}

/**
 * Replaces [start, end) of the draft with `text` through the plan's
 * strategies, in order, and reports what the draft reads afterwards.
 */
export async function writeThrough(el: HTMLElement, text: string, span: readonly [number, number] | undefined, plan: WritePlan): Promise<WriteResult> {
  const read = () => plan.read(el);
  const before = read();
  const [start, end] = span ?? [0, before.length];
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= before.length)) {
    return { ok: false, reason: `span [${start}, ${end}) is outside the draft (${before.length} characters)`, text: before };
  }
  if (!el.isConnected) return { ok: false, reason: 'the compose box is no longer in the page', text: before };
  const expected = before.slice(0, start) + text + before.slice(end);
  if (expected === before) return { ok: true, text: before };

  const failures: string[] = [];
  const refused = plan.prepare ? await plan.prepare(el) : null;
  if (refused !== null) return { ok: false, reason: refused, text: read() };
  for (const strategy of plan.strategies) {
    const ctx: WriteContext = { el, text, start, end };
    if (strategy.applies && !strategy.applies(ctx)) continue;
    if (read() !== before) {
      failures.push('the draft changed during the write');
      return { ok: false, reason: failures.join('; '), text: read() };
    }
    let outcome: StrategyOutcome = {};
    try {
      await plan.select(el, start, end);
      outcome = (await strategy.run(ctx)) ?? {};
    } catch (error) {
      failures.push(`${strategy.name}: threw ${error instanceof Error ? error.name : 'an error'}`);
    }
    const after = await settle(read, expected, before);
    if (after === expected && outcome.unseen === undefined) return { ok: true, text: after };
    if (after === before) {
      failures.push(`${strategy.name}: ${outcome.unseen ?? 'the draft did not change'}`);
      continue;
    }
    failures.push(`${strategy.name}: ${outcome.unseen ?? describe(after, before, expected, text)}`);
    if (!(await revert(el, plan, before, Math.max(1, outcome.steps ?? 1)))) {
      failures.push('undoing it did not restore the draft');
      return { ok: false, reason: failures.join('; '), text: read() };
    }
    // A page that stops input events stops them for every strategy: do not write again.
    if (outcome.unseen !== undefined) break;
  }
  return { ok: false, reason: failures.join('; ') || 'no strategy for this editor', text: read() };
}

/** Read, range and rects of a contenteditable family, from the shared text model. */
export function contentEditableReader(): Pick<EditorAccess, 'read' | 'range' | 'rects'> & { select: WritePlan['select'] } {
  return {
    read: (el) => readText(el),
    range: (el, start, end) => rangeOf(buildTextModel(el), start, end),
    rects: (el, start, end) => rectsOf(rangeOf(buildTextModel(el), start, end)),
    select: (el, start, end) => selectRange(el, rangeOf(buildTextModel(el), start, end)),
  };
}

/**
 * The access of a contenteditable family: the shared text model to read, the
 * plan's strategies and undo methods to write. `root` maps the element the
 * site adapter found to the editable the text lives in (the element itself
 * for most editors).
 */
export function contentEditableAccess(
  family: EditorAccess['family'],
  spec: Omit<WritePlan, 'read' | 'select'>,
  root: (el: HTMLElement) => HTMLElement = (el) => el,
): EditorAccess {
  const reader = contentEditableReader();
  const plan: WritePlan = {
    ...spec,
    read: (el) => reader.read(root(el)),
    select: (el, start, end) => reader.select(root(el), start, end),
  };
  return {
    family,
    read: plan.read,
    range: (el, start, end) => reader.range(root(el), start, end),
    rects: (el, start, end) => reader.rects(root(el), start, end),
    replace: (el, text, span) => writeThrough(el, text, span, plan),
  };
}
