export const SNIPPET_FILES: string[];
export function integrityOf(file: string): string;
export function snippets(): Record<'module' | 'classic' | 'self-hosted', string>;
export function withSnippets(text: string, current?: Record<string, string>): string;
