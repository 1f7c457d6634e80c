/** Types of hostile-text.mjs for the TypeScript tests. */
export function rng(seed: number): () => number;
export function tile(unit: string, n: number): string;
export const TOKENS: readonly string[];
export const SHAPES: Record<string, (n: number, r: () => number) => string>;
