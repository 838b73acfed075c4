/**
 * Whether a run needs the text index at all: asked of every file's config before anything of src/compare/ is
 * loaded, so a run without a cross-file rule (or with nothing to compare) pays nothing for it.
 */
import type { ResolvedConfig } from '../types.js';

/** Whether a config turns on a rule that compares reports (`meta.crossFile`, e.g. no-copied-text). */
export function wantsTextIndex(config: ResolvedConfig): boolean {
  for (const { rule, setting } of config.rules.values()) if (setting.severity > 0 && rule.meta.crossFile === true) return true;
  return false;
}
