// A QR code of the share link, drawn as one SVG path (see qr-drawing.ts).

import { useEffect, useState } from 'preact/hooks';
import { useT } from '../context.js';
import { qrDrawing, type QrDrawing } from './qr-drawing.js';

/** `label`: what scanning it opens, for screen readers; the share link's by default. */
export function QrCode({ text, label }: { text: string; label?: string }) {
  const { t } = useT();
  const [drawing, setDrawing] = useState<QrDrawing | undefined>();
  useEffect(() => {
    let live = true;
    void qrDrawing(text).then((drawn) => live && setDrawing(drawn));
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
      aria-label={label ?? t('results.shareQrLabel')}
      shape-rendering="crispEdges"
      data-modules={drawing.size - 8}
    >
      <rect width={drawing.size} height={drawing.size} fill="#fff" />
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}
