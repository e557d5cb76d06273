import type { Edit, PodView } from '@podsmith/manifest';
import { CONTAINER_TEMPLATES, VOLUME_TEMPLATES } from '@podsmith/patterns';
import './palette.css';
import { usePodsmith } from '../store/store';
import { laneInfo } from '../diagram/lanes';
import { TemplateButton } from './TemplateButton';
import { addContainerEdit, addVolumeEdit } from './templateEdits';

/**
 * The catalogue of patterns. Drag one onto a lane of the diagram, or press it (Enter,
 * Space or click) to add it at the end of the lane it belongs in.
 */
export function Palette() {
  // Whether there is a pod to add to, not the pod itself: the palette does not re-render on every keystroke.
  const disabled = usePodsmith((s) => !s.pod || s.stale);
  const dispatch = usePodsmith((s) => s.dispatch);
  const add = (edit: (pod: PodView) => Edit) => {
    const { pod } = usePodsmith.getState();
    if (pod) dispatch(edit(pod));
  };
  return (
    <section className="palette" aria-label="Palette" aria-describedby="palette-help">
      <h2 className="palette__title">Patterns</h2>
      <p id="palette-help" className="palette__help">
        {disabled ? 'Available once the YAML holds a pod without errors.' : 'Drag onto a lane, or press to add.'}
      </p>
      <h3 className="palette__group">Containers</h3>
      <ul className="palette__list">
        {CONTAINER_TEMPLATES.map((template) => (
          <li key={template.id}>
            <TemplateButton
              kind="container"
              id={template.id}
              label={template.label}
              description={template.description}
              where={laneInfo(template.lane).title}
              disabled={disabled}
              onAdd={() => add((pod) => addContainerEdit(pod, template, template.lane))}
            />
          </li>
        ))}
      </ul>
      <h3 className="palette__group">Volumes</h3>
      <ul className="palette__list">
        {VOLUME_TEMPLATES.map((template) => (
          <li key={template.id}>
            <TemplateButton
              kind="volume"
              id={template.id}
              label={template.label}
              description={template.description}
              where="Volumes"
              disabled={disabled}
              onAdd={() => add((pod) => addVolumeEdit(pod, template))}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
