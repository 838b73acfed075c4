/** `node:url` in the browser build: only used to import JavaScript configs, which the page refuses before that. */
export function pathToFileURL(path: string): URL {
  return new URL(`file://${encodeURI(path)}`);
}

export function fileURLToPath(url: string | URL): string {
  return decodeURI(new URL(url).pathname);
}

export default { pathToFileURL, fileURLToPath };
