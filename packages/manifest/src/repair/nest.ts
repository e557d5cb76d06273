/**
 * Where each line of a de-indented document belongs, by the Kubernetes schema.
 *
 * The lines are read in order with a stack of what is open (an object such as a
 * container, a map such as `labels`, a list such as `containers`). A `key:` goes into
 * an open object that has that field and does not hold it yet, or else into the
 * innermost open map; a `- ` item goes into an open list whose items can hold it.
 * Going outwards closes what is passed, and an object may close only with its required
 * fields (a port needs `containerPort`, a mount `mountPath`). A key that opened
 * something takes the next line if it can: `labels:` is followed by a label.
 *
 * Where a line fits in more than one place, every reading is followed until it fails;
 * the readings that reach the end with every object complete are the candidates. One
 * reading is the answer; two are an ambiguity, reported with the line where they part.
 */
import { FREE, QUANTITY, SCALAR, type Shape, type ShapeTable } from './shapes';
import type { Entry } from './lines';

interface Frame {
  readonly kind: 'object' | 'map' | 'list';
  /** object: its own shape; map: its values' shape; list: its items' shape. */
  readonly shape: number;
  /** The column of its keys, or of its items' `-`. */
  readonly indent: number;
  /** The keys it holds (object, map). */
  readonly keys: readonly string[];
  /** Opened by `key:` and still empty: the next line goes into it if it can. */
  readonly fresh: boolean;
  /** The field that holds it (`containers`, `metadata`), for messages and the init-container rule. */
  readonly field: string;
  readonly parent: Frame | undefined;
}

/** One line's place in a reading: a list that shares its tail with the readings it branched from. */
interface Placed {
  readonly entry: number;
  readonly indent: number;
  readonly frame: Frame;
  readonly previous: Placed | undefined;
}

interface State {
  readonly next: number;
  readonly top: Frame;
  readonly placed: Placed | undefined;
}

export type Nesting =
  | { readonly ok: true; readonly indents: readonly number[] }
  | { readonly ok: false; readonly entry: number; readonly reason: string };

/**
 * Fields that both a container and its pod have, where the container is taken: pod-level
 * `resources` need the PodLevelResources feature (beta since 1.34), while a container's
 * resources are in most manifests. Other shared fields (securityContext) stay ambiguous.
 */
const INNER_FIRST = new Set(['resources']);

const NULLS = new Set(['null', 'Null', 'NULL', '~']);

