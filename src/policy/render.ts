/**
 * Deployment artifacts: a policy's managed values (managed.ts) in the form
 * each browser's enterprise management reads them.
 *
 *   chrome-linux     JSON for /etc/opt/chrome/policies/managed/ (Chromium and Edge: their own folders)
 *   chrome-windows   .reg under HKLM\SOFTWARE\Policies\Google\Chrome\3rdparty\extensions\<id>\policy
 *   edge-windows     .reg under HKLM\SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\<id>\policy
 *   chrome-macos     .mobileconfig setting the preference domain com.google.Chrome.extensions.<id>
 *   firefox          policies.json: policies.3rdparty.Extensions.<gecko id>
 *
 * Pure: text in, text out, no file system. The configuration profile's UUIDs
 * are name-based (SHA-1 from node:crypto), so the same policy always renders
 * the same files. `prudence policy render` is the CLI.
 */
import { createHash } from 'node:crypto';
import { MANAGED_JSON_KEY, toManaged } from './managed';
import { CHROME_EXTENSION_ID, GECKO_ID } from './ids';
import type { Policy } from './schema';

export const RENDER_TARGETS = ['chrome-linux', 'chrome-windows', 'chrome-macos', 'edge-windows', 'firefox'] as const;
export type RenderTarget = (typeof RENDER_TARGETS)[number];

export function isRenderTarget(s: string): s is RenderTarget {
  return (RENDER_TARGETS as readonly string[]).includes(s);
}

/** Where each artifact goes, in one line (the CLI prints it on stderr, so stdout stays the file). */
export const DESTINATIONS: Record<RenderTarget, string> = {
  'chrome-linux': 'save as /etc/opt/chrome/policies/managed/prudence.json (Chromium: /etc/chromium/policies/managed/, Edge: /etc/opt/edge/policies/managed/), then "Reload policies" in chrome://policy',
  'chrome-windows': 'save as prudence.reg and import it on each machine (reg import prudence.reg /reg:64, or a Group Policy registry preference), then "Reload policies" in chrome://policy',
  'edge-windows': 'save as prudence.reg and import it on each machine (reg import prudence.reg /reg:64, or a Group Policy registry preference), then "Reload policies" in edge://policy',
  'chrome-macos': 'save as prudence-chrome.mobileconfig and upload it to your MDM (Jamf Pro or any other) as a custom configuration profile',
  firefox: 'merge into policies.json: /etc/firefox/policies/ (Linux), distribution/ next to the Firefox program (Windows), Firefox.app/Contents/Resources/distribution/ (macOS); Firefox reads it at start only',
};

export function defaultId(target: RenderTarget): string {
  return target === 'firefox' ? GECKO_ID : CHROME_EXTENSION_ID;
}

/** Why an extension id cannot be the one policies are keyed by for this target, or null when it can. */
export function idProblem(target: RenderTarget, id: string): string | null {
  if (target === 'firefox') {
    // Mozilla's rule for add-on ids: a GUID in braces, or something shaped like an e-mail address, 80 characters at most.
    const ok = id.length <= 80 && /^(?:\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}|[a-z0-9._-]*@[a-z0-9._-]+)$/i.test(id);
    return ok ? null : `"${id}" is not a Firefox add-on id: it looks like name@domain or {GUID} (Prudence's is ${GECKO_ID})`;
  }
  if (/^[a-p]{32}$/.test(id)) return null;
  const hint = /^[a-p]{32}$/i.test(id) ? ': write it in lower case' : ': it is 32 letters from a to p, as chrome://extensions shows it';
  return `"${id}" is not a Chrome or Edge extension id${hint}`;
}

export interface Artifact {
  /** The file, without a final line break. */
  text: string;
  /** Where it goes, in one line. */
  destination: string;
}

/** The deployment file for a target; `id` defaults to the extension's own. Throws on an invalid id. */
export function renderPolicy(policy: Policy, target: RenderTarget, id: string = defaultId(target)): Artifact {
  const problem = idProblem(target, id);
  if (problem !== null) throw new Error(problem);
  const values = toManaged(policy);
  const destination = DESTINATIONS[target];
  switch (target) {
    case 'chrome-linux':
      return { text: chromeJson(values, id), destination };
    case 'chrome-windows':
      return { text: registryFile(asciiPolicyJson(values), `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${id}\\policy`), destination };
    case 'edge-windows':
      return { text: registryFile(asciiPolicyJson(values), `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${id}\\policy`), destination };
    case 'chrome-macos':
      return { text: mobileconfig(values, id), destination };
    case 'firefox':
      return { text: firefoxJson(values, id), destination };
  }
}

