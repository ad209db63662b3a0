/// <reference types="vite/client" />

declare module 'virtual:crc-content' {
  import type { Content } from './core/types.js';
  const content: Content;
  export default content;
}

declare const __CRC_VERSION__: string;

declare module '*.css?inline' {
  const css: string;
  export default css;
}
