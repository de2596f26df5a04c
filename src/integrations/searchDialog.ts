import lazyChunk from './lazyChunk';

/**
 * Gives the header's search button the address of the search dialog's code, built as its own chunk,
 * so the button's script stays a few hundred bytes (see lazyChunk.ts for why not a plain import()).
 */
export default function searchDialog() {
  return lazyChunk('virtual:search-dialog-url', new URL('../islands/search/mountDialog.tsx', import.meta.url));
}
