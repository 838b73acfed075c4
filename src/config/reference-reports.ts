/**
 * `settings.referenceReports` (no-copied-text, issue 13): globs of last year's reports (or any reports to compare
 * with), written relative to the config file that names them, as ESLint resolves a config's paths. They are made
 * absolute where the config is read, so that a county config extended from elsewhere still points at its own archive.
 *
 * A config found beside the reports (./trust.ts) may not name them: it could make the reviewer's run read any file on
 * the machine (a home folder, a device) and tell which of them a report resembles. Refused like `plugins`.
 */
import path from 'node:path';
import { configError, type Where } from './messages.js';

export const REFERENCE_REPORTS = 'referenceReports';

/** `settings` with referenceReports made absolute (a `!` exclusion keeps its `!`). */
export function anchorReferenceReports(settings: Record<string, unknown>, configFile: string, trusted: boolean, where: Where): Record<string, unknown> {
  if (!Object.hasOwn(settings, REFERENCE_REPORTS)) return settings;
  if (!trusted) throw configError('untrustedReferenceReports', where, {});
  const value = settings[REFERENCE_REPORTS];
  const patterns = typeof value === 'string' ? [value] : (value as string[]);
  const base = path.dirname(path.resolve(configFile));
  const anchored = patterns.map((pattern) => {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    // Globs use forward slashes on every system.
    const absolute = path.resolve(base, body).split(path.sep).join('/');
    return negated ? `!${absolute}` : absolute;
  });
  return { ...settings, [REFERENCE_REPORTS]: anchored };
}

/** The absolute globs a resolved config names (none when it names none). */
export function referencePatterns(settings: Readonly<Record<string, unknown>>): string[] {
  const value = settings[REFERENCE_REPORTS];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
