import { useEffect, useState } from 'preact/hooks';

/**
 * A chunk loaded by address (astro.config.mjs, `lazyChunk`) once `url` is given: null until then.
 * By address, because a plain import() would bring Vite's preload helper into the page's code.
 */
export function useChunk<T>(url: string | null | undefined): T | null {
  const [chunk, setChunk] = useState<T | null>(null);
  useEffect(() => void (url && import(/* @vite-ignore */ url).then(setChunk)), [url]);
  return chunk;
}
