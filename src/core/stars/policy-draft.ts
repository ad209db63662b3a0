// A draft basic security policy (情報セキュリティ基本方針), the document SECURITY ACTION two stars
// asks a company to write and publish: the template's fixed clauses with the company's name, and
// one sentence for each measure the company takes or has ticked in its improvement plan. A measure
// it neither takes nor plans is left out: the policy never promises what the owner did not say.

import { visibleAnswers, visibleQuestionIds } from '../flow/conditions.js';
import { formatDate } from '../format.js';
import { bestOption } from '../scoring/weighted.js';
import { local, type Answers, type Content, type ControlQuestion, type Lang } from '../types.js';

export interface PolicyDraftInput {
  /** As the owner typed it; runs of white space (line breaks too) become one space. */
  companyName: string;
  lang: Lang;
  /** The day the policy is adopted, written under it. */
  adopted: Date;
  /** The controls ticked in the improvement plan: committed to, so in the draft. */
  planned?: readonly string[];
}

export interface PolicySection {
  title: string;
  /** A clause has one paragraph; the measures have one each, set out as a list. */
  paragraphs: string[];
  list: boolean;
}

export interface PolicyDraft {
  lang: Lang;
  title: string;
  preamble: string;
  sections: PolicySection[];
  /** The controls whose measures are in the draft, in the template's order. */
  measures: string[];
  /** The lines under the policy: the date, the name, the representative's signature. */
  closing: string[];
}

/** The controls the company takes (answered with the best option) or committed to, among those it was asked. */
function measuresIn(content: Content, answers: Answers, planned: readonly string[]): Set<string> {
  const visible = visibleQuestionIds(content, answers);
  const shown = visibleAnswers(content, answers);
  const taken = content.questions.filter(
    (q): q is ControlQuestion => q.type === 'control' && visible.has(q.id) && (shown[q.id] === bestOption(q, content).id || planned.includes(q.id)),
  );
  return new Set(taken.map((q) => q.id));
}

/** The draft in `lang`; undefined when the content has no policy template. */
export function policyDraft(content: Content, answers: Answers, input: PolicyDraftInput): PolicyDraft | undefined {
  const template = content.policyTemplate;
  if (!template) return undefined;
  const { lang } = input;
  const values = { company: input.companyName.replace(/\s+/g, ' ').trim(), date: formatDate(input.adopted, lang) };
  // One pass with a function: a name with "$&" or "{date}" in it is written as typed.
  const fill = (text: string) => text.replace(/\{(company|date)\}/g, (_, key: keyof typeof values) => values[key]);
  const inDraft = measuresIn(content, answers, input.planned ?? []);
  const measures = template.measures.filter((m) => inDraft.has(m.control));
  const measuresSection: PolicySection[] = measures.length
    ? [{ title: local(template.measuresHeading, lang), paragraphs: measures.map((m) => fill(local(m.text, lang))), list: true }]
    : [];
  const after = template.clauses.findIndex((c) => c.id === template.measuresAfter);
  const at = after < 0 ? template.clauses.length : after + 1;
  const clauses = template.clauses.map((c): PolicySection => ({ title: local(c.title, lang), paragraphs: [fill(local(c.text, lang))], list: false }));
  return {
    lang,
    title: local(template.title, lang),
    preamble: fill(local(template.preamble, lang)),
    sections: [...clauses.slice(0, at), ...measuresSection, ...clauses.slice(at)],
    measures: measures.map((m) => m.control),
    closing: fill(local(template.closing, lang)).split('\n'),
  };
}

/** The draft as plain text, numbered, for a download or a clipboard; lines end in CRLF for Windows' Notepad. */
export function policyText(draft: PolicyDraft): string {
  const bullet = draft.lang === 'ja' ? '・' : '- ';
  const lines = [draft.title, '', draft.preamble, ''];
  draft.sections.forEach((section, i) => {
    lines.push(`${i + 1}. ${section.title}`);
    for (const paragraph of section.paragraphs) lines.push(section.list ? `${bullet}${paragraph}` : paragraph);
    lines.push('');
  });
  lines.push(...draft.closing, '');
  return lines.join('\r\n');
}
