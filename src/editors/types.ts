/**
 * Editor access: read the draft, map engine offsets to the page, write a
 * template through the editor's own input path. One module per family.
 */
import type { EditorFamily } from '../sites/types';

/** The outcome of a write, always checked by reading the draft back. */
export type WriteResult =
  | { ok: true; text: string }
  | { ok: false; reason: string; text: string };

export interface EditorAccess {
  family: EditorFamily;
  /**
   * The draft as the site would send it: one "\n" between lines or blocks,
   * no zero-width placeholders, emoji images as their alt text.
   */
  read(el: HTMLElement): string;
  /**
   * A DOM range over the characters [start, end) of read(el), or null when
   * the editor keeps its text out of the DOM (textarea): use rects() then.
   */
  range(el: HTMLElement, start: number, end: number): Range | null;
  /** Client rectangles of [start, end), for drawing boxes (works for every family). */
  rects(el: HTMLElement, start: number, end: number): DOMRect[];
  /**
   * Replaces [start, end) of read(el) (the whole draft when omitted) with
   * `text`, through the editor's own input path so the app's state, its send
   * and the user's undo (Ctrl+Z) all see it. Resolves after reading back.
   */
  replace(el: HTMLElement, text: string, span?: readonly [number, number]): Promise<WriteResult>;
}
