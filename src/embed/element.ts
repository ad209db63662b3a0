// <cyber-risk-check lang="en" instance-id="hall-a" discount-scheme="chamber-illustrative" prefill='{"industry":"retail"}' seminar></cyber-risk-check>
// Attributes are read when the element is connected; `lang` may also be changed later.
// Configuration: config-src (a URL), then an inline <script type="application/json">, then attributes.

import { isRecord } from '../core/record.js';
import { pickLang } from '../i18n/index.js';
import { persistedState } from '../state/store.js';
import { mount, type MountedWidget, type MountOptions } from './mount.js';

export const TAG_NAME = 'cyber-risk-check';

/** How long the widget waits for its config-src before showing with the page's own settings (documented in docs/embed.md). */
export const CONFIG_WAIT_MS = 1500;

/** Configuration given inline: <script type="application/json"> as a child of the element; what went wrong, if anything. */
function inlineConfig(element: HTMLElement): { config: MountOptions; problem?: string } {
  const script = element.querySelector(':scope > script[type="application/json"]');
  if (!script?.textContent) return { config: {} };
  try {
    const parsed = JSON.parse(script.textContent) as unknown;
    if (isRecord(parsed)) return { config: parsed };
    return { config: {}, problem: 'the inline configuration must be a JSON object; it was ignored' };
  } catch (error) {
    return { config: {}, problem: `the inline configuration is not valid JSON (${(error as Error).message}); it was ignored` };
  }
}

/** Whether the parser is done with the element's children: a node after it exists, or the whole page does. */
function childrenParsed(element: Node): boolean {
  if (document.readyState !== 'loading') return true;
  for (let node: Node | null = element; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/**
 * The seminar attribute's role. Present alone, as a boolean attribute, or "true": attendee; "false"
 * is read as off, as people write it; an unknown value is an attendee too, said in the console.
 */
function seminarAttribute(value: string | null): 'presenter' | 'attendee' | undefined {
  if (value === null || value === 'false') return undefined;
  if (value === 'presenter') return value;
  if (!['', 'true', 'attendee'].includes(value)) console.warn(`cyber-risk-check: seminar="${value}" is not presenter or attendee; the attendee view is used`);
  return 'attendee';
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
    if (source) this.#mountFrom(source);
    else this.#mount({});
  }

  /**
   * The configuration at `source`, waited for CONFIG_WAIT_MS at most: a slower one finds the
   * widget shown with the page's own settings, and is applied when it arrives (answers kept).
   */
  #mountFrom(source: string): void {
    const fallback = setTimeout(() => this.isConnected && !this.#widget && this.#mount({}), CONFIG_WAIT_MS);
    void import('./remote-config.js')
      .then(({ loadConfig }) => loadConfig(source))
      .catch((error: unknown) => ({ config: {}, problem: `config-src ${source} could not be loaded (${String(error)}); the defaults are used` }))
      .then(({ config, problem }) => {
        clearTimeout(fallback);
        if (!this.isConnected) return;
        const shown = this.#widget;
        if (shown) shown.unmount();
        this.#mount(config, problem);
        // What the owner did in the widget shown meanwhile goes on in the one that replaces it.
        if (shown) this.#widget?.store.setState(persistedState(shown.store.getState()));
      });
  }

  #mount(fetched: MountOptions, problem?: string): void {
    const options: MountOptions = { ...fetched };
    const lang = this.getAttribute('lang');
    const instanceId = this.getAttribute('instance-id');
    const persist = this.getAttribute('persist');
    if (lang) options.lang = lang;
    if (instanceId) options.instanceId = instanceId;
    if (persist === 'local' || persist === 'session' || persist === 'none') options.persist = persist;
    const inline = inlineConfig(this);
    Object.assign(options, inline.config); // inline settings win over fetched ones
    const prefill = this.getAttribute('prefill');
    if (prefill) options.prefill = prefill; // JSON, read with the rest of what the page brings (from-page.ts)
    const scheme = this.getAttribute('discount-scheme');
    if (scheme) options.discountScheme = scheme;
    const seminar = seminarAttribute(this.getAttribute('seminar'));
    if (seminar) options.seminar = isRecord(options.seminar) ? { ...options.seminar, role: seminar } : seminar;
    const debug = this.getAttribute('debug');
    if (debug !== null && debug !== 'false') options.debug = true;
    this.#widget = mount(
      this,
      options,
      [problem, inline.problem].filter((p) => p !== undefined),
    );
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
