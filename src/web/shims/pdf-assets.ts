/**
 * pdfjs's data files in the browser build. A page opened from file:// may fetch nothing, so the CMaps that Chinese
 * PDFs name (GB, CNS and their Unicode forms) are inlined by the build (`reportlint:pdf-cmaps`, base64 per file) and
 * handed to pdfjs through its BinaryDataFactory hook. Standard fonts and wasm decoders are not needed to read text.
 */
import cmaps from 'reportlint:pdf-cmaps';

class InlineBinaryData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const name = filename.replace(/\.bcmap$/, '');
    const data = kind === 'cMapUrl' ? (cmaps as Record<string, string>)[name] : undefined;
    if (data === undefined) throw new Error(`Unable to load ${kind} data: ${filename}`);
    return Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
  }
}

/** The getDocument parameters: data from the page, none fetched, pdfjs's own fetching off. */
export function pdfAssetOptions(): Record<string, unknown> {
  return { BinaryDataFactory: InlineBinaryData, cMapUrl: 'inline:/', cMapPacked: true, useWorkerFetch: false, useWasm: false };
}
