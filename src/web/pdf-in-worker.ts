/**
 * pdfjs normally parses in a worker of its own, loaded from a URL; the page loads nothing from a URL and the engine is
 * already off the main thread, so pdfjs's worker code is bundled here and used in place (pdfjs looks for it on
 * `globalThis.pdfjsWorker`).
 */
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;
