export const PLUGIN: string;
export function readPo(text: string): [string | undefined, string, string][];
export function moFile(entries: [string | undefined, string, string][]): Buffer;
export function pluginFiles(): Promise<[string, Buffer][]>;
export function writePlugin(dir: string): Promise<string>;
export function pluginZip(): Promise<Buffer>;