/** A resource quantity as the API server parses it (`2`, `500m`, `1.5Gi`, `1e3`), quoted or not. */
const QUANTITY_TEXT = /^(["']?)[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+|[KMGTPE]i|[numkMGTPE])?\1$/;

function shapeAt(table: ShapeTable, index: number): Shape {
  return table.shapes[index] ?? FREE;
}

function fieldsOf(shape: Shape): Readonly<Record<string, number>> | undefined {
  return typeof shape === 'object' && 'fields' in shape ? shape.fields : undefined;
}

/** The shape of field `key` of object shape `shape`, or undefined (own properties only: keys are hostile). */
function fieldShape(table: ShapeTable, shape: number, key: string): number | undefined {
  const fields = fieldsOf(shapeAt(table, shape));
  return fields && Object.hasOwn(fields, key) ? fields[key] : undefined;
}

/** Whether a value written on the key's line suits a field of this shape. */
function valueFits(table: ShapeTable, shape: number, entry: Entry): boolean {
  const target = shapeAt(table, shape);
  switch (entry.value) {
    case 'none':
      return target !== FREE;
    case 'alias':
      return true;
    case 'scalar':
      if (target === QUANTITY) return QUANTITY_TEXT.test(entry.text) || NULLS.has(entry.text);
      return target === SCALAR || target === FREE || NULLS.has(entry.text);
    case 'flowMap':
      return target === FREE || (typeof target === 'object' && !('list' in target));
    case 'flowList':
      return target === FREE || (typeof target === 'object' && 'list' in target);
    case 'block':
      return false;
  }
}

/** What `key:` with nothing after it opens: an object, a map or a list at `indent`; nothing for a scalar. */
function opened(table: ShapeTable, shape: number, entry: Entry, indent: number, parent: Frame): Frame {
  if (entry.value !== 'none') return parent;
  const target = shapeAt(table, shape);
  if (typeof target !== 'object') return parent;
  const base = { indent, keys: [], fresh: true, field: entry.key ?? parent.field, parent };
  if ('list' in target) return { ...base, kind: 'list', shape: target.list };
  if ('map' in target) return { ...base, kind: 'map', shape: target.map };
  return { ...base, kind: 'object', shape };
}

/** Whether the frame may close here: an object needs its required fields (an empty one is null). */
function closes(table: ShapeTable, frame: Frame): boolean {
  if (frame.kind !== 'object' || frame.fresh) return true;
  const shape = shapeAt(table, frame.shape);
  const required = typeof shape === 'object' && 'required' in shape ? shape.required : undefined;
  return !required || required.every((key) => frame.keys.includes(key));
}

/** The API server allows `restartPolicy` on a container only on an init container, and only `Always`. */
function allowedIn(table: ShapeTable, frame: Frame, entry: Entry): boolean {
  if (frame.shape !== table.container || entry.key !== 'restartPolicy') return true;
  return frame.field === 'initContainers' && entry.text === 'Always';
}

/** `key: value` placed into an object or map frame. */
function placeKey(table: ShapeTable, frame: Frame, entry: Entry, state: State, valueShape: number): State {
  const key = entry.key!;
  const holder: Frame = { ...frame, keys: [...frame.keys, key], fresh: false };
  const top = opened(table, valueShape, entry, frame.indent + 2, holder);
  return { next: state.next + 1, top, placed: { entry: state.next, indent: frame.indent, frame, previous: state.placed } };
}

/** `- …` placed into a list frame. Undefined when its items cannot hold it. */
function placeItem(table: ShapeTable, list: Frame, entry: Entry, state: State): State | undefined {
  const item = shapeAt(table, list.shape);
  const holder: Frame = { ...list, fresh: false };
  const column = list.indent + 2;
  const placed = { entry: state.next, indent: list.indent, frame: list, previous: state.placed };
  if (entry.key === undefined) {
    if (entry.value === 'none') {
      if (typeof item !== 'object' || 'list' in item) return undefined;
      const kind = 'map' in item ? 'map' : 'object';
      const top: Frame = { kind, shape: 'map' in item ? item.map : list.shape, indent: column, keys: [], fresh: true, field: list.field, parent: holder };
      return { next: state.next + 1, top, placed };
    }
    return valueFits(table, list.shape, entry) ? { next: state.next + 1, top: holder, placed } : undefined;
  }
  const base = { indent: column, keys: [entry.key], fresh: false, field: list.field, parent: holder };
  let frame: Frame;
  let valueShape: number | undefined;
  if (typeof item === 'object' && 'map' in item) {
    frame = { ...base, kind: 'map', shape: item.map };
    valueShape = item.map;
  } else {
    frame = { ...base, kind: 'object', shape: list.shape };
    valueShape = fieldShape(table, list.shape, entry.key);
  }
  if (valueShape === undefined || !valueFits(table, valueShape, entry) || !allowedIn(table, frame, entry)) return undefined;
  return { next: state.next + 1, top: opened(table, valueShape, entry, column + 2, frame), placed };
}

/** The states after placing the next entry, in order of preference. */
function successors(table: ShapeTable, entries: readonly Entry[], state: State): State[] {
  const entry = entries[state.next]!;
  const out: State[] = [];
  let mapPlacement: State | undefined;
  for (let frame: Frame | undefined = state.top; frame; frame = frame.parent) {
    const before = out.length;
    if (entry.item) {
      if (frame.kind === 'list') {
        const next = placeItem(table, frame, entry, state);
        if (next) out.push(next);
      }
    } else if (entry.key !== undefined && !frame.keys.includes(entry.key)) {
      if (frame.kind === 'object') {
        const valueShape = fieldShape(table, frame.shape, entry.key);
        if (valueShape !== undefined && valueFits(table, valueShape, entry) && allowedIn(table, frame, entry)) {
          out.push(placeKey(table, frame, entry, state, valueShape));
        }
      } else if (frame.kind === 'map' && valueFits(table, frame.shape, entry)) {
        const next = placeKey(table, frame, entry, state, frame.shape);
        if (frame.fresh) out.push(next);
        else mapPlacement ??= next;
      }
    }
    // What was just opened takes the line if it can.
    if (frame.fresh && out.length > before) return out;
    if (!closes(table, frame)) break;
  }
  if (out.length === 0 && mapPlacement) out.push(mapPlacement);
  if (out.length > 1 && entry.key !== undefined && !entry.item && INNER_FIRST.has(entry.key)) return out.slice(0, 1);
  return out;
}

function complete(table: ShapeTable, top: Frame): boolean {
  for (let frame: Frame | undefined = top; frame; frame = frame.parent) if (!closes(table, frame)) return false;
  return true;
}

function indentsOf(placed: Placed | undefined, count: number): number[] {
  const indents = new Array<number>(count).fill(0);
  for (let p = placed; p; p = p.previous) indents[p.entry] = p.indent;
  return indents;
}

/** `spec.containers[]`: where a frame sits, for messages. */
function pathOf(frame: Frame): string {
  const parts: string[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) {
    if (f.parent.kind === 'list') continue; // an item: its list says it
    parts.unshift(f.kind === 'list' ? `${f.field}[]` : f.field);
  }
  return parts.join('.') || 'the top level';
}

function placementAt(placed: Placed | undefined, entry: number): Placed | undefined {
  for (let p = placed; p; p = p.previous) if (p.entry === entry) return p;
  return undefined;
}

/** How many states the search may visit per line before it gives up (it needs one or two). */
const STEPS_PER_ENTRY = 64;

/** Find the one reading of `entries` under the object shape `root`, or say why there is none. */
export function nest(table: ShapeTable, root: number, entries: readonly Entry[]): Nesting {
  const start: Frame = { kind: 'object', shape: root, indent: 0, keys: [], fresh: false, field: '', parent: undefined };
  const pending: State[] = [{ next: 0, top: start, placed: undefined }];
  const found: Placed[] = [];
  let furthest = 0;
  let budget = 1000 + entries.length * STEPS_PER_ENTRY;
  // Readings that reach the end with an object short of a required field: taken only when no reading is complete.
  const incomplete: Placed[] = [];
  while (pending.length > 0 && found.length < 2) {
    if (--budget < 0) return { ok: false, entry: furthest, reason: 'the lines can be read in too many ways to tell which one is meant' };
    const state = pending.pop()!;
    if (state.next === entries.length) {
      if (complete(table, state.top)) found.push(state.placed!);
      else if (incomplete.length < 2) incomplete.push(state.placed!);
      continue;
    }
    furthest = Math.max(furthest, state.next);
    // Last pushed, first visited: push in reverse order of preference.
    pending.push(...successors(table, entries, state).reverse());
  }
  if (found.length === 0) found.push(...incomplete);
  if (found.length === 0) {
    const entry = entries[furthest];
    const what = entry?.key !== undefined ? `“${entry.key}:”` : 'this list item';
    return { ok: false, entry: furthest, reason: `${what} does not fit under anything open at this point` };
  }
  const first = indentsOf(found[0], entries.length);
  if (found.length === 1) return { ok: true, indents: first };
  const second = indentsOf(found[1], entries.length);
  const parting = first.findIndex((indent, i) => indent !== second[i]);
  const [a, b] = found.map((reading) => placementAt(reading, parting));
  const entry = entries[parting]!;
  const what = entry.key !== undefined ? `“${entry.key}:”` : 'this list item';
  return { ok: false, entry: parting, reason: `${what} fits in two places: under ${a ? pathOf(a.frame) : '?'} or under ${b ? pathOf(b.frame) : '?'}` };
}
