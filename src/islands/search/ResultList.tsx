import { useEffect, useRef } from 'preact/hooks';
import type { ResultGroup } from '../../lib/search/group';
import type { ShownResult } from '../../lib/search/present';
import type { Segment } from '../../lib/search/snippet';
import { SEARCH } from './strings';
import { watchResults } from './useTexts';

const Marked = ({ segments }: { segments: Segment[] }) => (
  <>{segments.map((s) => (s.mark ? <mark>{s.text}</mark> : s.text))}</>
);

interface Props {
  groups: ResultGroup<ShownResult>[];
  /** The heading level of a group's name: 2 on the search page, 3 in the dialog. */
  level: 2 | 3;
  idPrefix: string;
  /** Asks for a docs file, when a result still waiting for its title comes on screen. */
  onWantDocs: (n: number) => void;
  /** Asks for a text file, when a result still showing its lead comes on screen. */
  onWantText: (name: string) => void;
  /** Told when the learner's pointer or focus enters (true) or leaves (false) the list, which then holds still. */
  onHold: (held: boolean) => void;
  /** While the order may still change: some of the query's shard files are on their way, or the list is held. */
  busy: boolean;
}

/** Results grouped by module: each a link to the section, its kind when not a section, and a snippet. */
export function ResultList({ groups, level, idPrefix, onWantDocs, onWantText, onHold, busy }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => watchResults(ref.current, onWantDocs, onWantText), [groups, onWantDocs, onWantText]);
  return (
    <div
      class="search-results" ref={ref} aria-busy={busy ? 'true' : 'false'}
      // A pointer moving over the list, not one resting where the list happened to appear.
      onPointerMove={() => onHold(true)} onPointerLeave={() => onHold(false)}
      onFocusIn={() => onHold(true)}
      onFocusOut={(e) => { if (!ref.current?.contains(e.relatedTarget as Node | null)) onHold(false); }}
    >
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`${idPrefix}-${g.key}`} class="search-results__group">
          <Heading id={`${idPrefix}-${g.key}`} class="search-results__module">{g.label}</Heading>
          <ul>
            {g.hits.map((r) => r.wantsDocs !== undefined ? (
              // Holds the result's place until its title arrives, so the list does not move then.
              <li key={r.ref} class="search-result search-result--pending" data-wants-docs={r.wantsDocs} aria-hidden="true" />
            ) : (
              <li key={r.ref} class="search-result" data-wants-text={r.wantsText}>
                <a href={r.url} data-search-result class="search-result__link">
                  {r.parent && <span class="search-result__parent">{r.parent}{SEARCH.within}</span>}
                  <Marked segments={r.title} />
                </a>
                {SEARCH.kinds[r.kind] && <span class="search-result__kind"> {SEARCH.kinds[r.kind]}</span>}
                {r.snippet.length > 0 && <p class="search-result__snippet"><Marked segments={r.snippet} /></p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
