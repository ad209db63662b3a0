// configure.html's script, a classic one (module scripts do not run from a file:// page): the
// configurator, drawn into #configurator, with the widget's classic build (loaded before it) for
// the preview.

import { render } from 'preact';
import choices from 'virtual:crc-content-choices';
import template from 'virtual:crc-test-lead';
import { isLang, type Lang } from '../core/text.js';
import css from './configure.css?inline';
import { App } from './ui/App.js';
import type { MountWidget } from './ui/Preview.js';

/** The page's localStorage, unless the browser refuses it (a locked-down profile). */
function pageStorage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

/** Japanese, the partners' language, unless the address asks for another (configure.html?lang=en). */
function startLang(): Lang {
  const asked = new URLSearchParams(location.search).get('lang');
  return isLang(asked) ? asked : 'ja';
}

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const widget = (globalThis as { CyberRiskCheck?: { mount?: MountWidget } }).CyberRiskCheck;
const root = document.getElementById('configurator');
if (root) {
  root.textContent = '';
  render(
    <App
      choices={choices}
      template={template}
      cdn={__CRC_CDN__}
      version={__CRC_VERSION__}
      mountWidget={typeof widget?.mount === 'function' ? widget.mount : undefined}
      storage={pageStorage()}
      initialLang={startLang()}
    />,
    root,
  );
}
