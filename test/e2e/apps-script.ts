// A local stand-in for a Google Apps Script web app, running the receiver kit's own Code.gs. Over
// HTTP it behaves as script.google.com does for a web app deployed for "anyone": OPTIONS is not
// answered (so a request that needs a preflight never arrives), a POST runs doPost and answers
// with a 302 to a one-time echo address, and the echo serves doPost's output; both allow any
// origin, so a CORS-simple request can read the answer. Inside, the Google services the script
// uses are small fakes that behave as the real ones do where it matters: a sheet turns text that
// looks like a number into a number and text starting with = into a formula unless it begins
// with an apostrophe, and appending while the script lock is not held is refused here, so the
// kit is proven to append under its lock.

import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createContext, runInContext } from 'node:vm';
import { readBody, type Route } from './server.js';

/** A cell as a sheet holds it: text, a number, or a formula it would run. */
export type Cell = { text: string } | { number: number } | { formula: string };

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

export interface AppsScriptStandIn {
  route: Route;
  /** The sheets of the spreadsheet the script is bound to, by name: rows of cells. */
  sheets: Map<string, Cell[][]>;
  mails: Mail[];
  preflights: number;
  posts: number;
  /** Sets one of the script's settings (the variables at the top of Code.gs). */
  set(name: string, value: unknown): void;
}

/** What a sheet makes of a value written to it, as Google Sheets does for appendRow. */
function asCell(value: unknown): Cell {
  if (typeof value === 'number') return { number: value };
  const text = String(value);
  if (text.startsWith("'")) return { text: text.slice(1) };
  if (/^\s*[=+\-@]/.test(text) && text.trim().length > 1 && !/^[+-]?\d/.test(text.trim())) return { formula: text };
  if (/^\s*[+-]?\d[\d,]*(\.\d+)?\s*$/.test(text)) return { number: Number(text.replace(/,/g, '')) };
  return { text };
}

export function appsScriptStandIn(path = '/macros/s/test-deployment/exec'): AppsScriptStandIn {
  const sheets = new Map<string, Cell[][]>();
  const mails: Mail[] = [];
  const echoes = new Map<string, string>();
  let locked = false;

  const sheet = (name: string) => {
    const rows = sheets.get(name)!;
    return {
      appendRow(values: unknown[]) {
        if (!locked) throw new Error('stand-in: appendRow without the script lock held');
        rows.push(values.map(asCell));
      },
      getLastRow: () => rows.length,
      getRange: (row: number, column: number, rowCount: number, columnCount: number) => ({
        getValues: () =>
          rows
            .slice(row - 1, row - 1 + rowCount)
            .map((cells) =>
              cells.slice(column - 1, column - 1 + columnCount).map((cell) => ('text' in cell ? cell.text : 'number' in cell ? cell.number : cell.formula)),
            ),
      }),
      setFrozenRows: () => undefined,
    };
  };
  const context = createContext({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({
        getSheetByName: (name: string) => (sheets.has(name) ? sheet(name) : null),
        insertSheet: (name: string) => (sheets.set(name, []), sheet(name)),
      }),
      flush: () => undefined,
    },
    LockService: {
      getScriptLock: () => ({
        waitLock: () => {
          if (locked) throw new Error('stand-in: lock already held');
          locked = true;
        },
        releaseLock: () => void (locked = false),
      }),
    },
    MailApp: { sendEmail: (to: string, subject: string, body: string) => void mails.push({ to, subject, body }) },
    ContentService: {
      MimeType: { JSON: 'application/json' },
      createTextOutput: (content: string) => ({
        content,
        setMimeType(mime: string) {
          return { content, mime };
        },
      }),
    },
  });
  runInContext(readFileSync(new URL('../../receivers/google-apps-script/Code.gs', import.meta.url), 'utf8'), context, { filename: 'Code.gs' });

  const standIn: AppsScriptStandIn = {
    sheets,
    mails,
    preflights: 0,
    posts: 0,
    set: (name, value) => void ((context as Record<string, unknown>)[name] = value),
    route: async (req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const cors = { 'access-control-allow-origin': '*' };
      if (req.method === 'OPTIONS') {
        standIn.preflights++;
        res.writeHead(405).end(); // Apps Script answers no preflight
      } else if (req.method === 'POST' && url.pathname === path) {
        standIn.posts++;
        const contents = await readBody(req);
        const doPost = (context as { doPost: (e: unknown) => { content: string } }).doPost;
        let output: string;
        try {
          output = doPost({ postData: { contents, type: req.headers['content-type'] ?? '' } }).content;
        } catch (error) {
          output = `<html><body>Script error: ${String(error)}</body></html>`; // Apps Script's error page
        }
        const key = `echo-${standIn.posts}`;
        echoes.set(key, output);
        res.writeHead(302, { location: `/macros/echo?user_content_key=${key}`, ...cors }).end();
      } else if (req.method === 'GET' && url.pathname === '/macros/echo' && echoes.has(url.searchParams.get('user_content_key') ?? '')) {
        const key = url.searchParams.get('user_content_key')!;
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...cors }).end(echoes.get(key));
        echoes.delete(key); // one-time, as Google's are
      } else return false;
      return true;
    },
  };
  return standIn;
}
