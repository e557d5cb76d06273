/**
 * The assumptions a simulation rests on, as the fields the timeline lets the user edit,
 * and the overrides those edits make (kept in the app's state, never in the YAML).
 * Container ids come from the manifest: hostile text, read with Object.hasOwn only.
 */
import type { Assumption, AssumptionOverrides, Assumptions, ContainerAssumptions, CountAssumption } from '@podsmith/lifecycle';
import { displayName } from '../diagram/labels';
import { formatSeconds } from './scale';

export type ContainerField = keyof ContainerAssumptions;

/** What a field's number is: a duration, an exit code, or a number of runs. */
export type Unit = 'seconds' | 'exit code' | 'runs';

export interface AssumptionField {
  /** Unique among the fields: `pod:terminationGracePeriodSeconds`, `container:app:startup`. */
  readonly key: string;
  /** Undefined for the pod's grace period. */
  readonly container?: string;
  readonly field: ContainerField | 'terminationGracePeriodSeconds';
  /** `app: stops after SIGTERM in`: the input's name (the unit is said next to it). */
  readonly label: string;
  readonly unit: Unit;
  /** The number; Infinity: never (a duration), every run (a number of runs). */
  readonly value: number;
  readonly assumption: Pick<Assumption, 'source' | 'why'>;
}

const FIELD_ORDER: readonly ContainerField[] = ['startup', 'run', 'exitCode', 'failures', 'liveness', 'preStop', 'shutdown'];

const FIELD_WORDS: Readonly<Record<ContainerField, string>> = {
  startup: 'starts in',
  run: 'runs for',
  exitCode: 'exits with code',
  failures: 'runs that go wrong',
  liveness: 'livenessProbe fails after',
  preStop: 'preStop hook holds it',
  shutdown: 'stops after SIGTERM in',
};

const FIELD_UNIT: Readonly<Record<ContainerField, Unit>> = { startup: 'seconds', run: 'seconds', exitCode: 'exit code', failures: 'runs', liveness: 'seconds', preStop: 'seconds', shutdown: 'seconds' };

const valueOf = (a: Assumption | CountAssumption): number => ('seconds' in a ? a.seconds : a.count);

/** The grace period, then each container's fields in the order its life goes; containers in `order` first (the timeline's rows). */
export function assumptionFields(assumptions: Assumptions, order: readonly string[] = []): AssumptionField[] {
  const ids = Object.keys(assumptions.containers);
  const sorted = [...order.filter((id) => ids.includes(id)), ...ids.filter((id) => !order.includes(id))];
  return [
    { key: 'pod:terminationGracePeriodSeconds', field: 'terminationGracePeriodSeconds', label: 'Grace period (terminationGracePeriodSeconds)', unit: 'seconds', value: assumptions.terminationGracePeriodSeconds.seconds, assumption: assumptions.terminationGracePeriodSeconds },
    ...sorted.flatMap((container) => {
      const fields = Object.hasOwn(assumptions.containers, container) ? assumptions.containers[container]! : undefined;
      return FIELD_ORDER.flatMap((field) => {
        const assumption = fields?.[field];
        return assumption ? [{ key: `container:${container}:${field}`, container, field, label: `${displayName(container)}: ${FIELD_WORDS[field]}`, unit: FIELD_UNIT[field], value: valueOf(assumption), assumption }] : [];
      });
    }),
  ];
}

/** `overrides` with one field set to `seconds` (undefined: back to what the pod or the default says). */
export function withOverride(overrides: AssumptionOverrides, field: Pick<AssumptionField, 'container' | 'field'>, seconds: number | undefined): AssumptionOverrides {
  if (field.field === 'terminationGracePeriodSeconds' || field.container === undefined) {
    const { terminationGracePeriodSeconds: _old, ...rest } = overrides;
    return seconds === undefined ? rest : { ...rest, terminationGracePeriodSeconds: seconds };
  }
  const { container } = field;
  const all = overrides.containers ?? {};
  const current = Object.hasOwn(all, container) ? all[container]! : {};
  const { [field.field]: _old, ...others } = current;
  const next = seconds === undefined ? others : { ...others, [field.field]: seconds };
  // fromEntries defines own properties: a container named `__proto__` stays a key.
  const containers = Object.fromEntries([...Object.entries(all).filter(([id]) => id !== container), ...(Object.keys(next).length > 0 ? [[container, next] as const] : [])]);
  const { containers: _oldContainers, ...rest } = overrides;
  return Object.keys(containers).length > 0 ? { ...rest, containers } : rest;
}

/** True when the user changed nothing. */
export function noOverrides(overrides: AssumptionOverrides): boolean {
  return overrides.terminationGracePeriodSeconds === undefined && Object.keys(overrides.containers ?? {}).length === 0;
}

/** What a seconds input holds: a number of seconds (0 to a day), empty for "back to the assumption", or invalid. */
export function parseSeconds(input: string): { readonly ok: true; readonly seconds: number | undefined } | { readonly ok: false } {
  const text = input.trim();
  if (text === '') return { ok: true, seconds: undefined };
  const seconds = Number(text);
  return Number.isFinite(seconds) && seconds >= 0 && seconds <= 86_400 ? { ok: true, seconds } : { ok: false };
}

/** What an input holds, by its unit: seconds as parseSeconds; an exit code 0 to 255; a number of runs, 0 to 1000. */
export function parseValue(input: string, unit: Unit): { readonly ok: true; readonly value: number | undefined } | { readonly ok: false } {
  if (unit === 'seconds') {
    const parsed = parseSeconds(input);
    return parsed.ok ? { ok: true, value: parsed.seconds } : parsed;
  }
  const text = input.trim();
  if (text === '') return { ok: true, value: undefined };
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 && n <= (unit === 'exit code' ? 255 : 1000) ? { ok: true, value: n } : { ok: false };
}

/** `5 s`, `never`; `exit 1`; `3 runs`, `every run`: a field's value in words. */
export function valueWords(field: Pick<AssumptionField, 'unit' | 'value'>): string {
  if (field.unit === 'exit code') return `exit ${field.value}`;
  if (field.unit === 'runs') return field.value === Infinity ? 'every run' : `${field.value} run${field.value === 1 ? '' : 's'}`;
  return formatSeconds(field.value);
}

/** `from the pod`, `default`, `yours`: where a value comes from, in words. */
export const SOURCE_WORD: Readonly<Record<Assumption['source'], string>> = { pod: 'from the pod', default: 'default', user: 'yours' };
