/**
 * The inspector's fields as data. A form is a list of sections; a section is a list of
 * field specs (or rows of them, for env, tolerations, ...). A spec says where its value
 * lives, how it is shown and typed, and why a draft would be refused; a few generic
 * components render them (FieldTable.tsx). Paths are from the workload object's root
 * (`['spec', 'containers', 0, 'image']`), which is also the path the API server prints.
 */
import type { K8sVersion } from '@podsmith/lifecycle';
import type { ContainerView, PodView, YamlPath } from '@podsmith/manifest';

export interface Option {
  readonly value: string;
  readonly label: string;
}

export type Control =
  | { readonly type: 'text'; readonly numeric?: boolean; readonly placeholder?: string }
  /** One item per line; Enter adds a line, so Ctrl+Enter (or leaving the field) commits. */
  | { readonly type: 'lines' }
  | { readonly type: 'select'; readonly options: readonly Option[] }
  /** The value is 'true' or 'false'. */
  | { readonly type: 'checkbox' };

/** One change a field makes: set the value at `path`, or remove it (value undefined). */
export interface Change {
  readonly path: YamlPath;
  readonly value: unknown;
}

/** What a field's check may look at besides the draft. */
export interface FieldContext {
  readonly pod: PodView;
  /** The workload object as plain data: what the field paths start from. */
  readonly object: unknown;
  /** The Kubernetes version the linter targets (some checks depend on it). */
  readonly atLeast: (version: K8sVersion) => boolean;
}

export interface FieldSpec {
  /** Unique within a form; the path from the section's element (`livenessProbe.httpGet.port`). */
  readonly label: string;
  /** Where the value lives, from the workload object's root. */
  readonly path: YamlPath;
  /** The schema key of the field's description: `Probe.httpGet`. */
  readonly help?: string;
  readonly control: Control;
  /** The object → the text shown. */
  readonly read: (object: unknown) => string;
  /** The committed text → what to change. An empty text removes what the field wrote. */
  readonly write: (text: string, object: unknown) => readonly Change[];
  /** Why a draft would be refused, in the linter's (the API server's) words. */
  readonly validate?: (text: string, ctx: FieldContext) => string | undefined;
  /** Why the field cannot be edited here as the YAML holds it (a multi-line item), if so. */
  readonly locked?: (object: unknown) => string | undefined;
  /** A short note on the value as typed: what `250m` means. */
  readonly describe?: (text: string) => string | undefined;
  /** The path holds alternatives (a probe's handlers): the field picks one, the fields under it are others'. */
  readonly alternatives?: true;
  /** Removing may also remove the maps it leaves empty, but never this path or above it. */
  readonly keep: YamlPath;
}

/** Rows of a list (env, tolerations): each item's fields, and what Add appends. */
export interface RowList {
  readonly path: YamlPath;
  /** What one item is called: `env var`, `toleration`. */
  readonly noun: string;
  readonly rows: readonly Row[];
  /** The new item, already valid. */
  readonly added: unknown;
}

export interface Row {
  readonly title: string;
  readonly fields: readonly FieldSpec[];
}

export interface Section {
  readonly title: string;
  readonly fields: readonly FieldSpec[];
  readonly lists?: readonly RowList[];
  /** A section drawn by its own component (ports, volume mounts): its name. */
  readonly custom?: 'ports' | 'mounts';
  /** Fields under these paths are modelled by the custom component. */
  readonly covers?: readonly YamlPath[];
}

/** What a form is about: the pod, and the container when it is a container's form. */
export interface FormSubject {
  readonly pod: PodView;
  readonly container?: ContainerView;
}
