import type { ContainerState } from '@podsmith/lifecycle';
import { STATES } from './states';

/** The fill of a state: a pattern per state, so no two states differ by colour alone. */
export function stateFill(prefix: string, state: ContainerState): string {
  return `url(#${prefix}-${state})`;
}

export function problemFill(prefix: string): string {
  return `url(#${prefix}-problem)`;
}

const HATCH = { width: 6, height: 6, patternUnits: 'userSpaceOnUse' } as const;

/**
 * waiting: blank; starting: diagonal hatch; running: plain; ready: dotted; terminating:
 * cross-hatch; exited: pale; back-off: pale with horizontal dashes; killed: crosses. The colours follow the same order of
 * things (blue coming up, green ready, orange going, red killed) but only help.
 */
function Pattern({ id, state }: { readonly id: string; readonly state: ContainerState }) {
  switch (state) {
    case 'waiting':
      return (
        <pattern id={id} {...HATCH}>
          <rect width="6" height="6" fill="#ffffff" />
        </pattern>
      );
    case 'starting':
      return (
        <pattern id={id} {...HATCH} patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#dbeafe" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#60a5fa" strokeWidth="2" />
        </pattern>
      );
    case 'running':
      return (
        <pattern id={id} {...HATCH}>
          <rect width="6" height="6" fill="#bfdbfe" />
        </pattern>
      );
    case 'ready':
      return (
        <pattern id={id} {...HATCH}>
          <rect width="6" height="6" fill="#bbf7d0" />
          <circle cx="3" cy="3" r="1" fill="#15803d" />
        </pattern>
      );
    case 'terminating':
      return (
        <pattern id={id} {...HATCH}>
          <rect width="6" height="6" fill="#fed7aa" />
          <path d="M0 0L6 6M6 0L0 6" stroke="#ea580c" strokeWidth="0.8" />
        </pattern>
      );
    case 'exited':
      return (
        <pattern id={id} {...HATCH}>
          <rect width="6" height="6" fill="#e5e7eb" />
        </pattern>
      );
    case 'back-off':
      return (
        <pattern id={id} {...HATCH}>
          <rect width="6" height="6" fill="#e5e7eb" />
          <line x1="0" y1="3" x2="4" y2="3" stroke="#6b7280" strokeWidth="1" />
        </pattern>
      );
    case 'killed':
      return (
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill="#fecaca" />
          <path d="M1 1L7 7M7 1L1 7" stroke="#b91c1c" strokeWidth="1.2" />
        </pattern>
      );
  }
}

/** The patterns every timeline drawing refers to, once per chart (`prefix` keeps two charts apart). */
export function StatePatterns({ prefix }: { readonly prefix: string }) {
  return (
    <defs>
      {STATES.map((state) => (
        <Pattern key={state} id={`${prefix}-${state}`} state={state} />
      ))}
      <pattern id={`${prefix}-problem`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <line x1="0" y1="0" x2="0" y2="8" stroke="#dc2626" strokeWidth="2.5" strokeOpacity="0.45" />
      </pattern>
    </defs>
  );
}
