import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { LaneNode as LaneFlowNode } from '../graph';
import { laneInfo } from '../lanes';

/** A lane: its name and what it means, in words; an empty lane says what to do with it. */
export const LaneNode = memo(function LaneNode({ data }: NodeProps<LaneFlowNode>) {
  const info = laneInfo(data.lane);
  return (
    <div className={`lane lane--${data.lane}${data.dropTarget ? ' lane--drop-target' : ''}`}>
      <header className="lane__header">
        <span className="lane__title">{info.title}</span>
        <span className="lane__hint" title={info.hint}>
          {info.hint}
        </span>
      </header>
      {data.dropTarget ? (
        <p className="lane__empty">Drop to add here</p>
      ) : (
        data.count === 0 && <p className="lane__empty">Empty: drag a template from the palette here</p>
      )}
    </div>
  );
});
