// Build-time content: reads `questions/`, validates it with the core validator, and serves it to
// the bundle as the virtual module `virtual:crc-content`. A broken file fails the build (and the
// dev server) with the file, the JSONPath and what was expected.

import { quickCheckIds } from '../src/core/flow/steps.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatContentError, validateContent, type ContentFile } from '../src/core/content/validate.js';
import type { Content, QuestionContent } from '../src/core/types.js';
import { contentChoices, contentIds, controlScoring, questionPart, resultsPart, withoutScoring } from '../src/core/content/parts.js';
import { testLeadTemplate } from '../src/configure/test-lead-template.js';
import { expectedLength } from '../src/core/flow/estimate.js';
import { extractLanguage, firstScreenContent, japaneseHelp, japaneseLaterSteps, japaneseOnly } from '../src/i18n/translations.js';

// Views of the same content: everything (Node, tests); the widget's first load (the questions in
// Japanese, without help texts, scoring fields or the texts of the steps after the first), with
// the ids a partner configuration may name and the intro's expected length, of the whole check and
// of the seminar's quick check (worked out here from every text, which the first load lacks); the rest of the content in Japanese with the scoring
// fields and the later steps' texts by path, and the Japanese help texts by path (both loaded
// after the first screen); the English strings by path (loaded when English is first shown).
const MODULES = {
  'virtual:crc-content': (content: Content) => content,
  'virtual:crc-content-ja': (content: Content) => withoutScoring(questionPart(firstScreenContent(content))),
  'virtual:crc-content-ids': (content: Content) => contentIds(content),
  'virtual:crc-content-length': (content: Content) => ({ ja: expectedLength(content, 'ja'), en: expectedLength(content, 'en') }),
  'virtual:crc-quick-length': (content: Content) => {
    const ids = quickCheckIds(content);
    const quick = { ...content, questions: content.questions.filter((question) => ids.has(question.id)) };
    return { ja: expectedLength(quick, 'ja'), en: expectedLength(quick, 'en') };
  },
  'virtual:crc-content-results-ja': (content: Content) => ({
    ...resultsPart(japaneseOnly(content)),
    scoring: controlScoring(content),
    texts: japaneseLaterSteps(content),
  }),
  'virtual:crc-content-help-ja': (content: Content) => japaneseHelp(content),
  'virtual:crc-content-en': (content: Content) => extractLanguage(content, 'en'),
  // The configurator's: what a partner may choose, with titles, and the lead its test send delivers.
  'virtual:crc-content-choices': (content: Content) => contentChoices(content),
  'virtual:crc-test-lead': (content: Content) => testLeadTemplate(content),
} as const;
type ModuleId = keyof typeof MODULES;

/**
 * The first load's content as a module. Its questions' help texts come after the first screen, so
 * each has an empty help, {why: {ja: ""}, how: {ja: ""}}, for the texts to be filled into: made
 * here by a loop rather than written out for every question (about 0.1 KB gzip less). A question
 * without help is marked instead, and the mark removed.
 */
export function firstLoadModule(content: QuestionContent): string {
  const questions = content.questions.map(({ help, ...question }) => (help ? question : { ...question, noHelp: 1 }));
  const json = JSON.stringify(JSON.stringify({ ...content, questions }));
  return `const c = JSON.parse(${json});
for (const q of c.questions) q.noHelp ? delete q.noHelp : (q.help = { why: { ja: "" }, how: { ja: "" } });
export default c;`;
}

function listJsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'schema' ? [] : listJsonFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

export class ContentParseError extends Error {}

/** Reads every content file below `dir`; a file that is not valid JSON throws with its position. */
export function readContentFiles(dir: string, base = join(dir, '..')): ContentFile[] {
  return listJsonFiles(dir).map((path) => {
    const file = relative(base, path).split(sep).join('/');
    const text = readFileSync(path, 'utf8');
    try {
      return { file, data: JSON.parse(text) as unknown };
    } catch (error) {
      throw new ContentParseError(`${file}: not valid JSON (${(error as Error).message})`);
    }
  });
}

export function loadContentDir(dir: string): Content {
  const result = validateContent(readContentFiles(dir));
  if (!result.ok) {
    const lines = result.errors.map((e) => '  - ' + formatContentError(e));
    throw new Error(`Content in ${dir} is invalid (${result.errors.length} error(s)):\n${lines.join('\n')}`);
  }
  return result.content;
}

export function contentPlugin(dir: string): Plugin {
  return {
    name: 'crc-content',
    resolveId: (id) => (id in MODULES ? '\0' + id : undefined),
    load(id) {
      const name = id.slice(1) as ModuleId;
      if (!id.startsWith('\0') || !(name in MODULES)) return undefined;
      for (const file of listJsonFiles(dir)) this.addWatchFile(file);
      const data = MODULES[name](loadContentDir(dir));
      if (name === 'virtual:crc-content-ja') return firstLoadModule(data as QuestionContent);
      // JSON.parse of a string literal is faster to start than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
    handleHotUpdate(ctx) {
      if (ctx.file.startsWith(dir)) {
        for (const name of Object.keys(MODULES)) {
          const module = ctx.server.moduleGraph.getModuleById('\0' + name);
          if (module) ctx.server.moduleGraph.invalidateModule(module);
        }
        ctx.server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}
