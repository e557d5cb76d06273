import { STATE_MEANING, STATE_WORD, STATES } from './states';
import { stateFill } from './StatePatterns';

/** What the fills and marks mean, in words beside a swatch of each (the patterns are the chart's). */
export function Legend({ prefix }: { readonly prefix: string }) {
  return (
    <ul className="timeline-legend" aria-label="Legend">
      {STATES.map((state) => (
        <li key={state} title={STATE_MEANING[state]}>
          <svg width="18" height="10" aria-hidden="true" className={`timeline-chart__bar--${state}`}>
            <rect width="18" height="10" fill={stateFill(prefix, state)} />
          </svg>
          {STATE_WORD[state]}
        </li>
      ))}
      <li>
        <span aria-hidden="true" className="timeline-legend__glyph timeline-legend__glyph--sigterm">▼</span> SIGTERM
      </li>
      <li>
        <span aria-hidden="true" className="timeline-legend__glyph timeline-legend__glyph--sigkill">✕</span> SIGKILL
      </li>
      <li>
        <span aria-hidden="true" className="timeline-legend__glyph">[ ]</span> hook
      </li>
      <li>
        <span aria-hidden="true" className="timeline-legend__glyph timeline-legend__glyph--deadline">┆</span> grace deadline
      </li>
      <li>
        <span aria-hidden="true" className="timeline-legend__glyph">≈</span> not to scale
      </li>
    </ul>
  );
}
