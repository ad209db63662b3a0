// A QR code as one SVG path, for the share link on screen, the resume link on the report and the
// seminar's codes. The encoder (qr-encode.ts, about 2 KB gzip) loads only when a code is first drawn.

export interface QrDrawing {
  /** Width and height in modules, with a 4-module quiet zone all round. */
  size: number;
  path: string;
}

export async function qrDrawing(text: string): Promise<QrDrawing> {
  const { qrModules } = await import('./qr-encode.js');
  // Medium error correction, the encoder's only level, reads well off a screen or paper.
  const modules = qrModules(text);
  let path = '';
  modules.forEach((row, r) => row.forEach((dark, c) => dark && (path += `M${c + 4} ${r + 4}h1v1h-1z`)));
  return { size: modules.length + 8, path };
}
