import { describe, expect, it } from 'vitest';
import { configJson, cspSources, shortcode, snippet } from '../../src/configure/outputs.js';

const cdn = {
  module: { src: 'https://cdn.jsdelivr.net/npm/cyber-risk-check@1.2.3/dist/cyber-risk-check.js', integrity: 'sha384-module' },
  classic: { src: 'https://cdn.jsdelivr.net/npm/cyber-risk-check@1.2.3/dist/cyber-risk-check.iife.js', integrity: 'sha384-classic' },
};
const config = {
  partner: { id: 'sakura', name: 'さくら</script><script>alert(1)</script>' },
  quote: { channels: [{ type: 'webhook' as const, url: 'https://script.google.com/macros/s/x/exec' }] },
};

describe('what the configurator hands over', () => {
  it('writes JSON that cannot end its <script> element, and reads back the same', () => {
    const json = configJson(config);
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(json)).toEqual(config);
  });

  it('pins the module and the classic script with their integrity, around the configuration', () => {
    const module = snippet('module', config, cdn);
    expect(module).toMatch(
      /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/cyber-risk-check@1\.2\.3\/dist\/cyber-risk-check\.js"\n\s+integrity="sha384-module" crossorigin="anonymous"><\/script>\n<cyber-risk-check>/,
    );
    const inline = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(module)?.[1];
    expect(JSON.parse(inline!)).toEqual(config);
    expect(snippet('classic', config, cdn)).toMatch(
      /<\/cyber-risk-check>\n<script src="[^"]+iife\.js"\n\s+integrity="sha384-classic" crossorigin="anonymous"><\/script>$/,
    );
    expect(snippet('selfHosted', {}, cdn)).toContain(
      '<script type="module" src="/cyber-risk-check/cyber-risk-check.js"></script>\n<cyber-risk-check></cyber-risk-check>',
    );
    expect(snippet('configSrc', config, cdn, 'https://a.example/x.json?a="b"')).toContain('config-src="https://a.example/x.json?a=&quot;b&quot;"');
  });

  it('names what a strict Content-Security-Policy must allow, and the shortcode', () => {
    expect(cspSources({ ...config, partner: { id: 'a', name: 'a', logoUrl: '/logo.png' } }, cdn)).toEqual({
      scriptSrc: ['https://cdn.jsdelivr.net'],
      connectSrc: ['https://script.google.com'],
      imgSrc: [],
    });
    expect(shortcode({})).toBe('[cyber_risk_check]');
    expect(shortcode({ seminar: true })).toBe('[cyber_risk_check seminar="true"]');
  });
});
