import { starLadder } from '../../core/lib.js';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { StartOver } from '../StartOver.js';
import { StepHeading } from '../StepHeading.js';
import { Decision } from './Decision.js';
import { DiscountSection } from './DiscountSection.js';
import { Disclosure } from './Disclosure.js';
import { IpaScore } from './IpaScore.js';
import { LossSection } from './LossSection.js';
import { ShareLink } from './ShareLink.js';
import { PartnerContact } from './PartnerContact.js';
import { StarLadderSection, useStarsShown } from './StarLadder.js';
import { offeredPrograms } from './CoverChooser.js';
import { openResultSheet } from './ResultSheet.js';
import { shareUrl } from './share-url.js';
import { lossCards } from './estimates.js';
import { decisionOf } from './use-decision.js';

/** In a seminar: whom to talk to, and where to do the full check with a quote request. */
function SeminarTalk() {
  const { partner, seminar } = useWidgetContext();
  const { t } = useT();
  return (
    <section class="subsection seminar-talk" aria-labelledby="seminar-talk-heading">
      <h3 id="seminar-talk-heading">{t('seminar.talkHeading')}</h3>
      {partner.partner?.contact && <p>{t('seminar.talkIntro')}</p>}
      {seminar?.fullVersionUrl && (
        <p>
          <a href={seminar.fullVersionUrl} target="_blank" rel="noopener">
            {t('seminar.fullVersion')}
          </a>
        </p>
      )}
    </section>
  );
}

/** Each figure of the decision explained, on demand: the discount, the loss, the score, the stars. */
function Details() {
  const { t } = useT();
  const stars = useStarsShown();
  return (
    <>
      <Disclosure summary={t('decision.more.discount')} part="more-discount">
        <DiscountSection />
      </Disclosure>
      <Disclosure summary={t('decision.more.loss')} part="more-loss">
        <LossSection />
      </Disclosure>
      <Disclosure summary={t('decision.more.score')} part="more-score">
        <IpaScore />
      </Disclosure>
      {stars && (
        <Disclosure summary={t('stars.heading')} part="more-stars">
          <StarLadderSection />
        </Disclosure>
      )}
    </>
  );
}

/**
 * The decision first (verdict, figures, the way to an agent, three actions), then each figure's
 * details on demand, then whom to talk to, sharing, printing and going back.
 */
export function Results() {
  const { store, seminar, shared, partner } = useWidgetContext();
  const { content, scheme, rateTable } = useFullContent();
  const readOnly = shared?.ok === true;
  const { t, lang } = useT();
  const answers = useWidget((s) => s.answers);
  const starsShown = useStarsShown();
  return (
    <section class="step results" aria-labelledby="step-heading">
      <StepHeading>{t('results.heading')}</StepHeading>
      <Decision />
      <Details />
      <PartnerContact />
      {seminar && <SeminarTalk />}
      <Disclosure summary={t('decision.more.share')} part="more-share">
        <ShareLink />
      </Disclosure>
      <div class="step-nav">
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            const { lossInputs, quote } = store.getState();
            openResultSheet({
              content,
              answers,
              decision: decisionOf(content, scheme, rateTable, answers, lossInputs, partner.scenarios),
              estimates: lossCards(content, answers, lossInputs, partner.scenarios),
              partner: partner.partner,
              companyName: quote.companyName.trim() || undefined,
              ...(starsShown && { stars: starLadder(content, answers) }),
              coverage: offeredPrograms(content.loss.coverage, partner.quote.coverage)[0],
              resumeUrl: shareUrl(content, answers),
              t,
              lang,
            });
          }}
        >
          {t('results.printResult')}
        </button>
        {!readOnly && (
          <>
            <button type="button" class="button secondary" onClick={() => store.getState().back()}>
              {t('results.edit')}
            </button>
            <StartOver />
          </>
        )}
      </div>
    </section>
  );
}
