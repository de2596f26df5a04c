import confidenceUrl from 'virtual:progress-confidence-url';
import { useEffect, useState } from 'preact/hooks';
import type { ProgressRecord } from '../../lib/progress/types';

/**
 * The before-and-after confidence table's code (confidenceStep.ts), loaded by address only when
 * the record holds a self-assessment: null until then. By address, because a plain import()
 * would bring Vite's preload helper into the page's code.
 */
export function useConfidence(record: ProgressRecord): typeof import('./confidenceStep') | null {
  const [chunk, setChunk] = useState(null);
  const wanted = !!record.selfAssessment;
  useEffect(() => void (wanted && import(/* @vite-ignore */ confidenceUrl).then(setChunk)), [wanted]);
  // Erased, or never taken: nothing to show, even once the code is here.
  return wanted ? chunk : null;
}
