/**
 * Kinds of value a field holds (text, integer, quantity, true/false, a list, a map) and
 * the constructors the field tables use. Each kind knows how to show its value, how to
 * read the text typed back into a YAML value, and how its syntax is refused.
 */
import { valueAt, type YamlPath } from '@podsmith/manifest';
import { fieldPath } from '@podsmith/lint/paths';
import { apiError } from '@podsmith/lint/messages';
import type { Change, Control, FieldContext, FieldSpec, Option } from './model';
import { describeQuantity, integerError, quantityError } from './checks';
import { scalarText } from '../model';

export interface ValueKind {
  readonly control: Control;
  readonly format: (value: unknown) => string;
  /** The text → the YAML value; undefined removes the key. */
  readonly parse: (text: string) => unknown;
  /**
   * Why the text is not a value of this kind. `apiPath` names the field as the decoder does
   * (`resources.limits.memory`), `valuePath` as validation does (`resources.limits[memory]`).
   */
  readonly syntax?: (text: string, apiPath: string, valuePath: string) => string | undefined;
  readonly describe?: (text: string) => string | undefined;
  /** Why the YAML's value cannot be shown as this kind without changing it. */
  readonly locked?: (value: unknown) => string | undefined;
}

const emptyRemoves = (text: string) => (text === '' ? undefined : text);

export const TEXT: ValueKind = { control: { type: 'text' }, format: scalarText, parse: emptyRemoves };

export function textKind(placeholder: string): ValueKind {
  return { ...TEXT, control: { type: 'text', placeholder } };
}

/** An integer; `min` is the API server's lower bound. */
export function intKind(min: number, placeholder?: string): ValueKind {
  return {
    control: { type: 'text', numeric: true, ...(placeholder && { placeholder }) },
    format: scalarText,
    parse: (text) => (text.trim() === '' ? undefined : Number(text.trim())),
    syntax: (text, apiPath) => integerError(text, apiPath, min),
  };
}

/** A resource quantity: `250m`, `0.5`, `512Mi`, `1Gi`. A plain number is written as a number. */
export function quantityKind(bytes: boolean): ValueKind {
  return {
    control: { type: 'text', placeholder: bytes ? 'e.g. 512Mi or 1Gi' : 'e.g. 250m or 0.5' },
    format: scalarText,
    parse: (text) => {
      const trimmed = text.trim();
      if (trimmed === '') return undefined;
      return String(Number(trimmed)) === trimmed ? Number(trimmed) : trimmed;
    },
    syntax: (text, apiPath, valuePath) => quantityError(text, apiPath, valuePath, bytes),
    describe: (text) => describeQuantity(text, bytes),
  };
}

/** true, false or not set (the default applies). */
export function boolKind(unset: string): ValueKind {
  return {
    control: { type: 'select', options: [{ value: '', label: unset }, { value: 'true', label: 'true' }, { value: 'false', label: 'false' }] },
    format: scalarText,
    parse: (text) => (text === '' ? undefined : text === 'true'),
  };
}

/** A tick for a field whose default is false: unticking removes the key rather than writing false. */
export const FLAG: ValueKind = {
  control: { type: 'checkbox' },
  format: (value) => String(value === true),
  parse: (text) => (text === 'true' ? true : undefined),
};

/** One of a fixed list; '' is "not set". */
export function selectKind(values: readonly string[], unset?: string): ValueKind {
  const options: Option[] = values.map((v) => ({ value: v, label: v }));
  return { control: { type: 'select', options: unset === undefined ? options : [{ value: '', label: unset }, ...options] }, format: scalarText, parse: emptyRemoves };
}

