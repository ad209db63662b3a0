// Where the company stands on the star ladder (SECURITY ACTION ★1/★2, the supply-chain scheme's
// ★3/★4): each level met or not, and for the next one what is missing with the actions that close
// it, whom to ask, and the source of each requirement. A provisional scheme says so and is never
// shown as met. The one-line summary in the decision is StarSummary.

import { useMemo, useRef } from 'preact/hooks';
import { formatList, starLadder, type LevelResult, type RequirementResult, type StarLadder } from '../../core/lib.js';
import type { Content, Lang, StarRequirement, StarScheme } from '../../core/types.js';
import { local } from '../../i18n/index.js';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { lazy } from '../lazy.js';
import { QuestionField } from '../question/QuestionField.js';
import { actionText } from './action-labels.js';
import { Disclosure } from './Disclosure.js';

// Its own chunk: few owners open it, and the results' first screen should not wait for it.
const PolicyDraftPanel = lazy(() => import('./PolicyDraft.js').then((m) => m.PolicyDraftPanel));

/** Whether the ladder is shown: the content has one, and the partner has not hidden it. */
export function useStarsShown(): boolean {
  const { content } = useFullContent();
  const { partner } = useWidgetContext();
  return partner.starLadder !== false && (content.starSchemes?.length ?? 0) > 0;
}

export function useStarLadder(): StarLadder {
  const { content } = useFullContent();
  const answers = useWidget((s) => s.answers);
  return useMemo(() => starLadder(content, answers), [content, answers]);
}

const stars = (count: number) => '★'.repeat(count);

/** One line for the decision: the highest level met and what the next one needs; nothing without a ladder. */
export function StarSummary() {
  const { t } = useT();
  const { highest, next } = useStarLadder();
  if (!useStarsShown() || (!next && !highest)) return null;
  const name = (level: LevelResult) => level.level.stars;
  const count = next?.requirements.filter((r) => r.status === 'missing').length ?? 0;
  const text = !next
    ? t('stars.status.met')
    : highest && next.status === 'noKnownGaps'
      ? t('stars.summaryProvisional', { highest: name(highest), next: name(next) })
      : highest
        ? t('stars.summaryNext', { highest: name(highest), next: name(next), count })
        : t('stars.summaryNone', { next: name(next), count });
  return (
    <p class="star-summary" part="star-summary">
      {/* The line itself opens the ladder: on a phone a separate link would push the agent's number off the first screen. */}
      <button type="button" class="link-button" title={t('stars.showLadder')} onClick={(e) => openLadder(e.currentTarget)}>
        {text}
      </button>
    </p>
  );
}

/** Opens the ladder's details below the decision and puts focus on them, which scrolls them into view. */
function openLadder(from: HTMLElement): void {
  const details = from.closest('.results')?.querySelector<HTMLDetailsElement>('details[part="more-stars"]');
  if (!details) return;
  details.open = true;
  details.querySelector('summary')?.focus();
}

/** The actions that close a missing requirement. */
function openActions(result: RequirementResult, content: Content, lang: Lang): string {
  return formatList(
    result.controls.map((id) => actionText(content, id, lang)),
    lang,
  );
}

function SourceLine({ scheme, source }: { scheme: StarScheme; source: StarRequirement['source'] }) {
  const { t, lang } = useT();
  const document = scheme.documents[source.document];
  return (
    <p class="source">
      {t('stars.source', { document: document ? local(document, lang) : source.document, item: local(source.item, lang) })}
      {source.wordingAvailable === false && t('stars.wordingUnavailable')}
    </p>
  );
}

/** A question only the ladder asks, beside the requirement that needs it. */
function AskHere({ id }: { id: string }) {
  const { content } = useFullContent();
  const question = content.questions.find((q) => q.id === id);
  return question ? <QuestionField question={question} showErrors={false} /> : null;
}

interface RequirementProps {
  result: RequirementResult;
  scheme: StarScheme;
  content: Content;
  /** The questions to ask here: each only once on the ladder, none on a shared link's result. */
  ask: string[];
  /** The level's other missing requirements, for the draft policy's steps to the declaration. */
  alsoMissing: string[];
}

function Requirement({ result, scheme, content, ask, alsoMissing }: RequirementProps) {
  const { t, lang } = useT();
  const { shared } = useWidgetContext();
  const { requirement, status } = result;
  // A shared link's result is the sharer's: no policy is drafted in their name from here.
  const offerDraft = status === 'missing' && requirement.policyDraft && content.policyTemplate && shared?.ok !== true;
  return (
    <li class="star-requirement" data-requirement={requirement.id} data-status={status}>
      <span class="star-requirement-title">{local(requirement.title, lang)}</span> <span class="step-meta">{t(`stars.requirement.${status}`)}</span>
      {ask.map((id) => (
        <AskHere key={id} id={id} />
      ))}
      {status === 'missing' && requirement.selfCheck && <p class="hint">{t('stars.selfCheckHow')}</p>}
      {status === 'missing' && result.controls.length > 0 && (
        <p class="hint">
          {t('stars.closeWith')}
          {openActions(result, content, lang)}
        </p>
      )}
      {offerDraft && (
        <Disclosure summary={t('policy.open')} part="policy-draft">
          <PolicyDraftPanel declareUrl={scheme.provisional ? undefined : scheme.url} alsoMissing={alsoMissing} />
        </Disclosure>
      )}
      <SourceLine scheme={scheme} source={requirement.source} />
    </li>
  );
}

