export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
export const BUDGETS: { firstLoadGzip: number; classicGzip: number };
export function sizes(buffer: Uint8Array): Sizes;
export function firstLoadFiles(dist: string): string[];
export function totalSize(dist: string, names: string[]): Sizes;
