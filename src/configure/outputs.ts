// What the configurator hands over: the snippet to paste (from the npm CDN, pinned with its
// integrity hash, or from the partner's own server), the WordPress plugin's settings, and the
// configuration as a JSON file to host. The configuration travels as an inline JSON data block,
// which no Content-Security-Policy blocks.

import type { PartnerConfig } from '../core/partner/config.js';

export interface CdnFiles {
  module: { src: string; integrity: string };
  classic: { src: string; integrity: string };
}

/** The configuration as JSON text, safe inside a <script> element (no "</script>" or "<!--" can appear). */
export function configJson(config: PartnerConfig): string {
  return JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
}

function element(config: PartnerConfig, attributes = ''): string {
  if (Object.keys(config).length === 0) return `<cyber-risk-check${attributes}></cyber-risk-check>`;
  const json = configJson(config).replace(/\n/g, '\n  ');
  return `<cyber-risk-check${attributes}>\n  <script type="application/json">\n  ${json}\n  </script>\n</cyber-risk-check>`;
}

function script(file: { src: string; integrity: string }, type = ''): string {
  return `<script${type} src="${file.src}"\n        integrity="${file.integrity}" crossorigin="anonymous"></script>`;
}

export type SnippetKind = 'module' | 'classic' | 'selfHosted' | 'configSrc';

/** The snippet of each kind for this configuration. `configUrl`: where the JSON file is (configSrc only). */
export function snippet(kind: SnippetKind, config: PartnerConfig, cdn: CdnFiles, configUrl = ''): string {
  switch (kind) {
    case 'module':
      return `${script(cdn.module, ' type="module"')}\n${element(config)}`;
    case 'classic':
      return `${element(config)}\n${script(cdn.classic)}`;
    case 'selfHosted':
      return `<!-- dist/ copied to your site as /cyber-risk-check/ -->\n<script type="module" src="/cyber-risk-check/cyber-risk-check.js"></script>\n${element(config)}`;
    case 'configSrc':
      return `${script(cdn.module, ' type="module"')}\n<cyber-risk-check config-src="${configUrl.replace(/"/g, '&quot;')}"></cyber-risk-check>`;
  }
}

/** The WordPress shortcode for a page: the site's settings hold the rest. */
export function shortcode(config: PartnerConfig): string {
  return config.seminar ? '[cyber_risk_check seminar="true"]' : '[cyber_risk_check]';
}

/** The origins a strict Content-Security-Policy must allow, by directive. */
export function cspSources(config: PartnerConfig, cdn: CdnFiles): { scriptSrc: string[]; connectSrc: string[]; imgSrc: string[] } {
  const origin = (url: string | undefined) => {
    if (!url || url.startsWith('/')) return undefined;
    try {
      return new URL(url).origin;
    } catch {
      return undefined;
    }
  };
  const webhooks = (config.quote?.channels ?? []).flatMap((channel) => (channel.type === 'webhook' ? [origin(channel.url)] : []));
  const unique = (list: (string | undefined)[]) => [...new Set(list.filter((item): item is string => item !== undefined))];
  return { scriptSrc: unique([origin(cdn.module.src)]), connectSrc: unique(webhooks), imgSrc: unique([origin(config.partner?.logoUrl)]) };
}
