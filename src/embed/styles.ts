// Stylesheets in a widget's shadow root: constructed once per text and shared by every instance
// on the page, so they need no <style> in the page and no 'unsafe-inline' in its CSP.

const sheets = new Map<string, CSSStyleSheet>();

/** Adds stylesheets to a shadow root, each once, in the order given. */
export function styleAdder(shadow: ShadowRoot): (css: string) => void {
  const added = new Set<string>();
  const constructable = 'adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function';
  return (text) => {
    if (!text || added.has(text)) return;
    added.add(text);
    if (constructable) {
      let sheet = sheets.get(text);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        sheets.set(text, sheet);
      }
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    } else {
      // Browsers without constructable stylesheets (Safari < 16.4) get a <style> inside the shadow root.
      const style = document.createElement('style');
      style.textContent = text;
      shadow.appendChild(style);
    }
  };
}
