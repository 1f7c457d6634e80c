// Small DOM helpers shared by the vanilla pages.
import { icon } from './icons';

export function timeNow(): string {
  const d = new Date();
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Small DOM builder: h('div', {class: 'a', 'data-x': '1'}, child, 'text'). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c);
  }
  return el;
}

/** Path segments after the page folder: "/messenger/t/12/" -> ["t", "12"]. */
export function routeSegments(page: string): string[] {
  const parts = location.pathname.split('/').filter(Boolean);
  return parts[0] === page ? parts.slice(1) : parts;
}

const COLORS = ['#25a18e', '#7b61ff', '#e26d5c', '#3a86ff', '#f4a261', '#2a9d8f', '#d63384', '#6c757d'];

/** A round avatar with the name's initials (or a person glyph for a phone number). */
export function avatar(name: string, size: number): HTMLElement {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const words = name.replace(/[^\p{L}\s]/gu, '').trim().split(/\s+/).filter(Boolean);
  const initials = words.slice(0, 2).map((w) => w[0]?.toUpperCase()).join('');
  // Initials come from CSS (attr()) so they never show up in a header's innerText.
  const el = h('span', { class: 'pg-avatar', 'aria-hidden': 'true', 'data-initials': initials }, initials ? null : icon('person'));
  el.style.width = el.style.height = `${size}px`;
  el.style.fontSize = `${Math.round(size * 0.4)}px`;
  el.style.background = COLORS[hash % COLORS.length] ?? '#888';
  return el;
}
