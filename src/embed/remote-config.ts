// Configuration by URL (config-src): loaded only by pages that use it, so the first screen of the
// others does not carry it. A failure is returned as a problem to show, not thrown.

import { isRecord } from '../core/record.js';
import type { MountOptions } from './mount.js';

/** How long a configuration may take before it counts as failed. */
export const CONFIG_TIMEOUT_MS = 8000;

export interface LoadedConfig {
  config: MountOptions;
  /** Why the configuration could not be used, for the console and the partner's notice. */
  problem?: string;
}

/** A GET of the partner's JSON, without cookies, given up on after CONFIG_TIMEOUT_MS (on setTimeout, so a test's clock drives it). */
export async function loadConfig(url: string): Promise<LoadedConfig> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CONFIG_TIMEOUT_MS);
  try {
    const response = await fetch(url, { credentials: 'omit', signal: controller.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const parsed = (await response.json()) as unknown;
    if (isRecord(parsed)) return { config: parsed };
    throw new Error('not a JSON object');
  } catch (error) {
    const reason = controller.signal.aborted ? `no answer within ${CONFIG_TIMEOUT_MS / 1000} s` : error instanceof Error ? error.message : String(error);
    return { config: {}, problem: `config-src ${url} could not be loaded (${reason}); the defaults are used` };
  } finally {
    clearTimeout(timer);
  }
}
