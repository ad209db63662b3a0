/// <reference types="vite/client" />

declare module 'virtual:crc-content' {
  import type { Content } from './core/types.js';
  const content: Content;
  export default content;
}

declare module 'virtual:crc-content-ja' {
  import type { Content } from './core/types.js';
  /** The content with Japanese text only; other languages are filled in when loaded. */
  const content: Content;
  export default content;
}

declare module 'virtual:crc-content-help-ja' {
  /** Japanese help texts by their path in the content. */
  const strings: Record<string, string>;
  export default strings;
}

declare module 'virtual:crc-content-en' {
  /** English strings by their path in the content. */
  const strings: Record<string, string>;
  export default strings;
}

declare const __CRC_VERSION__: string;

declare module '*.css?inline' {
  const css: string;
  export default css;
}
