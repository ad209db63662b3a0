// The texts of a question's help, loaded after the first screen (see Help.tsx). Their examples
// give amounts (約1,000万円), which are kept whole on one line like those of the results.

import type { Question } from '../../core/types.js';
import { local } from '../../i18n/index.js';
import { keepAmountsWhole } from '../amounts.js';
import { useT } from '../context.js';

export function HelpText({ help }: { help: NonNullable<Question['help']> }) {
  const { t, lang } = useT();
  return (
    <>
      <p>
        <strong>{t('question.why')}</strong> {keepAmountsWhole(local(help.why, lang))}
      </p>
      <p>
        <strong>{t('question.how')}</strong> {keepAmountsWhole(local(help.how, lang))}
      </p>
    </>
  );
}
