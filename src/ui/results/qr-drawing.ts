// A QR code as one SVG path, for the share link on screen and the resume link on the report. The
// encoder (about 11 KB gzip) loads only when a code is first drawn.

export interface QrDrawing {
  /** Width and height in modules, with a 4-module quiet zone all round. */
  size: number;
  path: string;
}

export async function qrDrawing(text: string): Promise<QrDrawing> {
  const { default: qrcode } = await import('qrcode-generator');
  const code = qrcode(0, 'M'); // type chosen by length; medium error correction reads well off a screen or paper
  code.addData(text);
  code.make();
  const size = code.getModuleCount();
  let path = '';
  for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) if (code.isDark(row, col)) path += `M${col + 4} ${row + 4}h1v1h-1z`;
  return { size: size + 8, path };
}
