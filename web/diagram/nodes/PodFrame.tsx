import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { PodFrameNode } from '../graph';
import { FindingsBadge } from '../FindingsBadge';

/** The pod: a frame around its lanes, its network namespace and its volumes. */
export const PodFrame = memo(function PodFrame({ data }: NodeProps<PodFrameNode>) {
  return (
    <div className="pod-frame">
      <header className="pod-frame__title">
        <span>{data.title}</span>
        {data.findings && <FindingsBadge findings={data.findings} />}
      </header>
    </div>
  );
});
