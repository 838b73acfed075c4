/**
 * Globals the engine's Node-side code expects, injected into the browser bundles by esbuild: `Buffer` (the `buffer`
 * package, which the readers and iconv-lite use) and a minimal `process` (the config loader's default working
 * directory). `process` is a plain object, so libraries that test for Node (pdfjs) see a browser.
 */
import { Buffer } from 'buffer';

const process = { cwd: () => '/', env: {} as Record<string, string | undefined>, platform: 'browser', versions: {} as Record<string, string>, argv: [] as string[] };

export { Buffer, process };
