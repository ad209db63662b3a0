// The flags every headless Chromium of this project starts with (tests, bench, screenshots):
// headless, no sandbox in containers, and no network of its own (updates, sync, QUIC).

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
