// A QR code's modules for a text, as ISO/IEC 18004 lays them out: byte mode (UTF-8), error
// correction level M, the smallest version that holds the text, and the mask with the lowest
// penalty. Only what the widget draws: no other modes or levels, which is what keeps this small
// (a general encoder was 7 KB gzip of the one-file script).

/** Error correction for level M by version (1–40): EC codewords per block, blocks of the first group and their data codewords, blocks of the second (one data codeword more). */
const LEVEL_M: readonly (readonly [number, number, number, number])[] = [
  [10, 1, 16, 0],
  [16, 1, 28, 0],
  [26, 1, 44, 0],
  [18, 2, 32, 0],
  [24, 2, 43, 0],
  [16, 4, 27, 0],
  [18, 4, 31, 0],
  [22, 2, 38, 2],
  [22, 3, 36, 2],
  [26, 4, 43, 1],
  [30, 1, 50, 4],
  [22, 6, 36, 2],
  [22, 8, 37, 1],
  [24, 4, 40, 5],
  [24, 5, 41, 5],
  [28, 7, 45, 3],
  [28, 10, 46, 1],
  [26, 9, 43, 4],
  [26, 3, 44, 11],
  [26, 3, 41, 13],
  [26, 17, 42, 0],
  [28, 17, 46, 0],
  [28, 4, 47, 14],
  [28, 6, 45, 14],
  [28, 8, 47, 13],
  [28, 19, 46, 4],
  [28, 22, 45, 3],
  [28, 3, 45, 23],
  [28, 21, 45, 7],
  [28, 19, 47, 10],
  [28, 2, 46, 29],
  [28, 10, 46, 23],
  [28, 14, 46, 21],
  [28, 14, 46, 23],
  [28, 12, 47, 26],
  [28, 6, 47, 34],
  [28, 29, 46, 14],
  [28, 13, 46, 32],
  [28, 40, 47, 7],
  [28, 18, 47, 31],
];

// GF(256) with the QR polynomial x⁸ + x⁴ + x³ + x² + 1.
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++, x = x & 0x80 ? ((x << 1) ^ 0x11d) & 0xff : x << 1) {
  EXP[i] = EXP[i + 255] = x;
  LOG[x] = i;
}
const multiply = (a: number, b: number) => (a && b ? (EXP[(LOG[a] ?? 0) + (LOG[b] ?? 0)] ?? 0) : 0);

/** The Reed–Solomon error correction codewords of one block. */
function errorCorrection(data: readonly number[], length: number): number[] {
  // The generator polynomial, highest power first: the product of (x + 2^i) for i below `length`.
  let generator = [1];
  for (let i = 0; i < length; i++) generator = [...generator, 0].map((c, j) => c ^ multiply(generator[j - 1] ?? 0, EXP[i] ?? 0));
  const remainder = [...data, ...new Array<number>(length).fill(0)];
  data.forEach((_, i) => {
    const factor = remainder[i] ?? 0;
    for (let j = 1; j <= length; j++) remainder[i + j] = (remainder[i + j] ?? 0) ^ multiply(generator[j] ?? 0, factor);
  });
  return remainder.slice(data.length);
}

type Spec = (typeof LEVEL_M)[number];
const dataCapacity = ([, first, words, second]: Spec) => first * words + second * (words + 1);

/** The data in 8-bit mode with its header, terminator and padding, as codewords. */
function dataCodewords(bytes: Uint8Array, version: number, capacity: number): number[] {
  const bits: number[] = [];
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(0b0100, 4);
  put(bytes.length, version < 10 ? 8 : 16);
  for (const byte of bytes) put(byte, 8);
  put(0, Math.min(4, capacity * 8 - bits.length));
  while (bits.length % 8) bits.push(0);
  const data: number[] = [];
  for (let i = 0; i < bits.length; i += 8) data.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
  for (let pad = 0xec; data.length < capacity; pad ^= 0xec ^ 0x11) data.push(pad);
  return data;
}

