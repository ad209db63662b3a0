// The element's contract with a host page written in TypeScript: the tag, its attributes and its
// events are typed once the package is imported (documented in docs/embed.md, "For TypeScript").

import type { WidgetEventMap } from '../core/events.js';
import type { CyberRiskCheckElement } from './element.js';

export type { WidgetEventDetail, WidgetEventMap, WidgetEventName, WidgetEventPayloads } from '../core/events.js';

/** The attributes a host page may set on <cyber-risk-check>. */
export interface CyberRiskCheckAttributes {
  /** Start language: `ja`, `en`, or a browser tag such as `en-US`. */
  lang?: string;
  /** Key under which this instance saves its answers. */
  'instance-id'?: string;
  /** Where answers are kept: across reloads, for this tab, or in memory only. */
  persist?: 'local' | 'session' | 'none';
  /** Id of a discount scheme in questions/discounts/. */
  'discount-scheme'?: string;
  /** URL of the partner configuration (JSON). */
  'config-src'?: string;
  /** Answers the page knows, as JSON by question id (company questions only): `{"industry":"retail","revenue":300000000}`. */
  prefill?: string;
  /** Seminar mode: "presenter" for the projector; "attendee", present or "true" for attendees' phones; "false" or absent for off. */
  seminar?: '' | 'true' | 'false' | 'presenter' | 'attendee';
  /** Lists configuration problems in the widget, for whoever sets it up: present (or "true") for on. */
  debug?: '' | 'true' | 'false';
}

declare global {
  interface HTMLElementTagNameMap {
    'cyber-risk-check': CyberRiskCheckElement;
  }
  // The events bubble and cross the shadow boundary, so the element, its ancestors, the document
  // and the window all hear them.
  /* eslint-disable @typescript-eslint/no-empty-object-type -- declaration merging needs these empty interfaces */
  interface HTMLElementEventMap extends WidgetEventMap {}
  interface DocumentEventMap extends WidgetEventMap {}
  interface WindowEventMap extends WidgetEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