// ---------------------------------------------------------------- JSON

/** Chrome's policy file on Linux: third-party policies are keyed by extension id under lower-case `extensions`. */
export function chromeJson(values: Record<string, unknown>, id: string): string {
  return JSON.stringify({ '3rdparty': { extensions: { [id]: values } } }, null, 2);
}

/** Firefox's policies.json: the same values under `3rdparty.Extensions` (capital E), keyed by the add-on id. */
export function firefoxJson(values: Record<string, unknown>, id: string): string {
  return JSON.stringify({ policies: { '3rdparty': { Extensions: { [id]: values } } } }, null, 2);
}

// ---------------------------------------------------------------- Windows registry

/**
 * The JSON text of `policyJson` with every character outside printable ASCII
 * written as a \uXXXX escape: the same JSON once parsed, and a .reg file
 * that stays ASCII (regedit reads a file saved without a UTF-16 byte order
 * mark in the machine's ANSI code page, which would garble accents).
 */
export function asciiPolicyJson(values: Record<string, unknown>): Record<string, unknown> {
  const text = values[MANAGED_JSON_KEY];
  if (typeof text !== 'string') return values;
  return { ...values, [MANAGED_JSON_KEY]: text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) };
}

/**
 * A .reg file that sets `values` under `key`, in the layout Chrome's registry
 * policy reader expects: booleans and integers as REG_DWORD, strings as
 * REG_SZ, objects as sub-keys, lists as sub-keys whose values (or, for lists
 * of objects, sub-keys) are named "1", "2", ...
 *
 * It first deletes the key, so that a value dropped from the policy does not
 * linger from an earlier import.
 */
export function registryFile(values: Record<string, unknown>, key: string): string {
  const lines = ['Windows Registry Editor Version 5.00', '', '; Written by `prudence policy render`. Deletes the previous Prudence policy first, then sets the new one.', `[-${key}]`, ''];
  writeKey(lines, key, Object.entries(values), '');
  return lines.join('\n');
}

function writeKey(lines: string[], key: string, entries: ReadonlyArray<readonly [string, unknown]>, at: string): void {
  lines.push(`[${key}]`);
  const subKeys: Array<readonly [string, object]> = [];
  for (const [name, v] of entries) {
    const path = at === '' ? name : `${at}.${name}`;
    if (typeof v === 'object' && v !== null) subKeys.push([name, v]);
    else lines.push(`${regString(name)}=${regData(v, path)}`);
  }
  for (const [name, v] of subKeys) {
    const path = at === '' ? name : `${at}.${name}`;
    if (name.includes('\\') || name === '') throw new Error(`registry: "${path}" cannot be a registry key name`);
    lines.push('');
    const children = Array.isArray(v) ? v.map((x, i) => [String(i + 1), x] as const) : Object.entries(v);
    writeKey(lines, `${key}\\${name}`, children, path);
  }
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** A quoted .reg string: backslash and double quote escaped. */
function regString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function regData(v: unknown, path: string): string {
  if (typeof v === 'boolean') return `dword:${v ? '00000001' : '00000000'}`;
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new Error(`registry: ${path} = ${v} has no REG_DWORD form (a whole number from 0 to 4294967295)`);
    return `dword:${v.toString(16).padStart(8, '0')}`;
  }
  if (typeof v === 'string') {
    if (PRINTABLE_ASCII.test(v)) return regString(v);
    // Outside printable ASCII, the REG_SZ is written as its UTF-16LE bytes (hex(1)), which no file encoding can garble.
    const bytes: string[] = [];
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      bytes.push(hex2(c & 0xff), hex2(c >> 8));
    }
    return `hex(1):${[...bytes, '00', '00'].join(',')}`;
  }
  throw new Error(`registry: ${path} has no registry form (${v === null ? 'null' : typeof v})`);
}

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

// ---------------------------------------------------------------- macOS configuration profile

/** The reverse-DNS prefix of the profiles' identifiers (from the add-on id prudence@prudence.local). */
const IDENTIFIER_PREFIX = 'local.prudence.policy';

/** Namespace of the name-based (version 5) UUIDs of Prudence's configuration profiles. */
const UUID_NAMESPACE = 'bb12980c-9934-4004-a9c7-9a9d108dab34';

