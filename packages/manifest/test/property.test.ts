import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdit, applyPatch, laneOf, parseManifest, projectPod, rangeOf, samePodRef, valueAt, type ContainerView, type Edit, type K8sContainer, type Lane, type ParsedManifest, type PodRef, type PodView, type TextPatch, type YamlPath } from '../src';
import { corpusFiles } from '../../../test-support/corpus';

/**
 * Random sequences of steps over the corpus pods: Edits (the inspector's), diagram
 * gestures (the Edits a drop, a drag, a delete, a mount make) and text edits (typing
 * into an image, a backspace). Each step must parse, mean what it says (the same change
 * made on plain data), change only the lines it is about, and be undone, last first, by
 * its patch's inverse (what Monaco's undo does with it) to the exact previous bytes.
 *
 * A fixed seed and a few runs here; `npm run test:property:long` runs 10,000 sequences
 * with a new seed and prints the count and the seed.
 */
const LONG_RUNS = Number(process.env.PODSMITH_PROPERTY_RUNS ?? 0);
const RUNS = LONG_RUNS > 0 ? LONG_RUNS : 40;
const SEED = LONG_RUNS > 0 ? Date.now() % 2 ** 31 : 20261206;

const pods = corpusFiles().flatMap((f) => {
  const parsed = parseManifest(f.text);
  return parsed.ok ? parsed.pods.map((pod) => ({ name: f.name, text: f.text, pod })) : [];
});

type Step =
  | { readonly kind: 'setImage'; readonly pick: number; readonly value: string }
  | { readonly kind: 'setGrace'; readonly value: number }
  | { readonly kind: 'add'; readonly lane: Lane; readonly index: number | undefined; readonly name: number }
  | { readonly kind: 'remove'; readonly pick: number }
  | { readonly kind: 'move'; readonly pick: number; readonly lane: Lane; readonly index: number | undefined }
  | { readonly kind: 'mount'; readonly pick: number; readonly volume: number; readonly readOnly: boolean }
  | { readonly kind: 'unmount'; readonly pick: number; readonly index: number }
  | { readonly kind: 'addVolume'; readonly name: number }
  | { readonly kind: 'type'; readonly pick: number; readonly char: string }
  | { readonly kind: 'backspace'; readonly pick: number };

const lane = fc.constantFrom<Lane>('main', 'init', 'sidecar');
const laneIndex = fc.option(fc.nat({ max: 4 }), { nil: undefined });
const TRICKY_VALUES = ['nginx:1.27.3', 'yes', 'no', '1.10', '0644', 'null', '~', 'a: b', '#x', "it's", '"q"', '', ' lead', 'tail ', 'two\nlines', '- item', '[x]', '{y}', '*ref', '&anchor', '!tag', '@at', '%pct', '`tick`', 'ünï'];
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('setImage' as const), pick: fc.nat(), value: fc.oneof(fc.constantFrom(...TRICKY_VALUES), fc.string({ maxLength: 16 })) }),
  fc.record({ kind: fc.constant('setGrace' as const), value: fc.integer({ min: 0, max: 3600 }) }),
  fc.record({ kind: fc.constant('add' as const), lane, index: laneIndex, name: fc.nat({ max: 999 }) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), lane, index: laneIndex }),
  fc.record({ kind: fc.constant('mount' as const), pick: fc.nat(), volume: fc.nat(), readOnly: fc.boolean() }),
  fc.record({ kind: fc.constant('unmount' as const), pick: fc.nat(), index: fc.nat() }),
  fc.record({ kind: fc.constant('addVolume' as const), name: fc.nat({ max: 999 }) }),
  fc.record({ kind: fc.constant('type' as const), pick: fc.nat(), char: fc.constantFrom(...'abxz0179-._') }),
  fc.record({ kind: fc.constant('backspace' as const), pick: fc.nat() }),
);

type Spec = Record<string, unknown>;
type Lists = Record<string, unknown[]>;