/** The codewords to place: data, then error correction, each interleaved block by block. */
function codewords(bytes: Uint8Array, version: number, spec: Spec): number[] {
  const [ecLength, first, words, second] = spec;
  const data = dataCodewords(bytes, version, dataCapacity(spec));
  const blocks: number[][] = [];
  for (let b = 0, offset = 0; b < first + second; b++) {
    const length = words + (b < first ? 0 : 1);
    blocks.push(data.slice(offset, (offset += length)));
  }
  const corrections = blocks.map((block) => errorCorrection(block, ecLength));
  const out: number[] = [];
  const interleave = (lists: number[][], length: number) => {
    for (let i = 0; i < length; i++) for (const list of lists) if (i < list.length) out.push(list[i] ?? 0);
  };
  interleave(blocks, words + 1);
  interleave(corrections, ecLength);
  return out;
}

/** Centres of the alignment patterns along each axis. */
function alignmentCentres(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = version === 32 ? 26 : Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
  const centres = [6];
  for (let position = version * 4 + 10; centres.length < count; position -= step) centres.splice(1, 0, position);
  return centres;
}

/** A BCH code: `data` followed by the remainder of its division by `generator` (degree `degree`). */
function bch(data: number, generator: number, degree: number): number {
  let remainder = data << degree;
  for (let bit = 31 - Math.clz32(remainder); bit >= degree; bit--) if ((remainder >>> bit) & 1) remainder ^= generator << (bit - degree);
  return (data << degree) | remainder;
}

