// The headless loss API: by scenario id, or a brochure preset by id.
//   estimate('ransomware', { answers, inputs: { downtimeDays: 7 } })

import builtInContent from 'virtual:crc-content';
import type { Content } from '../types.js';
import { estimateScenario, type EstimateOptions, type LossEstimate } from './estimate.js';

export function estimate(scenarioId: string, options: EstimateOptions = {}, content: Content = builtInContent): LossEstimate {
  const scenario = content.loss.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`Unknown loss scenario "${scenarioId}". Known: ${content.loss.scenarios.map((s) => s.id).join(', ')}`);
  return estimateScenario(content, scenario, options);
}

/** A brochure's worked example, with its stated inputs and only the items it had. */
export function estimatePreset(presetId: string, options: Pick<EstimateOptions, 'samples' | 'seed'> = {}, content: Content = builtInContent): LossEstimate {
  const preset = content.loss.presets.find((p) => p.id === presetId);
  if (!preset) throw new Error(`Unknown preset "${presetId}". Known: ${content.loss.presets.map((p) => p.id).join(', ')}`);
  return estimate(preset.scenario, { ...options, inputs: preset.inputs, items: preset.items }, content);
}
