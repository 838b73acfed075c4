/**
 * The real browser the browser tests drive: Debian's `chromium` (Playwright's own browser downloads cannot work
 * here), started by playwright-core with `executablePath`. Found at $REPORTLINT_CHROMIUM, /usr/bin/chromium or
 * /usr/bin/chromium-browser. Without one the browser tests are skipped, unless REPORTLINT_REQUIRE_BROWSER=1 (which
 * .ci/run sets after installing the package): then a missing browser fails the run, so CI never skips them.
 *
 *   const browser = await launchChromium();      // a fresh profile in a temp folder, no network services
 *   const page = await browser.context.newPage();
 *   …
 *   await browser.close();                       // closes Chromium and removes the profile
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium to use, or undefined when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env['REPORTLINT_CHROMIUM'];
  if (given !== undefined && given !== '') return existsSync(given) ? given : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Whether a missing browser fails the run (CI) instead of skipping the browser tests. */
export const BROWSER_REQUIRED = process.env['REPORTLINT_REQUIRE_BROWSER'] === '1';

export const CHROMIUM = findChromium();

/** True when the browser tests should be skipped: no Chromium, and none is required. */
export const SKIP_BROWSER_TESTS = CHROMIUM === undefined && !BROWSER_REQUIRED;

/** Switches that keep a headless Chromium from reaching the network on its own or needing a GPU or a sandbox. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts Chromium with a fresh profile (user-data-dir in a new temp folder); throws when there is no Chromium. */
export async function launchChromium(options: { viewport?: { width: number; height: number } } = {}): Promise<Chromium> {
  if (CHROMIUM === undefined) {
    throw new Error(
      'No Chromium found (REPORTLINT_REQUIRE_BROWSER=1 makes the browser tests mandatory): install it with ' +
        '`apt-get install chromium`, or set REPORTLINT_CHROMIUM to its path',
    );
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'reportlint-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1366, height: 768 },
      timeout: 60_000,
    });
    return {
      context,
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
