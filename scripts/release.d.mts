export const RELEASE_CONTENTS: string[];
export function release(options?: { changelog?: string }): Promise<string>;
