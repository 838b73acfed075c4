/** Config loading: cosmiconfig search, extends, presets, plugins, overrides, ignore patterns, option validation. */
export { createConfigLoader, type ConfigLoader, type ConfigLoaderOptions, type InspectedConfig, type PrintedConfig } from './load.js';
export type { IgnoreHit } from './ignore.js';
export type { Provenance, RuleOrigin } from './provenance.js';
export { defaultOptions, resolveOptions } from './options.js';
export { PRESET_NAMES, presetRules, type PresetName } from './presets.js';
export { parseSeverity } from './resolve.js';
export { SEARCH_PLACES } from './files.js';