/**
 * A configuration profile (.mobileconfig) whose one payload forces the
 * managed values in Chrome's preference domain for the extension,
 * `com.google.Chrome.extensions.<id>`, through the Custom Settings payload
 * (com.apple.ManagedClient.preferences, Forced, mcx_preference_settings).
 *
 * The identifiers are stable for an extension id, so an MDM replaces the
 * profile it installed before; the UUIDs are derived from the id and the
 * values, so the same policy always gives the same file.
 */
export function mobileconfig(values: Record<string, unknown>, id: string): string {
  // Read once on their own first, so that a value a property list cannot hold is named by its path in the policy.
  plist(values, '', '');
  const domain = `com.google.Chrome.extensions.${id}`;
  const identifier = `${IDENTIFIER_PREFIX}.chrome.${id}`;
  const fingerprint = `${domain}\n${JSON.stringify(values)}`;
  const placeholders = values.placeholders as { firm?: unknown } | undefined;
  const organization = typeof placeholders?.firm === 'string' && placeholders.firm.trim() !== '' ? placeholders.firm : 'Prudence';
  const payload = {
    PayloadContent: { [domain]: { Forced: [{ mcx_preference_settings: values }] } },
    PayloadDisplayName: 'Prudence for Google Chrome',
    PayloadEnabled: true,
    PayloadIdentifier: `${identifier}.preferences`,
    PayloadType: 'com.apple.ManagedClient.preferences',
    PayloadUUID: uuidV5(UUID_NAMESPACE, `payload\n${fingerprint}`),
    PayloadVersion: 1,
  };
  const profile = {
    PayloadContent: [payload],
    PayloadDescription: `Settings of the Prudence extension (${id}) in Google Chrome, written by prudence policy render.`,
    PayloadDisplayName: 'Prudence policy (Google Chrome)',
    PayloadIdentifier: identifier,
    PayloadOrganization: organization,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: uuidV5(UUID_NAMESPACE, `profile\n${fingerprint}`),
    PayloadVersion: 1,
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...plist(profile, '', ''),
    '</plist>',
  ].join('\n');
}

/** One value as property-list XML lines, indented with tabs. */
function plist(v: unknown, indent: string, path: string): string[] {
  if (typeof v === 'boolean') return [`${indent}<${v ? 'true' : 'false'}/>`];
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`plist: ${path} = ${v} is not a number a property list can hold`);
    return [`${indent}<${Number.isInteger(v) ? 'integer' : 'real'}>${v}</${Number.isInteger(v) ? 'integer' : 'real'}>`];
  }
  if (typeof v === 'string') return [`${indent}<string>${xmlText(v, path)}</string>`];
  if (Array.isArray(v)) {
    if (v.length === 0) return [`${indent}<array/>`];
    return [`${indent}<array>`, ...v.flatMap((x, i) => plist(x, `${indent}\t`, `${path}[${i}]`)), `${indent}</array>`];
  }
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return [`${indent}<dict/>`];
    return [
      `${indent}<dict>`,
      ...entries.flatMap(([k, x]) => {
        const at = path === '' ? k : `${path}.${k}`;
        return [`${indent}\t<key>${xmlText(k, at)}</key>`, ...plist(x, `${indent}\t`, at)];
      }),
      `${indent}</dict>`,
    ];
  }
  throw new Error(`plist: ${path} has no property-list form (${v === null ? 'null' : typeof v})`);
}

function xmlText(s: string, path: string): string {
  // XML 1.0 cannot carry these control characters at all, not even as character references.
  if (/[\x00-\x08\x0b\x0c\x0e-\x1f]/.test(s)) throw new Error(`plist: ${path} holds a control character a property list cannot carry`);
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

// ---------------------------------------------------------------- name-based UUIDs

/** An RFC 4122 version 5 UUID: SHA-1 of the namespace's bytes and the name's UTF-8. */
export function uuidV5(namespace: string, name: string): string {
  const ns = namespace.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(ns)) throw new Error(`uuidV5: "${namespace}" is not a UUID`);
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  for (let i = 0; i < 16; i++) input[i] = parseInt(ns.slice(i * 2, i * 2 + 2), 16);
  input.set(nameBytes, 16);
  const h = sha1(input).slice(0, 16);
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = [...h].map(hex2).join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`.toUpperCase();
}

/** SHA-1, for name-based UUIDs only (nothing here needs collision resistance). */
export function sha1(message: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha1').update(message).digest());
}
