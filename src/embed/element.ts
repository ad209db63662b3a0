// <cyber-risk-check lang="en" instance-id="seminar" discount-scheme="chamber-illustrative"></cyber-risk-check>
// Attributes are read when the element is connected; `lang` may also be changed later.

import { pickLang } from '../i18n/index.js';
import { mount, type MountedWidget, type MountOptions } from './mount.js';

export const TAG_NAME = 'cyber-risk-check';

/** Configuration given inline: <script type="application/json"> as a child of the element. */
function inlineConfig(element: HTMLElement): MountOptions {
  const script = element.querySelector(':scope > script[type="application/json"]');
  if (!script?.textContent) return {};
  try {
    const parsed = JSON.parse(script.textContent) as unknown;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as MountOptions;
  } catch (error) {
    console.error('cyber-risk-check: the inline configuration is not valid JSON and was ignored:', (error as Error).message);
  }
  return {};
}

export class CyberRiskCheckElement extends HTMLElement {
  static observedAttributes = ['lang'];
  #widget: MountedWidget | undefined;

  /** The mounted widget (store and unmount), once the element is in the document. */
  get widget(): MountedWidget | undefined {
    return this.#widget;
  }

  connectedCallback(): void {
    if (this.#widget) return;
    const options: MountOptions = {};
    const lang = this.getAttribute('lang');
    const instanceId = this.getAttribute('instance-id');
    const persist = this.getAttribute('persist');
    if (lang) options.lang = lang;
    if (instanceId) options.instanceId = instanceId;
    if (persist === 'local' || persist === 'session' || persist === 'none') options.persist = persist;
    Object.assign(options, inlineConfig(this));
    const scheme = this.getAttribute('discount-scheme');
    if (scheme) options.discountScheme = scheme;
    this.#widget = mount(this, options);
  }

  disconnectedCallback(): void {
    this.#widget?.unmount();
    this.#widget = undefined;
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
    if (name === 'lang' && next && previous !== null && next !== previous) {
      this.#widget?.store.getState().setLang(pickLang(next));
    }
  }
}

export function defineElement(tagName = TAG_NAME): void {
  if (!customElements.get(tagName)) customElements.define(tagName, class extends CyberRiskCheckElement {});
}
