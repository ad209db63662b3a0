// Configuration by URL (config-src): loaded only by pages that use it, so the first screen of the
// others does not carry it.

import { isRecord } from '../core/record.js';
import type { MountOptions } from './mount.js';

/** A GET of the partner's JSON, without cookies; on failure, the defaults. */
export async function loadConfig(url: string): Promise<MountOptions> {
  try {
    const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(8000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const parsed = (await response.json()) as unknown;
    if (isRecord(parsed)) return parsed;
    throw new Error('not a JSON object');
  } catch (error) {
    console.error(
      `cyber-risk-check: the configuration at ${url} could not be loaded (${error instanceof Error ? error.message : String(error)}); using the defaults`,
    );
    return {};
  }
}
