import { useCallback, useState } from 'preact/hooks';
import { loadText } from '../../scripts/search/loadText';
import type { SearchTextFile } from '../../lib/search/types';

/**
 * The snippet text files loaded so far, and a way to ask for one. Results never wait for them: a
 * result shows its lead until its text arrives, and keeps the lead if the text cannot load.
 */
export function useTexts() {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, SearchTextFile>>(new Map());
  const want = useCallback((name: string) => {
    loadText(name).then(
      (texts) => setLoaded((prev) => (prev.has(name) ? prev : new Map(prev).set(name, texts))),
      () => {}, // the lead stays: a snippet is a help, not something to report as an error
    );
  }, []);
  return { loaded, want };
}

/**
 * Asks for the text of each result once it is on screen or about to be (within half a screen of
 * scrolling). Inside the dialog, that is the dialog's own scrolling area.
 */
export function watchResults(container: HTMLElement | null, want: (name: string) => void): (() => void) | undefined {
  const waiting = [...(container?.querySelectorAll<HTMLElement>('[data-wants-text]') ?? [])];
  if (!waiting.length) return undefined;
  if (typeof IntersectionObserver === 'undefined') {
    for (const el of waiting) want(el.dataset.wantsText!);
    return undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        // A result whose text arrived with another result's file no longer wants one.
        const name = (entry.target as HTMLElement).dataset.wantsText;
        if (name) want(name);
      }
    },
    { root: container!.closest('dialog'), rootMargin: '0px 0px 50% 0px' },
  );
  for (const el of waiting) observer.observe(el);
  return () => observer.disconnect();
}
