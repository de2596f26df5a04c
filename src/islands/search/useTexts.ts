import { useCallback, useState } from 'preact/hooks';
import { loadText } from '../../scripts/search/loadText';
import { loadDocs } from '../../scripts/search/loadSearcher';
import type { SearchDocsFile, SearchTextFile } from '../../lib/search/types';

/** The files of one kind loaded so far, and a way to ask for one; a failure is left for a later ask. */
function useFiles<K, T>(load: (name: K) => Promise<T>) {
  const [loaded, setLoaded] = useState<ReadonlyMap<K, T>>(new Map());
  const want = useCallback((name: K) => {
    load(name).then(
      (file) => setLoaded((prev) => (prev.has(name) ? prev : new Map(prev).set(name, file))),
      () => {}, // a placeholder or a lead stays; the result is still found
    );
  }, []);
  return { loaded, want };
}

/**
 * The snippet text files loaded so far, and a way to ask for one. Results never wait for them: a
 * result shows its lead until its text arrives, and keeps the lead if the text cannot load.
 */
export const useTexts = () => useFiles<string, SearchTextFile>((name) => loadText(name));

/** The docs files (results' titles, addresses and leads) loaded so far, and a way to ask for one. */
export const useDocs = () => useFiles<number, SearchDocsFile>((n) => loadDocs(n));

/**
 * Asks for what each result needs once it is on screen or about to be (within half a screen of
 * scrolling): its docs file while it is a placeholder, then its text file. Inside the dialog, that
 * is the dialog's own scrolling area.
 */
export function watchResults(container: HTMLElement | null, wantDocs: (n: number) => void, wantText: (name: string) => void): (() => void) | undefined {
  const waiting = [...(container?.querySelectorAll<HTMLElement>('[data-wants-docs], [data-wants-text]') ?? [])];
  if (!waiting.length) return undefined;
  // Read when the result comes into view, not when it was first seen: by then its title may have
  // arrived, or its text with another result's file, and it wants one file less.
  const ask = (el: HTMLElement) => {
    const { wantsDocs, wantsText } = el.dataset;
    if (wantsDocs) wantDocs(Number(wantsDocs));
    else if (wantsText) wantText(wantsText);
  };
  if (typeof IntersectionObserver === 'undefined') {
    waiting.forEach(ask);
    return undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        ask(entry.target as HTMLElement);
      }
    },
    { root: container!.closest('dialog'), rootMargin: '0px 0px 50% 0px' },
  );
  for (const el of waiting) observer.observe(el);
  return () => observer.disconnect();
}
