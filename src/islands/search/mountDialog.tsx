/**
 * Loaded on first open only (src/scripts/search/button.ts): builds the modal search dialog,
 * which fetches the index. Pages where nobody searches never load this code or the index.
 */
import { createRef, render } from 'preact';
import { SearchDialog } from './SearchDialog';

let dialog: HTMLDialogElement | undefined;
let opener: HTMLElement | null = null;
let leaving = false;
let session = 0;
const inputRef = createRef<HTMLInputElement>();

function draw() {
  // A new key each time clears the box: a query is kept only while the dialog is open.
  render(<SearchDialog key={session} onClose={() => dialog?.close()} inputRef={inputRef} />, dialog!);
}

/** After a result on this same page: focus its section, so reading and Tab go on from there. */
function focusTarget() {
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

function create(): HTMLDialogElement {
  const d = document.createElement('dialog');
  d.className = 'search-dialog';
  d.setAttribute('aria-labelledby', 'sg-search-dialog-title');
  d.addEventListener('keydown', (e) => {
    // Handled here so Escape always closes, rather than first clearing the search box.
    if (e.key === 'Escape') {
      e.preventDefault();
      d.close();
    }
  });
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close(); // a click on the backdrop
    else if ((e.target as Element).closest('a[href]')) {
      // Following a result. Close after the browser has followed the link (closing re-renders the
      // results, and a link taken out of the page no longer navigates), so that a section on this
      // same page is not left under the dialog.
      leaving = true;
      setTimeout(() => d.close());
    }
  });
  d.addEventListener('close', () => {
    session += 1;
    draw();
    if (leaving) focusTarget();
    else opener?.focus();
    leaving = false;
  });
  document.body.append(d);
  return d;
}

export function openSearchDialog(from: HTMLElement | null) {
  opener = from;
  dialog ??= create();
  if (dialog.open) return;
  draw();
  dialog.showModal();
  inputRef.current?.focus();
}
