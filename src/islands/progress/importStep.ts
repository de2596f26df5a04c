/**
 * What the progress page needs once a learner chooses a file to import: the checks (with zod),
 * the preview and its words. Loaded by address at that moment (astro.config.mjs, `lazyChunk`), so
 * the page itself stays light.
 */
export { MAX_IMPORT_BYTES, validateImport } from '../../lib/progress/importFile';
export { ImportPreview } from './ImportPreview';
export { IMPORT_UI } from '../../text/progressImport';
