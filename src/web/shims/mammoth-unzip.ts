/**
 * mammoth's `openZip` in the browser build. mammoth's own browser version takes only an ArrayBuffer; the Word reader
 * (src/read/docx.ts) hands mammoth an already opened package (`file`), whose parts it inflates with a size cap. This
 * is the branch of mammoth's Node version that accepts it.
 */
export function openZip(options: { file?: unknown }): Promise<unknown> {
  return options.file ? Promise.resolve(options.file) : Promise.reject(new Error('Could not find file in options'));
}
