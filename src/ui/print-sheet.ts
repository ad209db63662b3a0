// A printable A4 sheet in a new window (or, when pop-ups are blocked, a frame printed in place):
// the quote request, or the result to take home. Built with
// DOM calls and a constructed stylesheet, so a strict Content-Security-Policy on the host page does
// not block it.

import type { Lang } from '../core/types.js';

/**
 * How a section's rows are laid out: a table of label and value (the default), with the values
 * right-aligned (`amounts`), with the labels given most of the width (`checklist`: long steps, short
 * notes), or as a two-column list of small print (`compact`: many short answers).
 */
export type SectionLayout = 'table' | 'amounts' | 'checklist' | 'compact';

/** A section of label-value rows, or of running text (a paragraph each, or a bulleted list). */
export type SheetSection = { heading?: string } & ({ rows: [string, string][]; layout?: SectionLayout } | { paragraphs: string[]; list?: boolean });

export interface Sheet {
  lang: Lang;
  title: string;
  /** The partner's logo, above the title. */
  logo?: { src: string; alt: string };
  sections: SheetSection[];
  /** A link to open again, written out and as a QR code (a path in a square of `size` modules). */
  link?: { heading: string; text: string; url: string; qr?: { size: number; path: string; label: string } };
  note: string;
  /** The label of the sheet's own print button, for printing again after the dialog is closed. */
  printLabel: string;
}

const SHEET_CSS = `
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
body { margin: 0; padding: 16px; font: 10pt/1.5 system-ui, "Hiragino Sans", "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic", Meiryo, sans-serif; color: #111; }
h1 { font-size: 16pt; margin: 0 0 8px; }
h2 { font-size: 12pt; margin: 16px 0 4px; border-bottom: 1px solid #999; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { padding: 2px 6px; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { width: 38%; font-weight: 600; }
table.amounts td { text-align: right; }
table.checklist th { width: 78%; font-weight: normal; }
tr { break-inside: avoid; }
.compact { columns: 2; column-gap: 8mm; margin: 0; font-size: 8.5pt; line-height: 1.4; }
.compact div { break-inside: avoid; padding: 1px 0 2px; border-bottom: 1px solid #ddd; }
.compact dt { font-weight: 600; }
.compact dd { margin: 0; overflow-wrap: anywhere; }
p.note { font-size: 9pt; color: #444; }
ul { margin: 0; padding-inline-start: 1.4em; }
li { margin: 0 0 2px; }
img.logo { display: block; max-height: 14mm; max-width: 60mm; margin: 0 0 6px; }
.link { display: flex; gap: 6mm; align-items: flex-start; break-inside: avoid; }
.link p { margin: 0; overflow-wrap: anywhere; font-size: 9pt; }
.link svg { flex: none; width: 30mm; height: 30mm; }
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

function table(doc: Document, rows: [string, string][], layout: SectionLayout): HTMLElement {
  const t = element(doc, 'table', undefined, layout);
  for (const [head, value] of rows) {
    const tr = element(doc, 'tr');
    tr.append(element(doc, 'th', head), element(doc, 'td', value));
    t.append(tr);
  }
  return t;
}

/** Running text: a paragraph each, or the items of a bulleted list. */
function prose(doc: Document, paragraphs: string[], list: boolean): HTMLElement[] {
  if (!list) return paragraphs.map((text) => element(doc, 'p', text));
  const items = element(doc, 'ul');
  items.append(...paragraphs.map((text) => element(doc, 'li', text)));
  return [items];
}

function sectionBody(doc: Document, section: SheetSection): HTMLElement[] {
  if ('paragraphs' in section) return prose(doc, section.paragraphs, section.list ?? false);
  return [section.layout === 'compact' ? compactList(doc, section.rows) : table(doc, section.rows, section.layout ?? 'table')];
}

/** A long list of short answers: question over answer, flowing in two columns to save paper. */
function compactList(doc: Document, rows: [string, string][]): HTMLElement {
  const list = element(doc, 'dl', undefined, 'compact');
  for (const [head, value] of rows) {
    const item = element(doc, 'div');
    item.append(element(doc, 'dt', head), element(doc, 'dd', value));
    list.append(item);
  }
  return list;
}

function qrCode(doc: Document, qr: NonNullable<NonNullable<Sheet['link']>['qr']>): SVGSVGElement {
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${qr.size} ${qr.size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', qr.label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', qr.path);
  svg.append(path);
  return svg;
}

function linkBlock(doc: Document, link: NonNullable<Sheet['link']>): HTMLElement[] {
  const block = element(doc, 'div', undefined, 'link');
  const text = element(doc, 'p', `${link.text} `);
  text.append(element(doc, 'span', link.url, 'url'));
  block.append(...(link.qr ? [qrCode(doc, link.qr)] : []), text);
  return [element(doc, 'h2', link.heading), block];
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
  const logo = sheet.logo && Object.assign(element(doc, 'img', undefined, 'logo'), { src: sheet.logo.src, alt: sheet.logo.alt });
  doc.body.replaceChildren(
    again,
    ...(logo ? [logo] : []),
    element(doc, 'h1', sheet.title),
    ...sheet.sections.flatMap((section) => [...(section.heading ? [element(doc, 'h2', section.heading)] : []), ...sectionBody(doc, section)]),
    ...(sheet.link ? linkBlock(doc, sheet.link) : []),
    element(doc, 'p', sheet.note, 'note'),
  );
}

/**
 * Opens the sheet in a new window and asks for the print dialog once the sheet is ready to print.
 * The window opens at once, while the click still counts as the user's (a sheet still being put
 * together, say with a QR code, is written in when it is). When the browser blocks the pop-up,
 * prints it in place instead (printInPlace); returns the window, or null when it printed in place.
 */
export function openSheet(sheet: Sheet | Promise<Sheet>): Window | null {
  const win = window.open('', '_blank');
  if (!win) {
    void Promise.resolve(sheet).then(printInPlace);
    return null;
  }
  void Promise.resolve(sheet)
    .then((ready) => {
      fillSheet(win, ready);
      return whenReadyToPrint(win.document);
    })
    .then(() => {
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
