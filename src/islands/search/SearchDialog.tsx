import type { Ref } from 'preact';
import { SITE, UI } from '../../config';
import { SearchPanel } from './SearchPanel';
import { SEARCH } from './strings';

interface Props {
  onClose: () => void;
  inputRef: Ref<HTMLInputElement>;
}

function quickExit(e: MouseEvent) {
  const pageExit = document.querySelector<HTMLElement>('[data-quick-exit]');
  if (!pageExit) return; // the plain link still leaves
  e.preventDefault();
  pageExit.click(); // src/scripts/quickExit.ts hides the page and leaves without a Back entry
}

/** The inside of the search <dialog>: its title, a Close button and the search panel. */
export function SearchDialog({ onClose, inputRef }: Props) {
  return (
    <div class="search-dialog__inner">
      <div class="search-dialog__bar">
        <h2 id="sg-search-dialog-title" class="search-dialog__title">{SEARCH.dialogTitle}</h2>
        <div class="search-dialog__actions">
          {/* The page's quick exit sits behind the modal, so the dialog carries one that works the same way. */}
          <a href={SITE.quickExitUrl} class="search-dialog__exit" rel="noreferrer" onClick={quickExit}>{UI.quickExit}</a>
          <button type="button" class="secondary search-dialog__close" onClick={onClose}>{SEARCH.close}</button>
        </div>
      </div>
      <SearchPanel mode="dialog" inputRef={inputRef} />
    </div>
  );
}
