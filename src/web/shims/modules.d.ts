/** Modules only the browser build has: the CMaps the build inlines, and pdfjs's worker code (untyped). */
declare module 'reportlint:pdf-cmaps' {
  const cmaps: Record<string, string>;
  export default cmaps;
}

declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
