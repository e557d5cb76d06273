import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Simulation } from '@podsmith/lifecycle';
import { BAR_HEIGHT, layoutTimeline, ROW_HEIGHT, type ChartModel, type ProblemModel } from './chart';
import { breakPath, markerPath } from './shapes';
import { problemFill, stateFill, StatePatterns } from './StatePatterns';
import { useElementWidth } from './useElementWidth';

interface Props {
  readonly simulation: Simulation;
  /** Keeps this chart's pattern ids apart from another chart's on the page. */
  readonly prefix: string;
  readonly step: number | undefined;
  /** Describes the chart for assistive technology: `Timeline of Deployment web`. */
  readonly label: string;
  /** Arrow keys on the chart step through the events. */
  readonly onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** Problems whose mark is a link (to their finding); others are plain words. */
  readonly linked: ReadonlySet<number>;
  readonly onProblemSelect: ((index: number) => void) | undefined;
  /** Focus this problem's mark (a finding's "Show on timeline"); `seq` makes a repeat a change. */
  readonly focusProblem: { readonly index: number; readonly seq: number } | undefined;
}

/**
 * The lanes over time, drawn as laid out by layoutTimeline. The drawing itself is hidden
 * from assistive technology (the event list says the same in words); the problem marks
 * are real buttons laid over it.
 */
export function TimelineChart({ simulation, prefix, step, label, onKeyDown, linked, onProblemSelect, focusProblem }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scroller);
  const model = useMemo(() => layoutTimeline(simulation, width), [simulation, width]);
  const marks = useRef(new Map<number, HTMLElement>());

  useEffect(() => {
    if (focusProblem) marks.current.get(focusProblem.index)?.focus();
  }, [focusProblem]);

  return (
    // A scrolling region (the chart scrolls when the strip is narrow): focusable, with the arrow keys as its keyboard.
    <div className="timeline-chart" ref={scroller} role="group" aria-label={`${label}. Left and Right arrow keys step through the events.`} tabIndex={0} onKeyDown={onKeyDown}>
      <div className="timeline-chart__canvas" style={{ width: model.width, height: model.height }}>
        <svg width={model.width} height={model.height} aria-hidden="true" className="timeline-chart__svg">
          <StatePatterns prefix={prefix} />
          <Rows model={model} />
          <Bars model={model} prefix={prefix} />
          <Breaks model={model} />
          <Problems model={model} prefix={prefix} />
          <Markers model={model} />
          <Cursor model={model} step={step} />
          <Axis model={model} />
        </svg>
        {model.problems.map((problem) => (
          <ProblemMark
            key={problem.index}
            problem={problem}
            onSelect={linked.has(problem.index) ? onProblemSelect : undefined}
            register={(element) => {
              if (element) marks.current.set(problem.index, element);
              else marks.current.delete(problem.index);
            }}
          />
        ))}
      </div>
    </div>
  );
}

function Rows({ model }: { readonly model: ChartModel }) {
  return (
    <g>
      {model.phases.map((phase) => (
        <text key={phase.kind} x={phase.x0} y={12} className="timeline-chart__phase">
          {phase.title}
        </text>
      ))}
      {model.rows.map((row) => (
        <g key={row.container}>
          <rect x={0} y={row.y} width={model.width} height={ROW_HEIGHT} className={`timeline-chart__row timeline-chart__row--${row.lane}`} />
          <text x={4} y={row.y + 15} className="timeline-chart__lane">
            {row.laneWord}
          </text>
          <text x={54} y={row.y + 15} className="timeline-chart__name">
            {row.name}
            <title>{row.title}</title>
          </text>
        </g>
      ))}
      <rect x={model.gap.x0} y={model.rowsTop} width={model.gap.x1 - model.gap.x0} height={model.rowsBottom - model.rowsTop} className="timeline-chart__gap" />
      <path d={breakPath((model.gap.x0 + model.gap.x1) / 2, model.rowsTop, model.rowsBottom)} className="timeline-chart__break">
        <title>The pod runs: time between startup and termination is not drawn.</title>
      </path>
    </g>
  );
}