interface LevelProps {
  result: LevelResult;
  isNext: boolean;
  /** Its requirements listed: the next level, and any that was the next since the ladder opened. */
  expanded: boolean;
  /** The stars of the level below it in its scheme, which it adds to; none for the first. */
  below: number | undefined;
  /** The questions each requirement asks, by level and requirement id ("level/requirement"). */
  ask: ReadonlyMap<string, string[]>;
  content: Content;
}

function Level({ result, isNext, expanded, below, ask, content }: LevelProps) {
  const { t, lang } = useT();
  const { level, status, requirements } = result;
  const missing = requirements.filter((r) => r.status === 'missing').length;
  return (
    <li class="star-level" data-level={level.id} data-status={status}>
      <p class="star-level-head">
        <span class="stars" aria-hidden="true">
          {stars(level.stars)}
        </span>{' '}
        <strong>{local(level.title, lang)}</strong> <span class="step-meta">{t(`stars.assessment.${level.assessment}`)}</span>{' '}
        <span class="star-status" aria-live="polite">
          {status !== 'notMet' || isNext
            ? t(`stars.status.${status}`)
            : below
              ? t('stars.missingCountAbove', { count: missing, below })
              : t('stars.missingCount', { count: missing })}
        </span>
      </p>
      {expanded && (
        <ul class="star-requirements">
          {requirements.map((r) => (
            <Requirement
              key={r.requirement.id}
              result={r}
              scheme={result.scheme}
              content={content}
              ask={ask.get(`${level.id}/${r.requirement.id}`) ?? []}
              alsoMissing={requirements.filter((o) => o !== r && o.status === 'missing').map((o) => local(o.requirement.title, lang))}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

function SchemeNote({ scheme }: { scheme: StarScheme }) {
  const { t, lang } = useT();
  return (
    <div class="star-scheme" data-scheme={scheme.id}>
      <h4>
        {local(scheme.title, lang)}
        {scheme.provisional && <span class="badge">{t('stars.provisional')}</span>}
      </h4>
      {scheme.note && <p class="note">{local(scheme.note, lang)}</p>}
      {scheme.url && !scheme.provisional && (
        <p>
          <a href={scheme.url} target="_blank" rel="noopener">
            {t('stars.declare', { scheme: local(scheme.title, lang) })}
          </a>
        </p>
      )}
    </div>
  );
}

/**
 * Where each question only the ladder asks is asked: at the first listed requirement that names
 * it, so it is never asked twice; nowhere on a shared link's result, which is read-only.
 */
function askedWhere(levels: LevelResult[], expanded: ReadonlySet<string>, readOnly: boolean): Map<string, string[]> {
  const where = new Map<string, string[]>();
  const claimed = new Set<string>();
  for (const level of levels.filter((l) => expanded.has(l.level.id) && !readOnly))
    for (const r of level.requirements) {
      const ask = r.ask.filter((id) => !claimed.has(id));
      ask.forEach((id) => claimed.add(id));
      where.set(`${level.level.id}/${r.requirement.id}`, ask);
    }
  return where;
}

export function StarLadderSection() {
  const { content } = useFullContent();
  const { shared } = useWidgetContext();
  const { t } = useT();
  const ladder = useStarLadder();
  const schemes = content.starSchemes ?? [];
  // A level once shown stays open: answering its question there may meet it, and the owner's
  // focus (on that answer) must not vanish with the list.
  const expanded = useRef(new Set<string>()).current;
  if (ladder.next) expanded.add(ladder.next.level.id);
  const ask = askedWhere(ladder.levels, expanded, shared?.ok === true);
  return (
    <section class="subsection star-ladder" part="star-ladder">
      <p>{t('stars.intro')}</p>
      {schemes.map((scheme) => (
        <div key={scheme.id}>
          <SchemeNote scheme={scheme} />
          <ol class="star-levels">
            {ladder.levels
              .filter((l) => l.scheme.id === scheme.id)
              .map((l, i, levels) => (
                <Level
                  key={l.level.id}
                  result={l}
                  isNext={l === ladder.next}
                  expanded={expanded.has(l.level.id)}
                  below={levels[i - 1]?.level.stars}
                  ask={ask}
                  content={content}
                />
              ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