/** What a step does to the text: a patch and where it may touch, with the same change on plain data. */
interface Planned {
  readonly edit?: Edit;
  readonly patch?: TextPatch;
  /** The node (path from the document root) whose lines the step may change. */
  readonly region: YamlPath;
  /** Only the lines of `region` may change, not those around it (a value typed into). */
  readonly exact?: boolean;
  readonly change: (spec: Spec) => void;
}

const editable = (pod: PodView) => pod.containers.filter((c) => c.lane !== 'ephemeral');
const pick = <T,>(items: readonly T[], n: number): T | undefined => (items.length === 0 ? undefined : items[n % items.length]);

/** A plain, one-line image a keystroke can go into, and still be a string. */
function typedImage(pod: PodView, parsed: ParsedManifest, c: ContainerView): { at: number; image: string } | undefined {
  const range = rangeOf(parsed, pod.ref.documentIndex, [...c.path, 'image']);
  if (!range) return undefined;
  const match = /^image:[ \t]*([A-Za-z0-9][\w./:@-]*)$/.exec(parsed.text.slice(range.from, range.to));
  return match && match[1] === c.image ? { at: range.to, image: c.image } : undefined;
}
/** A typed image that is still a plain string: not a YAML 1.1 boolean or null, a number, or a key (`name:`). */
const STAYS_A_STRING = (s: string) => s.length >= 3 && /[a-z]/i.test(s) && !/^(yes|no|on|off|true|false|null|y|n)$/i.test(s) && !s.endsWith(':');

/** Where a container goes in the lists (plain data), by the lane-relative index, as applyEdit documents it. */
function insertInLane(spec: Spec, target: Lane, index: number | undefined, container: K8sContainer): void {
  const listName = target === 'main' ? 'containers' : 'initContainers';
  const list = Array.isArray(spec[listName]) ? [...(spec[listName] as K8sContainer[])] : [];
  const members = list.flatMap((c, i) => (laneOf(listName, c) === target ? [i] : []));
  const at = index ?? members.length;
  const position = at < members.length ? members[at]! : members.length > 0 ? members[members.length - 1]! + 1 : list.length;
  list.splice(position, 0, container);
  spec[listName] = list;
}

function removeAt(owner: Spec, key: string, index: number): void {
  const list = (owner[key] as unknown[]).filter((_, i) => i !== index);
  if (list.length > 0) owner[key] = list;
  else delete owner[key];
}

function withLanePolicy(container: K8sContainer, target: Lane): K8sContainer {
  const { restartPolicy: _policy, ...rest } = container;
  return target === 'sidecar' ? { ...rest, restartPolicy: 'Always' } : rest;
}

