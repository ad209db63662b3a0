export function zip(entries: [string, Buffer][]): Buffer;
export function unzip(archive: Buffer): { path: string; data: Buffer }[];