/** Whether mask `mask` flips the module at row `r`, column `c`. */
function flips(mask: number, r: number, c: number): boolean {
  switch (mask) {
    case 0:
      return (r + c) % 2 === 0;
    case 1:
      return r % 2 === 0;
    case 2:
      return c % 3 === 0;
    case 3:
      return (r + c) % 3 === 0;
    case 4:
      return (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0;
    case 5:
      return ((r * c) % 2) + ((r * c) % 3) === 0;
    case 6:
      return (((r * c) % 2) + ((r * c) % 3)) % 2 === 0;
    default:
      return (((r + c) % 2) + ((r * c) % 3)) % 2 === 0;
  }
}

/** The modules, one byte each (1 dark), and which the function patterns reserve. */
interface Grid {
  size: number;
  dark: Uint8Array;
  reserved: Uint8Array;
}

const isDark = (grid: Grid, r: number, c: number) => grid.dark[r * grid.size + c] === 1;
function setDark(grid: Grid, r: number, c: number, on: boolean): void {
  grid.dark[r * grid.size + c] = on ? 1 : 0;
}
function setFunction(grid: Grid, r: number, c: number, on: boolean): void {
  setDark(grid, r, c, on);
  grid.reserved[r * grid.size + c] = 1;
}

/** The function patterns: finders with their separators, alignment, timing, the dark module, and version information. */
function functionPatterns(version: number): Grid {
  const size = version * 4 + 17;
  const grid: Grid = { size, dark: new Uint8Array(size * size), reserved: new Uint8Array(size * size) };
  for (const [row, col] of [
    [0, 0],
    [size - 7, 0],
    [0, size - 7],
  ] as const) {
    for (let r = -1; r <= 7; r++)
      for (let c = -1; c <= 7; c++) {
        if (row + r < 0 || row + r >= size || col + c < 0 || col + c >= size) continue;
        const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
        setFunction(grid, row + r, col + c, ring !== 2 && ring !== 4);
      }
  }
  const centres = alignmentCentres(version);
  for (const row of centres)
    for (const col of centres) {
      if (grid.reserved[row * size + col]) continue; // under a finder
      for (let r = -2; r <= 2; r++) for (let c = -2; c <= 2; c++) setFunction(grid, row + r, col + c, Math.max(Math.abs(r), Math.abs(c)) !== 1);
    }
  for (let i = 8; i < size - 8; i++) {
    setFunction(grid, 6, i, i % 2 === 0);
    setFunction(grid, i, 6, i % 2 === 0);
  }
  // The format information's modules (written per mask); the dark module.
  for (let i = 0; i < 9; i++) {
    setFunction(grid, 8, i, false);
    setFunction(grid, i, 8, false);
    if (i < 8) {
      setFunction(grid, 8, size - 1 - i, false);
      setFunction(grid, size - 1 - i, 8, false);
    }
  }
  setFunction(grid, size - 8, 8, true);
  if (version >= 7) {
    const bits = bch(version, 0x1f25, 12);
    for (let i = 0; i < 18; i++) {
      const on = ((bits >>> i) & 1) === 1;
      setFunction(grid, Math.floor(i / 3), size - 11 + (i % 3), on);
      setFunction(grid, size - 11 + (i % 3), Math.floor(i / 3), on);
    }
  }
  // The timing patterns cross the format information's row and column: put them back.
  setFunction(grid, 6, 8, true);
  setFunction(grid, 8, 6, true);
  return grid;
}

/** Level M (00) and the mask, twice: beside the top-left finder, and split between the other two. */
function placeFormat(grid: Grid, mask: number): void {
  const { size } = grid;
  const bits = bch(mask, 0x537, 10) ^ 0x5412;
  for (let i = 0; i < 15; i++) {
    const on = ((bits >>> i) & 1) === 1;
    setDark(grid, i < 6 ? i : i < 8 ? i + 1 : size - 15 + i, 8, on);
    setDark(grid, 8, i < 8 ? size - 1 - i : i < 9 ? 15 - i : 14 - i, on);
  }
}

/** Data in the zigzag of two-module columns, from the bottom right, masked. */
function placeData(grid: Grid, words: number[], mask: number): void {
  const { size } = grid;
  let bit = 0;
  for (let right = size - 1, upward = true; right > 0; right -= 2, upward = !upward) {
    if (right === 6) right = 5; // the vertical timing pattern
    for (let step = 0; step < size; step++) {
      const row = upward ? size - 1 - step : step;
      for (const col of [right, right - 1]) {
        if (grid.reserved[row * size + col]) continue;
        const on = (((words[bit >>> 3] ?? 0) >>> (7 - (bit & 7))) & 1) === 1;
        setDark(grid, row, col, on !== flips(mask, row, col));
        bit++;
      }
    }
  }
}

/** ISO/IEC 18004's penalty: runs of five or more, 2×2 blocks, finder-like patterns, and imbalance. */
function penalty(grid: Grid): number {
  const { size } = grid;
  let score = 0;
  const line = (get: (i: number) => boolean) => {
    let run = 1;
    for (let i = 1; i <= size; i++) {
      if (i < size && get(i) === get(i - 1)) run++;
      else {
        if (run >= 5) score += run - 2;
        run = 1;
      }
    }
    // 1:1:3:1:1, with four light modules on one side
    for (let i = 0; i + 6 < size; i++) {
      if (!(get(i) && !get(i + 1) && get(i + 2) && get(i + 3) && get(i + 4) && !get(i + 5) && get(i + 6))) continue;
      const lightBefore = [1, 2, 3, 4].every((k) => i - k < 0 || !get(i - k));
      const lightAfter = [7, 8, 9, 10].every((k) => i + k >= size || !get(i + k));
      if (lightBefore || lightAfter) score += 40;
    }
  };
  let darkCount = 0;
  for (let i = 0; i < size; i++) {
    line((j) => isDark(grid, i, j));
    line((j) => isDark(grid, j, i));
    for (let j = 0; j < size; j++) {
      if (isDark(grid, i, j)) darkCount++;
      if (i + 1 < size && j + 1 < size) {
        const c = isDark(grid, i, j);
        if (c === isDark(grid, i, j + 1) && c === isDark(grid, i + 1, j) && c === isDark(grid, i + 1, j + 1)) score += 3;
      }
    }
  }
  return score + Math.floor(Math.abs((darkCount * 20) / (size * size) - 10)) * 10;
}

/**
 * The modules of `text`'s QR code, `true` for dark, row by row (without the quiet zone). `mask`
 * forces one of the eight masks (for tests); by default the one with the lowest penalty.
 */
export function qrModules(text: string, mask?: number): boolean[][] {
  const bytes = new TextEncoder().encode(text);
  const index = LEVEL_M.findIndex((spec, i) => 4 + (i < 9 ? 8 : 16) + bytes.length * 8 <= dataCapacity(spec) * 8);
  const spec = LEVEL_M[index];
  if (!spec) throw new RangeError(`${bytes.length} bytes do not fit in a QR code at level M`);
  const version = index + 1;
  const words = codewords(bytes, version, spec);
  const drawn = (mask === undefined ? [0, 1, 2, 3, 4, 5, 6, 7] : [mask]).map((candidate) => {
    const grid = functionPatterns(version);
    placeData(grid, words, candidate);
    placeFormat(grid, candidate);
    return { grid, score: penalty(grid) };
  });
  const { grid } = drawn.reduce((best, next) => (next.score < best.score ? next : best));
  return Array.from({ length: grid.size }, (_, r) => Array.from({ length: grid.size }, (_, c) => isDark(grid, r, c)));
}
