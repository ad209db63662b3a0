/// <reference types="vite/client" />

declare module 'virtual:crc-content' {
  import type { Content } from './core/types.js';
  const content: Content;
  export default content;
}

declare module 'virtual:crc-content-ja' {
  import type { QuestionContent } from './core/types.js';
  /** The questions with Japanese text only, without help texts or scoring fields; the rest is filled in when loaded. */
  const content: QuestionContent;
  export default content;
}

declare module 'virtual:crc-content-ids' {
  import type { ContentIds } from './core/types.js';
  /** The ids a partner configuration may name. */
  const ids: ContentIds;
  export default ids;
}

declare module 'virtual:crc-content-results-ja' {
  import type { ControlScoring, ResultsContent } from './core/types.js';
  /** Discount schemes, rate tables, loss scenarios and IPA topics, with Japanese text only, and the questions' scoring fields by id. */
  const content: ResultsContent & { scoring: Record<string, ControlScoring> };
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
