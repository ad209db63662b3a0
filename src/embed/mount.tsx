// The JS mount API: renders a widget into an element's shadow root.
//   const widget = mount(document.querySelector('#check'), { lang: 'en' });
//   widget.unmount();

import { render } from 'preact';
import { content as builtInContent } from '../core/index.js';
import type { PartnerQuoteSettings } from '../core/quote/types.js';
import type { Content, Lang } from '../core/types.js';
import { createI18n, pickLang } from '../i18n/index.js';
import { memoryStorage, snapshotStorage, storageKey } from '../state/persist.js';
import { createWidgetStore, STATE_VERSION, type WidgetStore } from '../state/store.js';
import { App } from '../ui/App.js';
import { WidgetContext, type PartnerChoices } from '../ui/context.js';
import css from '../ui/styles.css?inline';
import { warnAboutContrast } from './contrast.js';

export interface MountOptions {
  /** Start language; a language the user picked earlier in this instance wins. Default: page language, then ja. */
  lang?: string;
  /** Key under which this instance saves its answers. Default: the element's id, else its position on the page. */
  instanceId?: string;
  /** Where answers are kept: `local` (survives reloads, default), `session` (this tab), `none` (memory only). */
  persist?: 'local' | 'session' | 'none';
  /** Question set; defaults to the one built into this version. */
  content?: Content;
  /** Id of the discount scheme (questions/discounts/); default: the first one. */
  discountScheme?: string;
  /** Id of the rate table for reference premiums; default: the scheme's own; `null` shows none. */
  rateTable?: string | null;
  /** Who receives quote requests and through which channels; without it the form offers print and download only. */
  partner?: Partial<PartnerQuoteSettings>;
}

/** Events dispatched on the host element; names are prefixed with "cyber-risk-check:". */
export const EVENT_PREFIX = 'cyber-risk-check:';

export interface MountedWidget {
  readonly store: WidgetStore;
  readonly instanceId: string;
  unmount(): void;
}

let sharedSheet: CSSStyleSheet | undefined;

/** Constructable stylesheets need no <style> in the page and no 'unsafe-inline' in the CSP. */
function adoptStyles(shadow: ShadowRoot): void {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(css);
    }
    if (!shadow.adoptedStyleSheets.includes(sharedSheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sharedSheet];
  } else {
    // Browsers without constructable stylesheets (Safari < 16.4) get a <style> inside the shadow root.
    const style = document.createElement('style');
    style.textContent = css;
    shadow.appendChild(style);
  }
}

function defaultInstanceId(target: HTMLElement): string {
  if (target.id) return target.id;
  const peers = Array.from(document.querySelectorAll(target.localName));
  return `${location.pathname}#${Math.max(peers.indexOf(target), 0)}`;
}

function storageFor(kind: MountOptions['persist'], key: string) {
  if (kind === 'none') return memoryStorage();
  return snapshotStorage(key, STATE_VERSION, () => (kind === 'session' ? window.sessionStorage : window.localStorage));
}

/** Resolves the partner's ids; an unknown id is reported precisely in the console and the default used. */
export function resolvePartner(content: Content, options: Pick<MountOptions, 'discountScheme' | 'rateTable' | 'partner'>): PartnerChoices {
  const scheme = content.discountSchemes.find((s) => s.id === options.discountScheme) ?? content.discountSchemes[0];
  if (!scheme) throw new Error('cyber-risk-check: the content has no discount scheme');
  if (options.discountScheme !== undefined && scheme.id !== options.discountScheme) {
    const known = content.discountSchemes.map((s) => s.id).join(', ');
    console.error(`cyber-risk-check: unknown discount scheme "${options.discountScheme}"; using "${scheme.id}". Known: ${known}`);
  }
  const tableId = options.rateTable === undefined ? scheme.rateTable : options.rateTable;
  const rateTable = tableId === null ? undefined : content.rateTables.find((t) => t.id === tableId);
  if (tableId && !rateTable) console.error(`cyber-risk-check: unknown rate table "${tableId}"; no reference premiums are shown`);
  const partner = options.partner ?? {};
  const quote: PartnerQuoteSettings = {
    ...partner,
    id: partner.id ?? 'unconfigured',
    name: partner.name ?? '',
    channels: partner.channels ?? [],
  };
  return rateTable ? { scheme, rateTable, quote } : { scheme, quote };
}

export function mount(target: HTMLElement, options: MountOptions = {}): MountedWidget {
  const shadow = target.shadowRoot ?? target.attachShadow({ mode: 'open' });
  adoptStyles(shadow);
  const content = options.content ?? builtInContent;
  const instanceId = options.instanceId ?? defaultInstanceId(target);
  const lang: Lang = pickLang(options.lang, document.documentElement.lang, navigator.language);
  const store = createWidgetStore({ content, lang, storage: storageFor(options.persist, storageKey(instanceId)) });
  const i18n = createI18n(store.getState().lang);
  const partner = resolvePartner(content, options);
  const emit = (name: string, detail: unknown) =>
    target.dispatchEvent(new CustomEvent(EVENT_PREFIX + name, { detail, bubbles: true, composed: true }));

  const container = document.createElement('div');
  shadow.appendChild(container);
  warnAboutContrast(target);
  render(
    <WidgetContext.Provider value={{ store, content, i18n, partner, emit }}>
      <App />
    </WidgetContext.Provider>,
    container,
  );
  return {
    store,
    instanceId,
    unmount() {
      render(null, container);
      container.remove();
    },
  };
}
