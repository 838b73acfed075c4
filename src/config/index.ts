/** Config loading: cosmiconfig search, extends, presets, plugins, option validation. */
export { createConfigLoader, type ConfigLoader, type ConfigLoaderOptions, type PrintedConfig } from './load.js';
export { defaultOptions, resolveOptions } from './options.js';
export { PRESET_NAMES, presetRules, type PresetName } from './presets.js';
export { parseSeverity } from './resolve.js';
export { SEARCH_PLACES } from './files.js';
