import { useId, useState, type ReactNode } from 'react';
import { atLeastVersion } from '@podsmith/lifecycle';
import { valueAt, type PodView } from '@podsmith/manifest';
import { usePodsmith } from '../store/store';
import { Field } from './Field';
import { addRowEdit, fieldEdit, removeRowEdit } from './fields/edit';
import type { FieldContext, FieldSpec, RowList, Section } from './fields/model';
import { helpFor } from './help/help';
import { referenceFor } from './help/reference';
import { Refusal, useRows } from './rows';
import { useApplyEdit } from './useApplyEdit';

/** A section opens by itself when the YAML sets something in it, or when it is the first. */
function hasValues(pod: PodView, section: Section): boolean {
  const object = pod.workload.object;
  const fields = [...section.fields, ...(section.lists ?? []).flatMap((l) => l.rows.flatMap((r) => r.fields))];
  return fields.some((f) => valueAt(object, f.path) !== undefined) || [...(section.covers ?? []), ...(section.lists ?? []).map((l) => l.path)].some((p) => valueAt(object, p) !== undefined);
}

/**
 * A form drawn from its field table: each section a collapsible group, each field the
 * generic Field. `custom` draws the sections that have their own component (ports, mounts).
 */
export function FieldTable({ pod, sections, custom = {} }: { readonly pod: PodView; readonly sections: readonly Section[]; readonly custom?: Partial<Record<NonNullable<Section['custom']>, ReactNode>> }) {
  const k8sVersion = usePodsmith((s) => s.k8sVersion);
  const ctx: FieldContext = { pod, object: pod.workload.object, atLeast: (since) => atLeastVersion(k8sVersion, since) };
  return (
    <>
      {sections.map((section, i) => (
        <Collapsible key={section.title} title={section.title} initiallyOpen={i === 0 || hasValues(pod, section)}>
          {section.custom ? custom[section.custom] : null}
          {section.fields.map((spec) => (
            <SpecField key={spec.label} pod={pod} spec={spec} ctx={ctx} />
          ))}
          {section.lists?.map((list) => (
            <Rows key={list.noun} pod={pod} list={list} ctx={ctx} />
          ))}
        </Collapsible>
      ))}
    </>
  );
}

/** Open or closed as the user left it: clearing the last value must not close the group under the cursor. */
function Collapsible({ title, initiallyOpen, children }: { readonly title: string; readonly initiallyOpen: boolean; readonly children: ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className="inspector-section" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

function SpecField({ pod, spec, ctx, autoFocus }: { readonly pod: PodView; readonly spec: FieldSpec; readonly ctx: FieldContext; readonly autoFocus?: boolean }) {
  const apply = useApplyEdit();
  const locked = spec.locked?.(pod.workload.object);
  return (
    <Field
      label={spec.label}
      help={spec.help && helpFor(spec.help)}
      reference={spec.help && referenceFor(spec.help)}
      value={spec.read(pod.workload.object)}
      control={spec.control}
      readOnly={locked !== undefined}
      lockedNote={locked}
      describe={spec.describe}
      autoFocus={autoFocus}
      validate={spec.validate && ((text) => spec.validate?.(text, ctx))}
      onCommit={(text) => {
        const edit = fieldEdit(pod, spec, text);
        return edit && apply(edit);
      }}
    />
  );
}

/** Rows of a list (env, tolerations), each a small group with its fields and a Remove button. */
function Rows({ pod, list, ctx }: { readonly pod: PodView; readonly list: RowList; readonly ctx: FieldContext }) {
  const { added, refusal, addButton, add, remove } = useRows(list.rows.length);
  const headingId = useId();
  const name = list.path[list.path.length - 1];
  return (
    <section className="inspector-group" aria-labelledby={headingId}>
      <h3 id={headingId}>{String(name)}</h3>
      <ol className="rows">
        {list.rows.map((row, index) => (
          <li key={row.title}>
            <fieldset>
              <legend>{row.title}</legend>
              {row.fields.map((spec, f) => (
                <SpecField key={spec.label} pod={pod} spec={spec} ctx={ctx} autoFocus={index === added && f === 0} />
              ))}
              <button type="button" className="remove" onClick={() => remove(removeRowEdit(pod, list, index))}>
                Remove {row.title}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" ref={addButton} onClick={() => add(addRowEdit(pod, list))}>
        Add {list.noun}
      </button>
      {refusal && <Refusal>{refusal}</Refusal>}
    </section>
  );
}
