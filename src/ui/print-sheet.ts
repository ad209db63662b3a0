// A printable A4 sheet in a new window (or, when pop-ups are blocked, a frame printed in place):
// the quote request, or the result to take home. Built with
// DOM calls and a constructed stylesheet, so a strict Content-Security-Policy on the host page does
// not block it.

import type { Lang } from '../core/types.js';

export interface Sheet {
  lang: Lang;
  title: string;
  sections: { heading?: string; rows: [string, string][]; amounts?: boolean }[];
  note: string;
  /** The label of the sheet's own print button, for printing again after the dialog is closed. */
  printLabel: string;
}

const SHEET_CSS = `
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
body { margin: 0; padding: 16px; font: 11pt/1.6 system-ui, "Hiragino Sans", "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic", Meiryo, sans-serif; color: #111; }
h1 { font-size: 16pt; margin: 0 0 8px; }
h2 { font-size: 12pt; margin: 16px 0 4px; border-bottom: 1px solid #999; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { padding: 3px 6px; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { width: 38%; font-weight: 600; }
td.amount { text-align: right; }
tr { break-inside: avoid; }
p.note { font-size: 9pt; color: #444; }
@media screen { body { max-width: 180mm; margin: 0 auto; } }
@media print { .print { display: none; } }
.print { font: inherit; padding: 6px 16px; margin: 0 0 12px; }
`;

function element(doc: Document, tag: string, text?: string, className?: string): HTMLElement {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function table(doc: Document, rows: [string, string][], amountColumn = false): HTMLElement {
  const t = element(doc, 'table');
  for (const [head, value] of rows) {
    const tr = element(doc, 'tr');
    tr.append(element(doc, 'th', head), element(doc, 'td', value, amountColumn ? 'amount' : undefined));
    t.append(tr);
  }
  return t;
}

/** Writes the sheet into `win`'s document, with a button to print again. */
function fillSheet(win: Window, sheet: Sheet): void {
  const doc = win.document;
  doc.documentElement.lang = sheet.lang;
  doc.title = sheet.title;
  const style = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
  style.replaceSync(SHEET_CSS);
  doc.adoptedStyleSheets = [style];
  const again = element(doc, 'button', sheet.printLabel, 'print');
  again.setAttribute('type', 'button');
  again.addEventListener('click', () => win.print());
  doc.body.replaceChildren(
    again,
    element(doc, 'h1', sheet.title),
    ...sheet.sections.flatMap((section) => [...(section.heading ? [element(doc, 'h2', section.heading)] : []), table(doc, section.rows, section.amounts)]),
    element(doc, 'p', sheet.note, 'note'),
  );
}

/**
 * Opens the sheet in a new window and asks for the print dialog once the sheet is ready to print.
 * When the browser blocks the pop-up, prints it in place instead (printInPlace); returns the
 * window, or null when it printed in place.
 */
export function openSheet(sheet: Sheet): Window | null {
  const win = window.open('', '_blank');
  if (!win) {
    printInPlace(sheet);
    return null;
  }
  fillSheet(win, sheet);
  void whenReadyToPrint(win.document).then(() => {
    if (!win.closed) win.print();
  });
  return win;
}

/**
 * The sheet in an invisible frame of the host page, printed from there: the print dialog shows the
 * sheet, not the page. The frame is an empty same-origin document, so a strict Content-Security-
 * Policy does not block it; it is removed once the dialog closes.
 */
function printInPlace(sheet: Sheet): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;inset-inline-start:0;bottom:0;width:0;height:0;border:0';
  document.body.append(frame);
  const win = frame.contentWindow;
  if (!win) {
    frame.remove();
    return;
  }
  fillSheet(win, sheet);
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  void whenReadyToPrint(win.document).then(() => win.print());
}

/**
 * Resolves when what the sheet shows has arrived: its fonts and any images. The document itself is
 * complete the moment it is built, so these are the only things a print could run ahead of; waiting
 * for them, rather than for a fixed delay, prints neither too early on a slow machine nor late on a
 * fast one.
 */
function whenReadyToPrint(doc: Document): Promise<unknown> {
  const images = [...doc.images].map((image) => image.decode().catch(() => undefined));
  return Promise.all([doc.fonts.ready, ...images]);
}
