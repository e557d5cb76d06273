import { useId, useMemo, useState } from 'react';
import { POD_PATTERNS } from '@podsmith/patterns/pods';
import { resultText, searchPatterns } from './search';
import { patternHash } from './route';

interface PatternListProps {
  readonly searchRef: React.RefObject<HTMLInputElement | null>;
  /** The id of a link to a pattern that does not exist. */
  readonly missing: string | undefined;
}

/** The searchable list: every pattern links to its own page. */
export function PatternList({ searchRef, missing }: PatternListProps) {
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchPatterns(POD_PATTERNS, query), [query]);
  const searchId = useId();
  const countId = useId();
  return (
    <div className="gallery__list-view">
      <p className="gallery__intro">
        Pods that use more than one container, each shown the way it is often written first and the way that works, with what the linter says about
        both.
      </p>
      {missing !== undefined && (
        <p className="gallery__missing" role="alert">
          There is no pattern “{missing}”. Here are the ones there are.
        </p>
      )}
      <div className="gallery__search">
        <label htmlFor={searchId}>Search patterns</label>
        <input
          id={searchId}
          ref={searchRef}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="sidecar, Job, vault, proxy…"
          aria-describedby={countId}
          autoComplete="off"
          spellCheck={false}
        />
        <span id={countId} className="gallery__count" role="status">
          {resultText(found.length, query)}
        </span>
      </div>
      <ul className="gallery__patterns">
        {found.map((p) => (
          <li key={p.id} className="gallery__card">
            <h3>
              <a href={patternHash(p.id)}>{p.title}</a>
            </h3>
            <p>{p.fixed.summary}</p>
            <ul className="gallery__tags" aria-label="Tags">
              {p.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
