/**
 * Where pdfjs finds its data files (CJK CMaps, standard fonts): in Node, the folders of the installed pdfjs-dist.
 * The browser page (src/web/) swaps this module for one that hands pdfjs the CMaps inlined in the page, since a page
 * opened from file:// may fetch nothing.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

/** Folder of pdfjs's data files, as the file path its Node reader expects. */
function assetPath(folder: string): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), folder) + path.sep;
}

/** The getDocument parameters that tell pdfjs where its data files are. */
export function pdfAssetOptions(): Record<string, unknown> {
  return { cMapUrl: assetPath('cmaps'), cMapPacked: true, standardFontDataUrl: assetPath('standard_fonts') };
}
