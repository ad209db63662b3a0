// The events the widget dispatches on its host element, for the host page's own analytics and
// hand-off: their names and what each detail holds. Every detail carries the widget's version, so
// a listener can tell which contract it is reading.

import type { StepId } from './flow/steps.js';
import type { QuoteFailure, QuoteRequest } from './quote/types.js';
import type { Lang } from './types.js';

/** Every event's name starts with this: `cyber-risk-check:ready`, … */
export const EVENT_PREFIX = 'cyber-risk-check:';

/** Each event's detail, without the `version` that every detail also carries. */
export interface WidgetEventPayloads {
  /** Once the page's own scripts have run. */
  ready: { instanceId: string; lang: Lang };
  /** The owner moved to another step (step ids: `intro`, category ids, `results`, `quote`). */
  'step-change': { from: StepId; to: StepId };
  /** The owner reached the results (not when a shared link opens someone else's). */
  completed: { ipaScore: number; tier: string; totalDiscount: number; loss: { scenario: string; likely: number }[] };
  /** A quote request for the host page to deliver (the partner configured an `event` channel). */
  'quote-request': { request: QuoteRequest };
  /** A quote request was delivered through these channels. */
  'quote-sent': { idempotencyKey: string; channels: string[] };
  /** Something the owner asked for did not happen. */
  error: { kind: 'quote-not-sent'; failure: QuoteFailure };
}

export type WidgetEventName = keyof WidgetEventPayloads;

/** An event's detail as a listener receives it. */
export type WidgetEventDetail<K extends WidgetEventName> = WidgetEventPayloads[K] & { version: string };

/** Dispatches a widget event; the caller gives the payload, the dispatcher adds the version. */
export type EmitWidgetEvent = <K extends WidgetEventName>(name: K, payload: WidgetEventPayloads[K]) => void;

/** The host page's view: `addEventListener('cyber-risk-check:completed', (e) => e.detail.tier)` is typed. */
export type WidgetEventMap = { [K in WidgetEventName as `${typeof EVENT_PREFIX}${K}`]: CustomEvent<WidgetEventDetail<K>> };
