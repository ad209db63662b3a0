// What every part of the configurator reads: the strings, the content's choices, the language.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ContentChoices } from '../../core/content/parts.js';
import type { Lang } from '../../core/types.js';
import type { Translate } from '../i18n.js';

export interface ConfiguratorContext {
  t: Translate;
  lang: Lang;
  choices: ContentChoices;
}

export const Configurator = createContext<ConfiguratorContext | undefined>(undefined);

export function useConfigurator(): ConfiguratorContext {
  const context = useContext(Configurator);
  if (!context) throw new Error('configurator parts render inside <Configurator.Provider>');
  return context;
}