/** The step for the current text, or undefined when it does not apply to this pod (no container to remove, …). */
function plan(s: Step, pod: PodView, parsed: ParsedManifest): Planned | undefined {
  const ref = pod.ref;
  const spec = ref.specPath;
  const containers = editable(pod);
  const c = 'pick' in s ? pick(containers, s.pick) : undefined;
  const own = (x: Spec, view: ContainerView) => (x[view.ref.list] as Lists[string])[view.ref.index] as Spec;
  switch (s.kind) {
    case 'setImage':
      if (!c) return undefined;
      return {
        edit: { kind: 'setContainerField', pod: ref, container: c.ref, field: ['image'], value: s.value },
        region: c.path,
        change: (x) => void (own(x, c).image = s.value),
      };
    case 'setGrace':
      return { edit: { kind: 'setPodField', pod: ref, field: ['terminationGracePeriodSeconds'], value: s.value }, region: spec, change: (x) => void (x.terminationGracePeriodSeconds = s.value) };
    case 'add': {
      const container = { name: `prop-${s.name}`, image: 'busybox:1.36.1' };
      return {
        edit: { kind: 'addContainer', pod: ref, lane: s.lane, container, ...(s.index === undefined ? {} : { index: s.index }) },
        region: spec,
        change: (x) => insertInLane(x, s.lane, s.index, withLanePolicy(container, s.lane)),
      };
    }
    case 'remove':
      if (!c) return undefined;
      // The last of its list takes the list's key along, and an emptied spec becomes `{}`.
      return {
        edit: { kind: 'removeContainer', pod: ref, container: c.ref },
        region: pod.containers.filter((x) => x.ref.list === c.ref.list).length === 1 ? spec : c.path,
        change: (x) => removeAt(x, c.ref.list, c.ref.index),
      };
    case 'move':
      if (!c) return undefined;
      return {
        edit: { kind: 'moveContainer', pod: ref, container: c.ref, lane: s.lane, ...(s.index === undefined ? {} : { index: s.index }) },
        region: spec,
        change: (x) => {
          const moving = own(x, c) as K8sContainer;
          removeAt(x, c.ref.list, c.ref.index);
          insertInLane(x, s.lane, s.index, withLanePolicy(moving, s.lane));
        },
      };
    case 'mount': {
      const volume = pick(pod.volumes, s.volume);
      if (!c || !volume?.name) return undefined;
      const mount = { name: volume.name, mountPath: `/mnt/prop-${s.volume}`, ...(s.readOnly ? { readOnly: true } : {}) };
      return {
        edit: { kind: 'mountVolume', pod: ref, container: c.ref, mount: { name: volume.name, mountPath: mount.mountPath, readOnly: s.readOnly } },
        region: c.path,
        change: (x) => {
          const target = own(x, c);
          target.volumeMounts = [...((target.volumeMounts as unknown[]) ?? []), mount];
        },
      };
    }
    case 'unmount': {
      const withMounts = containers.filter((x) => x.mounts.length > 0);
      const m = pick(withMounts, s.pick);
      if (!m) return undefined;
      const index = s.index % m.mounts.length;
      return { edit: { kind: 'unmountVolume', pod: ref, container: m.ref, index }, region: m.path, change: (x) => removeAt(own(x, m), 'volumeMounts', index) };
    }
    case 'addVolume': {
      const volume = { name: `prop-volume-${s.name}`, emptyDir: {} };
      return { edit: { kind: 'addVolume', pod: ref, volume }, region: spec, change: (x) => void (x.volumes = [...((x.volumes as unknown[]) ?? []), volume]) };
    }
    case 'type':
    case 'backspace': {
      const at = c && typedImage(pod, parsed, c);
      if (!c || !at) return undefined;
      const image = s.kind === 'type' ? at.image + s.char : at.image.slice(0, -1);
      if (!STAYS_A_STRING(image) || /^[\d._-]/.test(image)) return undefined;
      const patch = s.kind === 'type' ? { from: at.at, to: at.at, insert: s.char } : { from: at.at - 1, to: at.at, insert: '' };
      return { patch, region: [...c.path, 'image'], exact: true, change: (x) => void (own(x, c).image = image) };
    }
  }
}

/** 1-based first and last line of the node at `path`. */
function lineSpan(parsed: ParsedManifest, documentIndex: number, path: YamlPath): [number, number] {
  const range = rangeOf(parsed, documentIndex, path)!;
  const line = (offset: number) => parsed.text.slice(0, offset).split('\n').length;
  return [line(range.from), line(Math.max(range.from, range.to - 1))];
}

/**
 * Whether `after` keeps every line of `before` outside lines [from, to] (1-based), in
 * place: those before as its first lines, those after as its last. `from` moves up over
 * the comment lines right above it (they belong to the node).
 */
