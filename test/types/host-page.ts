// A host page written in TypeScript, compiled under strict by `npm test` (tsc --noEmit): the tag,
// its attributes and events are typed. Each @ts-expect-error is a use the contract must refuse; if
// the contract stopped refusing it, the compile would fail.

import { EVENT_PREFIX, mount, type CyberRiskCheckAttributes, type WidgetEventDetail } from '../../src/embed/index.js';

export function wireUp(analytics: { track(name: string, data: object): void }): string[] {
  const seen: string[] = [EVENT_PREFIX];
  const element = document.querySelector('cyber-risk-check');
  if (!element) return seen;
  // The element's own type, from the tag name.
  seen.push(element.widget?.instanceId ?? 'not mounted yet');

  element.addEventListener('cyber-risk-check:completed', (event) => {
    analytics.track('cyber_check_completed', { tier: event.detail.tier, discount: event.detail.totalDiscount, version: event.detail.version });
  });
  document.addEventListener('cyber-risk-check:quote-request', (event) => {
    analytics.track('lead', { company: event.detail.request.contact.companyName });
  });
  window.addEventListener('cyber-risk-check:step-change', (event) => {
    analytics.track('step', { from: event.detail.from, to: event.detail.to });
  });
  element.addEventListener('cyber-risk-check:ready', (event) => {
    // @ts-expect-error the ready event has no tier
    seen.push(String(event.detail.tier));
  });

  const created = document.createElement('cyber-risk-check');
  const attributes: CyberRiskCheckAttributes = { lang: 'en', 'instance-id': 'hall-a', persist: 'session', seminar: '' };
  created.setAttribute('persist', attributes.persist ?? 'local');
  // @ts-expect-error persist is local, session or none
  const wrong: CyberRiskCheckAttributes = { persist: 'forever' };
  seen.push(String(wrong.persist));

  const widget = mount(document.createElement('div'), { lang: 'ja', partner: { id: 'sakura', name: 'さくら保険代理店' } });
  const detail: WidgetEventDetail<'ready'> = { version: '1', instanceId: widget.instanceId, lang: 'ja' };
  seen.push(detail.instanceId);
  return seen;
}
