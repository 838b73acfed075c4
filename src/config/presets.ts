/**
 * Built-in presets, computed from the rules' own metadata (never a hand-written list):
 * - `reportlint:recommended` — every built-in rule at its `meta.severity`;
 * - `reportlint:all` — every built-in rule as an error.
 */
import type { AnyRule, SeverityLevel } from '../types.js';

export const PRESET_PREFIX = 'reportlint:';
export const PRESET_NAMES = ['reportlint:recommended', 'reportlint:all'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** The level a rule gets when turned on without a severity (`true`) and in reportlint:recommended. */
export function defaultLevel(rule: AnyRule): 1 | 2 {
  return rule.meta.severity === 'error' ? 2 : 1;
}

/** rule id → severity for a preset, in id order. */
export function presetRules(name: PresetName, builtinRules: Readonly<Record<string, AnyRule>>): Map<string, SeverityLevel> {
  const result = new Map<string, SeverityLevel>();
  for (const id of Object.keys(builtinRules).sort()) {
    result.set(id, name === 'reportlint:all' ? 2 : defaultLevel(builtinRules[id]!));
  }
  return result;
}
