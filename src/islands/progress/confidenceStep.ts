/**
 * The before-and-after table of confidence ratings, for the progress page and the certificate.
 * Loaded by address only when the record holds a self-assessment (astro.config.mjs, `lazyChunk`),
 * so a learner without one downloads nothing more.
 */
export { ConfidenceSection, ConfidenceTable, RateAgain } from './ConfidenceChart';
export { SELF_ASSESSMENT_UI } from '../../text/selfAssessment';
