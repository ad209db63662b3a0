import type { Driver } from './types.js';

/** Whether a number is acceptable for a driver; the UI turns the reason into a message. */
export function checkDriverValue(driver: Driver, value: number): 'notANumber' | 'tooSmall' | 'tooLarge' | undefined {
  if (!Number.isFinite(value)) return 'notANumber';
  if (value < (driver.min ?? 0)) return 'tooSmall';
  if (driver.max !== undefined && value > driver.max) return 'tooLarge';
  return undefined;
}
