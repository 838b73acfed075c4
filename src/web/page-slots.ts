/**
 * The places in the built page (dist/web/reportlint.html) that are filled after the build: the config baked in by
 * `reportlint --web --config county.yaml` (src/cli/web.ts). Shared by the build script and the CLI so both agree.
 */
import type { ConfigBundle } from './protocol.js';

/** The page's baked-config element as built: no config (the page then runs reportlint:recommended). */
export const BAKED_CONFIG_SLOT = '<script type="application/json" id="baked-config">null</script>';

/** JSON that can sit inside a <script> element: nothing in it can close the element or end a line of script. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The page with `bundle` in its baked-config element; undefined when the page has no empty slot. */
export function bakeConfig(page: string, bundle: ConfigBundle): string | undefined {
  const at = page.indexOf(BAKED_CONFIG_SLOT);
  if (at === -1) return undefined;
  const filled = BAKED_CONFIG_SLOT.replace('null', scriptJson(bundle));
  return page.slice(0, at) + filled + page.slice(at + BAKED_CONFIG_SLOT.length);
}