/** Blank trailing lines are dropped (an editor leaves them); blank lines inside are kept as "" items. */
export function linesToList(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A list of strings, one per line; an empty list removes the key. */
export const LINES: ValueKind = {
  control: { type: 'lines' },
  format: (value) => (Array.isArray(value) ? value.map(scalarText).join('\n') : scalarText(value)),
  parse: (text) => {
    const list = linesToList(text);
    return list.length > 0 ? list : undefined;
  },
  locked: (value) =>
    Array.isArray(value) && value.some((item) => typeof item === 'string' && item.includes('\n'))
      ? 'An item spans several lines (a script?): edit it in the YAML.'
      : undefined,
};

/** A port: a number, or the name of one of the container's ports. */
export const PORT_OR_NAME: ValueKind = {
  control: { type: 'text', placeholder: 'a number or a port name' },
  format: scalarText,
  parse: (text) => {
    const trimmed = text.trim();
    if (trimmed === '') return undefined;
    return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
  },
};

/* ---- constructors ---- */

export interface FieldOptions {
  readonly help?: string;
  /** Shown instead of the path: a hint such as "(one per line)". */
  readonly label?: string;
  readonly validate?: (text: string, ctx: FieldContext) => string | undefined;
  /** The path validation messages print, where it differs from the field's (`resources.limits[memory]`). */
  readonly apiPath?: string;
}

/** The builders for the fields of one element: paths and labels are relative to `base`, removals stop at `keep`. */
export function fieldsAt(base: YamlPath, keep: YamlPath = base) {
  const labelOf = (rel: YamlPath) => fieldPath(rel);
  return {
    /** A field holding one value of `kind` at `base + rel`. */
    value(rel: YamlPath, kind: ValueKind, options: FieldOptions = {}): FieldSpec {
      const path = [...base, ...rel];
      const apiPath = fieldPath(path);
      const valuePath = options.apiPath ?? apiPath;
      const locked = kind.locked;
      return {
        label: options.label ?? labelOf(rel),
        path,
        ...(options.help && { help: options.help }),
        control: kind.control,
        read: (object) => kind.format(valueAt(object, path)),
        write: (text) => [{ path, value: kind.parse(text) }],
        validate: (text, ctx) => kind.syntax?.(text, apiPath, valuePath) ?? options.validate?.(text, ctx),
        ...(locked && { locked: (object: unknown) => locked(valueAt(object, path)) }),
        ...(kind.describe && { describe: kind.describe }),
        keep,
      };
    },

    /**
     * Which one of several alternatives is set (a probe's handler, an env var's source, a
     * volume's type). Choosing one writes its initial value and removes the others;
     * `unset` labels the choice of none, which removes `base + rel` altogether; `implied`
     * is what none present means (an env var with neither is an empty value).
     */
    choice(rel: YamlPath, choices: readonly Choice[], options: FieldOptions & { readonly unset?: string; readonly implied?: string } = {}): FieldSpec {
      const at = [...base, ...rel];
      const present = (object: unknown) => choices.filter((c) => valueAt(object, [...at, ...c.path]) !== undefined);
      const option = (c: Choice): Option => ({ value: c.value, label: c.label ?? c.value });
      return {
        label: options.label ?? labelOf(rel),
        path: at,
        ...(options.help && { help: options.help }),
        control: { type: 'select', options: options.unset === undefined ? choices.map(option) : [{ value: '', label: options.unset }, ...choices.map(option)] },
        alternatives: true,
        read: (object) => present(object)[0]?.value ?? options.implied ?? '',
        write: (text, object): Change[] => {
          const chosen = choices.find((c) => c.value === text);
          if (!chosen) return [{ path: at, value: undefined }];
          const others = present(object).filter((c) => c !== chosen).map((c) => ({ path: [...at, ...c.path], value: undefined }));
          return [...others, { path: [...at, ...chosen.path], value: chosen.initial }];
        },
        keep,
      };
    },

    /** A map of strings (labels, nodeSelector), one `key=value` per line; each key is written on its own. */
    map(rel: YamlPath, options: FieldOptions = {}): FieldSpec {
      const path = [...base, ...rel];
      const apiPath = fieldPath(path);
      return {
        label: options.label ?? `${labelOf(rel)} (key=value per line)`,
        path,
        ...(options.help && { help: options.help }),
        control: { type: 'lines' },
        read: (object) => Object.entries(mapAt(object, path)).map(([k, v]) => `${k}=${scalarText(v)}`).join('\n'),
        write: (text, object) => mapChanges(path, mapAt(object, path), linesToMap(text)),
        validate: (text) => mapError(text, apiPath),
        locked: (object) => (Object.values(mapAt(object, path)).some((v) => typeof v === 'string' && v.includes('\n')) ? 'A value spans several lines: edit it in the YAML.' : undefined),
        keep,
      };
    },
  };
}

export interface Choice {
  readonly value: string;
  readonly label?: string;
  /** Where the alternative lives, from the choice's path. */
  readonly path: YamlPath;
  /** What choosing it writes: a valid value the user then edits. */
  readonly initial: unknown;
}

function mapAt(object: unknown, path: YamlPath): Readonly<Record<string, unknown>> {
  const value = valueAt(object, path);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** `key=value` lines → entries, split at the first `=`; blank lines are skipped. */
export function linesToMap(text: string): [string, string][] {
  return linesToList(text)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const at = line.indexOf('=');
      return at < 0 ? [line.trim(), ''] : [line.slice(0, at).trim(), line.slice(at + 1)];
    });
}

function mapError(text: string, apiPath: string): string | undefined {
  const seen = new Set<string>();
  for (const line of linesToList(text).filter((l) => l.trim() !== '')) {
    const key = line.slice(0, Math.max(0, line.indexOf('='))).trim();
    if (!line.includes('=') || key === '') return apiError.invalid(apiPath, line, 'must be key=value');
    if (seen.has(key)) return apiError.duplicate(`${apiPath}[${key}]`, key);
    seen.add(key);
  }
  return undefined;
}

/** Only the keys that changed are written, so the comments beside the others stay. */
function mapChanges(path: YamlPath, before: Readonly<Record<string, unknown>>, after: readonly [string, string][]): Change[] {
  const next = new Map(after);
  const removed = Object.keys(before).filter((k) => !next.has(k));
  if (next.size === 0) return Object.keys(before).length > 0 ? [{ path, value: undefined }] : [];
  const changed = after.filter(([k, v]) => scalarText(before[k]) !== v || !Object.hasOwn(before, k));
  // A map that is not there yet is written whole, in the order typed.
  if (Object.keys(before).length === 0) return [{ path, value: Object.fromEntries(after) }];
  return [...removed.map((k) => ({ path: [...path, k], value: undefined })), ...changed.map(([k, v]) => ({ path: [...path, k], value: v }))];
}