function Bars({ model, prefix }: { readonly model: ChartModel; readonly prefix: string }) {
  return (
    <g>
      {model.bars.map((bar) => (
        <g key={bar.key} className={`timeline-chart__bar timeline-chart__bar--${bar.state}`}>
          <title>{bar.title}</title>
          <rect x={bar.x} y={bar.y} width={bar.width} height={BAR_HEIGHT} fill={stateFill(prefix, bar.state)} />
          {bar.text && (
            <text x={bar.x + 3} y={bar.y + 12}>
              {bar.text}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

function Breaks({ model }: { readonly model: ChartModel }) {
  return (
    <g>
      {model.breaks.map((b) => (
        <path key={b.x} d={breakPath(b.x, model.rowsTop, model.rowsBottom)} className="timeline-chart__break">
          <title>{`Nothing happens for ${b.text}: drawn short.`}</title>
        </path>
      ))}
    </g>
  );
}

function Problems({ model, prefix }: { readonly model: ChartModel; readonly prefix: string }) {
  return (
    <g>
      {model.problems.map((p) => (
        <g key={p.index} className="timeline-chart__problem">
          {p.boxes.map((box) => (
            <rect key={box.container} x={p.x0} y={box.y + 1} width={p.x1 - p.x0} height={ROW_HEIGHT - 2} fill={problemFill(prefix)} />
          ))}
          <path d={`M${p.x0} ${p.bandY}v6H${p.x1}v-6`} />
        </g>
      ))}
    </g>
  );
}

function Markers({ model }: { readonly model: ChartModel }) {
  return (
    <g>
      {model.markers.map((marker) => {
        const d = markerPath(marker);
        return (
          <g key={marker.key} className={`timeline-chart__marker timeline-chart__marker--${marker.kind}`}>
            <title>{marker.title}</title>
            {d ? <path d={d} /> : <line x1={marker.x} x2={marker.x} y1={marker.y0 - 4} y2={marker.y1} />}
            {marker.label && (
              <text x={marker.label.x} y={28}>
                {marker.label.text}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

function Cursor({ model, step }: { readonly model: ChartModel; readonly step: number | undefined }) {
  const x = step === undefined ? undefined : model.stepX[step];
  if (x === undefined) return null;
  const rowY = model.stepRowY[step!];
  return (
    <g className="timeline-chart__cursor">
      {rowY !== undefined && <rect x={model.labelWidth - 4} y={rowY} width={model.width - model.labelWidth} height={ROW_HEIGHT} />}
      <line x1={x} x2={x} y1={model.rowsTop - 6} y2={model.rowsBottom + 2} />
      <path d={`M${x - 5} ${model.rowsTop - 9}h10l-5 6z`} />
    </g>
  );
}

function Axis({ model }: { readonly model: ChartModel }) {
  return (
    <g className="timeline-chart__axis">
      {model.phases.map((phase) => (
        <line key={phase.kind} x1={phase.x0} x2={phase.xEnd} y1={model.ticksY} y2={model.ticksY} />
      ))}
      {model.ticks.map((tick) => (
        <text key={`${tick.x}:${tick.text}`} x={tick.x} y={model.ticksY + 13}>
          {tick.text}
        </text>
      ))}
    </g>
  );
}

interface ProblemMarkProps {
  readonly problem: ProblemModel;
  readonly onSelect: ((index: number) => void) | undefined;
  readonly register: (element: HTMLElement | null) => void;
}

/** A problem's words under the lanes, where it happens: a button to its finding when it has one. */
function ProblemMark({ problem, onSelect, register }: ProblemMarkProps) {
  const style = { left: problem.textX, top: problem.bandY + 5 };
  const words = (
    <>
      <span aria-hidden="true">⚠ </span>
      {problem.title}
    </>
  );
  if (!onSelect) {
    return (
      <span className="timeline-chart__mark" style={style} ref={register} tabIndex={-1}>
        {words}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="timeline-chart__mark"
      style={style}
      ref={register}
      title={problem.problem.text}
      aria-label={problem.problem.rule ? `${problem.title}: show the finding ${problem.problem.rule}` : problem.title}
      onClick={() => onSelect(problem.index)}
    >
      {words}
    </button>
  );
}
