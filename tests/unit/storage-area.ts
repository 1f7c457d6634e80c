/** An in-memory `storage.local` for unit tests: copies in and out like the browser's, and a switch to make reads or writes fail. */
export interface MemoryArea {
  data: Record<string, unknown>;
  /** Successful `set` calls so far. */
  readonly writes: number;
  fail: { get?: boolean; set?: boolean };
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function memoryArea(initial: Record<string, unknown> = {}): MemoryArea {
  let writes = 0;
  const area: MemoryArea = {
    data: structuredClone(initial),
    get writes() {
      return writes;
    },
    fail: {},
    async get(keys) {
      if (area.fail.get === true) throw new Error('storage read failed');
      const list = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in area.data).map((k) => [k, structuredClone(area.data[k])]));
    },
    async set(items) {
      // The browser applies one set whole or not at all.
      if (area.fail.set === true) throw new Error('QUOTA_BYTES quota exceeded');
      Object.assign(area.data, structuredClone(items));
      writes++;
    },
  };
  return area;
}
