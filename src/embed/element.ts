// <cyber-risk-check lang="en" instance-id="hall-a" discount-scheme="chamber-illustrative" prefill='{"industry":"retail"}' seminar></cyber-risk-check>
// Attributes are read when the element is connected; `lang` may also be changed later.
// Configuration: config-src (a URL), then an inline <script type="application/json">, then attributes.

import { isRecord } from '../core/record.js';
import type { AnswerValue } from '../core/types.js';
import { pickLang } from '../i18n/index.js';
import { mount, type MountedWidget, type MountOptions } from './mount.js';

export const TAG_NAME = 'cyber-risk-check';

/** Configuration given inline: <script type="application/json"> as a child of the element. */
function inlineConfig(element: HTMLElement): MountOptions {
  const script = element.querySelector(':scope > script[type="application/json"]');
  if (!script?.textContent) return {};
  try {
    const parsed = JSON.parse(script.textContent) as unknown;
    if (isRecord(parsed)) return parsed;
  } catch (error) {
    console.error('cyber-risk-check: the inline configuration is not valid JSON and was ignored:', (error as Error).message);
  }
  return {};
}

/** The prefill attribute's JSON; what it holds is checked by the widget, question by question. */
function parsedPrefill(text: string): Record<string, AnswerValue> {
  try {
    const parsed = JSON.parse(text) as unknown;
    // Each value is checked against its question before it is used (core/flow/prefill.ts).
    if (isRecord(parsed)) return parsed as Record<string, AnswerValue>;
  } catch {
    // reported below
  }
  console.error('cyber-risk-check: the prefill attribute must be a JSON object of answers by question id, such as {"industry":"retail"}; it was ignored');
  return {};
}

/** Whether the parser is done with the element's children: a node after it exists, or the whole page does. */
function childrenParsed(element: Node): boolean {
  if (document.readyState !== 'loading') return true;
  for (let node: Node | null = element; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
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
    // Defined before the parser reached it (the script moved into the head, or loaded async): its
    // inline configuration is not there yet, so start once the page has been read.
    if (!childrenParsed(this)) {
      document.addEventListener('DOMContentLoaded', () => this.isConnected && this.connectedCallback(), { once: true });
      return;
    }
    const source = this.getAttribute('config-src');
    if (source) {
      void import('./remote-config.js')
        .then(({ loadConfig }) => loadConfig(source))
        .catch((error: unknown) => {
          console.error(`cyber-risk-check: the configuration at ${source} could not be loaded (${String(error)}); using the defaults`);
          return {};
        })
        .then((fetched) => {
          if (this.isConnected && !this.#widget) this.#mount(fetched);
        });
    } else this.#mount({});
  }

  #mount(fetched: MountOptions): void {
    const options: MountOptions = { ...fetched };
    const lang = this.getAttribute('lang');
    const instanceId = this.getAttribute('instance-id');
    const persist = this.getAttribute('persist');
    if (lang) options.lang = lang;
    if (instanceId) options.instanceId = instanceId;
    if (persist === 'local' || persist === 'session' || persist === 'none') options.persist = persist;
    Object.assign(options, inlineConfig(this)); // inline settings win over fetched ones
    const prefill = this.getAttribute('prefill');
    if (prefill) options.prefill = parsedPrefill(prefill);
    const scheme = this.getAttribute('discount-scheme');
    if (scheme) options.discountScheme = scheme;
    // A boolean attribute: present is on, as in HTML; "false" is read as off, as people write it.
    const seminar = this.getAttribute('seminar');
    if (seminar !== null && seminar !== 'false' && !options.seminar) options.seminar = true;
    this.#widget = mount(this, options);
  }

  disconnectedCallback(): void {
    this.#widget?.unmount();
    this.#widget = undefined;
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
    if (name === 'lang' && next && previous !== null && next !== previous) {
      void this.#widget?.setLanguage(pickLang(next));
    }
  }
}

export function defineElement(tagName = TAG_NAME): void {
  if (!customElements.get(tagName)) customElements.define(tagName, class extends CyberRiskCheckElement {});
}
