import { href } from '../../lib/url';
import type { Ref } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { presentResults } from '../../lib/search/present';
import { textLookup } from '../../lib/search/texts';
import { createMatcher, type SearchHit } from '../../lib/search/query';
import { docLookup, docsFileOf, groupsOf } from '../../lib/search/docs';
import { loadSearcher, loadShard } from '../../scripts/search/loadSearcher';
import { ResultList } from './ResultList';
import { onSearchKeyDown } from './keys';
import { SEARCH } from './strings';
import { useDocs, useTexts } from './useTexts';
import styles from './search.css?inline';
import stylesUrl from './search.css?url';

type Loaded = Awaited<ReturnType<typeof loadSearcher>>;
type State = { status: 'loading' } | { status: 'failed' } | ({ status: 'ready'; groupOf: ReturnType<typeof groupsOf> } & Loaded);
const matcher = createMatcher();

interface Props {
  /** Where the panel lives: the dialog shows fewer results and links to the search page for more. */
  mode: 'dialog' | 'page';
  initialQuery?: string;
  /** Told of each new query (the search page keeps it in its own address, nowhere else). */
  onQuery?: (query: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

const LIMIT = { dialog: 20, page: 60 } as const;
/** Screen readers hear the result count once typing pauses, not after every key. */
const ANNOUNCE_AFTER_MS = 500;

/**
 * The styles arrive with the search code rather than as a stylesheet, so that Astro does not add
 * them to every page (the dialog's code is reachable from every page's header script). They are
 * adopted as a constructed stylesheet: that applies before the first paint and, unlike a <style>
 * element, is not inline style under the site's Content-Security-Policy. Older browsers without
 * constructed stylesheets get the same CSS as a file.
 */
let stylesAdded = false;
function addStyles() {
  if (stylesAdded) return;
  stylesAdded = true;
  if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } else {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesUrl;
    document.head.append(link);
  }
}

/** The search box, a live status line and the grouped results; used by the dialog and the page. */
export function SearchPanel({ mode, initialQuery = '', onQuery, inputRef }: Props) {
  const id = `sg-search-${mode}`;
  const [query, setQuery] = useState(initialQuery);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const texts = useTexts();
  const docs = useDocs();
  // Bumped as each shard file arrives, so the results are ranked again with it.
  const [shards, setShards] = useState(0);
  // While the learner points at or is focused in the list, it holds still (see `shown` below).
  const [held, setHeld] = useState(false);
  // Before the first paint, so the panel never shows unstyled and then moves (a layout shift).
  useLayoutEffect(addStyles, []);
  useEffect(() => {
    setState({ status: 'loading' });
    loadSearcher().then((loaded) => setState({ status: 'ready', groupOf: groupsOf(loaded.file), ...loaded }), () => setState({ status: 'failed' }));
  }, [attempt]);

  // The shard files this query needs, all at once; results are ranked again as each arrives.
  useEffect(() => {
    if (state.status !== 'ready' || !query.trim()) return;
    for (const n of state.searcher.missing(query)) {
      loadShard(n).then(
        (file) => {
          state.searcher.add(n, file);
          setShards((k) => k + 1);
        },
        () => setState({ status: 'failed' }),
      );
    }
  }, [query, state]);

  // One search per change of the query (at most one per keystroke) and per shard that arrives.
  const found = useMemo(() => (state.status === 'ready' && query.trim() ? state.searcher.search(query) : undefined), [query, state, shards]);
  // The first shards to arrive show results; the list settles as the rest arrive. A list the learner
  // is pointing at or moving through does not reorder under them: it settles when they leave it.
  const shown = useRef<{ query: string; hits: SearchHit[] } | undefined>(undefined);
  if (found && !(held && shown.current?.query === query)) {
    shown.current = { query, hits: found.hits };
  }
  const hits = found ? (shown.current?.query === query ? shown.current.hits : found.hits) : undefined;
  // Presented again as each docs or text file arrives, to swap placeholders for titles and leads for snippets.
  const results = useMemo(() => {
    if (state.status !== 'ready' || !hits || (!found?.complete && hits.length === 0)) return undefined;
    const sources = {
      modules: state.file.modules,
      docOf: docLookup(docs.loaded, state.file),
      groupOf: state.groupOf,
      docsFileOf: (ref: number) => docsFileOf(ref, state.file),
      textOf: textLookup(texts.loaded),
    };
    return presentResults(hits, sources, matcher, SEARCH.groups, LIMIT[mode]);
  }, [hits, found?.complete, docs.loaded, texts.loaded]);

  const message =
    state.status === 'loading' || (found && !results) ? SEARCH.loading
    : state.status === 'failed' ? SEARCH.failed
    : !results ? SEARCH.prompt
    : results.total === 0 ? SEARCH.none(query.trim())
    : `${SEARCH.count(results.total, results.groups.length)}${results.total > results.shown ? ` ${SEARCH.showing(results.shown)}` : ''}`;
  const [spoken, setSpoken] = useState(message);
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(message), state.status === 'ready' ? ANNOUNCE_AFTER_MS : 0);
    return () => clearTimeout(timer);
  }, [message]);

  const more = mode === 'dialog' && results && results.total > results.shown;
  return (
    <div class={`search-panel search-panel--${mode}`} onKeyDown={onSearchKeyDown}>
      <form role="search" action={href('/search/')} method="get" class="search-panel__form" onSubmit={(e) => {
        e.preventDefault(); // Enter moves to the first result; a second Enter opens it
        e.currentTarget.closest('.search-panel')?.querySelector<HTMLElement>('[data-search-result]')?.focus();
      }}>
        <label for={`${id}-input`}>{SEARCH.label}</label>
        <input
          ref={inputRef} id={`${id}-input`} type="search" name="q" value={query} autocomplete="off" spellcheck={false}
          enterkeyhint="search" aria-describedby={`${id}-hint`} data-search-input
          onInput={(e) => {
            const q = e.currentTarget.value;
            setQuery(q);
            setHeld(false); // a new query is not the list the learner was pointing at
            onQuery?.(q);
          }}
        />
        <p id={`${id}-hint`} class="search-panel__hint">{mode === 'page' ? SEARCH.pageHint : SEARCH.hint}</p>
      </form>
      <p role="status" class="search-panel__status">{spoken}</p>
      {state.status === 'failed' && (
        <button type="button" class="secondary" onClick={() => setAttempt((n) => n + 1)}>{SEARCH.retry}</button>
      )}
      {results && (
        <ResultList groups={results.groups} level={mode === 'page' ? 2 : 3} idPrefix={id} onWantDocs={docs.want} onWantText={texts.want} onHold={setHeld} busy={!found?.complete || hits !== found?.hits} />
      )}
      {more && <p><a href={href(`/search/?q=${encodeURIComponent(query.trim())}`)} data-search-more>{SEARCH.showAll(results.total)}</a></p>}
    </div>
  );
}
