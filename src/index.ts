/**
 * The public API (named exports only). Editors and scripts lint text with `lintText`, after reading a
 * file with `readDocument` and resolving its config with `createConfigLoader`; plugins write rules
 * with `defineRule`.
 */
export { builtinRules } from '../rules/index.js';
export { createConfigLoader, type ConfigLoader, type ConfigLoaderOptions } from './config/index.js';
export { lintText, type LintOptions } from './engine/lint-text.js';
export { parseDocument } from './engine/parse.js';
export { ConfigError, ReadError, ReportlintError, UsageError } from './errors.js';
export { formatResults, renderResults } from './formatters/index.js';
export { buildModel } from './model/build.js';
export { readDocument, readText, type ReadDocumentResult } from './read/index.js';
export { defineRule } from './rule-api.js';
export type * from './rule-api.js';
export type { AnyRule, ChecklistItem, EvidencePlace, LintDocument, LintMessage, LintResult, Locale, ResolvedConfig, RuleSetting, SeverityLevel } from './types.js';
