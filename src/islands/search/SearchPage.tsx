import { SearchPanel } from './SearchPanel';

/** Reads the query from this page's own address, and keeps it there as the learner types. */
function keepInAddress(query: string) {
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url); // replace: no Back-button entry per keystroke
}

/** The search page's island (the no-JavaScript text is in src/pages/search.astro). */
export default function SearchPage() {
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  return (
    <div data-search-page>
      <SearchPanel mode="page" initialQuery={initial} onQuery={keepInAddress} />
    </div>
  );
}
