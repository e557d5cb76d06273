/**
 * The palette's drag payload. The template kind is in the MIME type, because during
 * dragover a page may read the types but not the data: the canvas can then say where a
 * drop is allowed before it happens.
 */
import { CONTAINER_TEMPLATES, VOLUME_TEMPLATES, type ContainerTemplate, type VolumeTemplate } from '@podsmith/patterns';

export const CONTAINER_TEMPLATE_MIME = 'application/x-podsmith-container-template';
export const VOLUME_TEMPLATE_MIME = 'application/x-podsmith-volume-template';

export type TemplateKind = 'container' | 'volume';

export type DroppedTemplate =
  | { readonly kind: 'container'; readonly template: ContainerTemplate }
  | { readonly kind: 'volume'; readonly template: VolumeTemplate };

const MIME: Record<TemplateKind, string> = { container: CONTAINER_TEMPLATE_MIME, volume: VOLUME_TEMPLATE_MIME };

export function startTemplateDrag(dataTransfer: Pick<DataTransfer, 'setData' | 'effectAllowed'>, kind: TemplateKind, id: string): void {
  dataTransfer.setData(MIME[kind], id);
  dataTransfer.effectAllowed = 'copy';
}

/** Which kind of template is being dragged, from the types alone (readable during dragover). */
export function draggedTemplateKind(types: readonly string[]): TemplateKind | undefined {
  if (types.includes(CONTAINER_TEMPLATE_MIME)) return 'container';
  if (types.includes(VOLUME_TEMPLATE_MIME)) return 'volume';
  return undefined;
}

/** The template a drop carries, or undefined for anything else (files, text, unknown ids). */
export function droppedTemplate(dataTransfer: Pick<DataTransfer, 'getData' | 'types'>): DroppedTemplate | undefined {
  const kind = draggedTemplateKind([...dataTransfer.types]);
  const id = kind && dataTransfer.getData(MIME[kind]);
  if (kind === 'container') {
    const template = CONTAINER_TEMPLATES.find((t) => t.id === id);
    return template && { kind, template };
  }
  if (kind === 'volume') {
    const template = VOLUME_TEMPLATES.find((t) => t.id === id);
    return template && { kind, template };
  }
  return undefined;
}
