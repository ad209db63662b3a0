// A QR code of the share link, drawn as one SVG path. The encoder (about 11 KB gzip) loads only
// when someone asks for a code.

import { useEffect, useState } from 'preact/hooks';
import { useT } from '../context.js';

export function QrCode({ text }: { text: string }) {
  const { t } = useT();
  const [drawing, setDrawing] = useState<{ size: number; path: string } | undefined>();
  useEffect(() => {
    let live = true;
    void import('qrcode-generator').then(({ default: qrcode }) => {
      const code = qrcode(0, 'M'); // type chosen by length; medium error correction reads well off a screen
      code.addData(text);
      code.make();
      const size = code.getModuleCount();
      let path = '';
      for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) if (code.isDark(row, col)) path += `M${col + 4} ${row + 4}h1v1h-1z`;
      if (live) setDrawing({ size: size + 8, path }); // a 4-module quiet zone all round
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (!drawing)
    return (
      <p class="loading" role="status">
        {t('app.loading')}
      </p>
    );
  return (
    <svg
      class="qr"
      viewBox={`0 0 ${drawing.size} ${drawing.size}`}
      role="img"
      aria-label={t('results.shareQrLabel')}
      shape-rendering="crispEdges"
      data-modules={drawing.size - 8}
    >
      <rect width={drawing.size} height={drawing.size} fill="#fff" />
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}
