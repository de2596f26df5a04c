import { useEffect, useState } from 'preact/hooks';
import { progressStore } from '../../scripts/progress/client';

/** The page's progress store; the component re-renders whenever the record or notices change. */
export function useProgress() {
  const store = progressStore();
  const [, setVersion] = useState(0);
  useEffect(() => store.subscribe(() => setVersion((n) => n + 1)), [store]);
  return store;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
/** "1 March 2026" in the learner's own locale. */
export const formatDate = (stamp: string) => dateFormat.format(new Date(stamp));
