// A printable A4 sheet in a new window: the quote request, or the result to take home. Built with
// DOM calls and a constructed stylesheet, so a strict Content-Security-Policy on the host page does
// not block it.

import type { Lang } from '../core/types.js';

export interface Sheet {
  lang: Lang;
  title: string;
  sections: { heading?: string; rows: [string, string][]; amounts?: boolean }[];
  note: string;
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

export function openSheet(sheet: Sheet, print = true): Window | null {
  const win = window.open('', '_blank');
  if (!win) return null;
  const doc = win.document;
  doc.documentElement.lang = sheet.lang;
  doc.title = sheet.title;
  const style = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
  style.replaceSync(SHEET_CSS);
  doc.adoptedStyleSheets = [style];
  doc.body.replaceChildren(
    element(doc, 'h1', sheet.title),
    ...sheet.sections.flatMap((section) => [...(section.heading ? [element(doc, 'h2', section.heading)] : []), table(doc, section.rows, section.amounts)]),
    element(doc, 'p', sheet.note, 'note'),
  );
  if (print) setTimeout(() => win.print(), 100);
  return win;
}