function keepsLinesOutside(before: string, after: string, from: number, to: number): boolean {
  const a = before.split('\n');
  const b = after.split('\n');
  let first = from;
  while (first > 1 && /^\s*#/.test(a[first - 2] ?? '')) first--;
  const head = first - 1;
  const tail = a.length - to;
  if (head + tail > b.length) return false;
  return a.slice(0, head).every((line, i) => b[i] === line) && a.slice(to).every((line, i) => b[b.length - tail + i] === line);
}

const values = (parsed: ParsedManifest) => parsed.documents.map((d) => d.value);
const hasAnchors = (text: string) => /(^|[\s[{,-])&[\w-]+/m.test(text);

interface Tally {
  sequences: number;
  applied: number;
  refused: number;
  skipped: number;
}

/** Run the steps on one pod; each checked as it goes, then all undone, last first. */
function runSequence(start: { name: string; text: string; pod: PodRef }, steps: readonly Step[], tally: Tally): void {
  let parsed = parseManifest(start.text);
  const done: { before: string; values: unknown[]; patch: TextPatch; after: string }[] = [];
  for (const s of steps) {
    const ref = parsed.pods.find((p) => samePodRef(p, start.pod));
    expect(ref, `${start.name}: the pod is still there`).toBeDefined();
    const pod = projectPod(parsed, ref!)!;
    const planned = plan(s, pod, parsed);
    if (!planned) {
      tally.skipped++;
      continue;
    }
    const before = parsed.text;
    let after: string;
    let patch: TextPatch;
    if (planned.edit) {
      const result = applyEdit(before, planned.edit);
      if (!result.ok) {
        // Only a move or a removal that would cut an anchor away from its aliases is refused.
        expect(hasAnchors(before), `${start.name}: ${JSON.stringify(s)} refused: ${result.error}`).toBe(true);
        tally.refused++;
        continue;
      }
      ({ text: after, patch } = result);
    } else {
      patch = planned.patch!;
      after = applyPatch(before, patch);
    }
    const context = `${start.name}: ${JSON.stringify(s)}`;
    // The patch is the change: what the editor applies, and undoes.
    expect(applyPatch(before, patch), context).toBe(after);
    const next = parseManifest(after);
    expect(next.ok, `${context}: parses`).toBe(true);
    const expected = structuredClone(values(parsed));
    planned.change(valueAt(expected[ref!.documentIndex], ref!.specPath) as Spec);
    expect(values(next), `${context}: means what it says`).toEqual(expected);
    const [from, to] = lineSpan(parsed, ref!.documentIndex, planned.region);
    // A list item's key line may go with its last item; the comment lines above an item are its own.
    expect(keepsLinesOutside(before, after, planned.exact ? from : from - 1, to), `${context}: only its lines`).toBe(true);
    done.push({ before, values: values(parsed), patch, after });
    tally.applied++;
    parsed = next;
  }
  let text = parsed.text;
  for (const { before, values: was, patch, after } of done.reverse()) {
    expect(text).toBe(after);
    text = applyPatch(text, { from: patch.from, to: patch.from + patch.insert.length, insert: before.slice(patch.from, patch.to) });
    expect(text, `${start.name}: undo gives the exact bytes back`).toBe(before);
    expect(values(parseManifest(text))).toEqual(was);
  }
}

describe('random sequences of edits, gestures and typing over the corpus pods', () => {
  it(`parse, mean what they say, change only their lines, and undo to the same bytes (${RUNS} sequences, seed ${SEED})`, { timeout: RUNS * 2000 }, () => {
    expect(pods.length).toBeGreaterThanOrEqual(450);
    const tally: Tally = { sequences: 0, applied: 0, refused: 0, skipped: 0 };
    fc.assert(
      fc.property(fc.nat({ max: pods.length - 1 }), fc.array(step, { minLength: 1, maxLength: 8 }), (i, steps) => {
        runSequence(pods[i]!, steps, tally);
        tally.sequences++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    console.log(`property: ${tally.sequences} sequences over ${pods.length} corpus pods, seed ${SEED}: ${tally.applied} steps applied, ${tally.refused} refused (anchors), ${tally.skipped} not applicable`);
    expect(tally.applied).toBeGreaterThan(RUNS);
  });
});
