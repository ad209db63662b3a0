// The widget's entry: importing it defines <cyber-risk-check>; `mount` renders into any element.

import { defineElement } from './element.js';

export { mount } from './mount.js';
export type { MountOptions, MountedWidget } from './mount.js';
export type { CyberRiskCheckAttributes, WidgetEventDetail, WidgetEventMap, WidgetEventName, WidgetEventPayloads } from './contract.js';
export { EVENT_PREFIX } from '../core/events.js';
export { defineElement, CyberRiskCheckElement, TAG_NAME } from './element.js';
export { version } from '../core/version.js';

defineElement();
