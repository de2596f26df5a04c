/**
 * What the progress page needs once a learner chooses a file to import: the checks (with zod),
 * the preview and its words. Loaded by address at that moment (astro.config.mjs, `lazyChunk`), so
 * the page itself stays light.
 */
import { validateImport } from '../../lib/progress/importFile';
import type { CourseOutline } from '../../lib/progress/outline';
import type { ProgressRecord } from '../../lib/progress/types';
import { fetchSelfAssessment } from '../../scripts/progress/selfAssessmentOutline';

export { MAX_IMPORT_BYTES } from '../../lib/progress/importFile';
export { ImportPreview } from './ImportPreview';
export { IMPORT_UI } from '../../text/progressImport';

/** The file's checks, with the self-assessment's statements (fetched now) for its ratings. */
export const checkFile = async (text: string, size: number, outline: CourseOutline, current: ProgressRecord) =>
  validateImport(text, size, outline, current, await fetchSelfAssessment());
