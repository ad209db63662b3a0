/// <reference types="vite/client" />
// The build's virtual modules (scripts/content.ts). Types are import() types: an ambient module
// may not import a relative path, and skipLibCheck would hide that its types had become any.

declare module 'virtual:crc-content' {
  const content: import('./core/types.js').Content;
  export default content;
}

declare module 'virtual:crc-content-ja' {
  /** The questions with Japanese text only, without help texts, scoring fields or the texts of later steps; the rest is filled in when loaded. */
  const content: import('./core/types.js').QuestionContent;
  export default content;
}

declare module 'virtual:crc-content-ids' {
  /** The ids a partner configuration may name. */
  const ids: import('./core/types.js').ContentIds;
  export default ids;
}

declare module 'virtual:crc-content-length' {
  type ByLang = Record<import('./core/types.js').Lang, import('./core/flow/estimate.js').ExpectedLength>;
  /** The intro's expected length by language, from the whole content (the first load lacks the later steps' texts). */
  const length: ByLang;
  export default length;
}

declare module 'virtual:crc-quick-length' {
  /** The seminar quick check's expected length by language (its opening screen loads later). */
  const length: Record<import('./core/types.js').Lang, import('./core/flow/estimate.js').ExpectedLength>;
  export default length;
}

declare module 'virtual:crc-content-results-ja' {
  /**
   * Discount schemes, rate tables, loss scenarios and IPA topics, with Japanese text only; the
   * questions' scoring fields by id; the Japanese texts of the steps after the first by path.
   */
  const content: import('./core/types.js').ResultsContent & {
    scoring: Record<string, import('./core/types.js').ControlScoring>;
    texts: Record<string, string>;
  };
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

declare module 'virtual:crc-content-choices' {
  /** What a partner configuration may name, with titles. */
  const choices: import('./core/content/parts.js').ContentChoices;
  export default choices;
}

declare module 'virtual:crc-test-lead' {
  /** The configurator's test lead, before it is stamped with the partner, a key and the time. */
  const lead: import('./core/quote/types.js').QuoteRequest;
  export default lead;
}

declare const __CRC_VERSION__: string;

/** The configurator's CDN files: each file's address pinned to this version, with its integrity (written by the build). */
declare const __CRC_CDN__: { module: { src: string; integrity: string }; classic: { src: string; integrity: string } };

declare module '*.css?inline' {
  const css: string;
  export default css;
}
