/**
 * The diagram as a standalone SVG, drawn from the same graph the canvas shows (layoutPod)
 * rather than copied from the canvas's DOM: a pure function, so it is tested without a
 * browser, and the file carries no React Flow classes, no CSS variables, no fonts or
 * images to fetch. Text is escaped; nothing of the manifest becomes markup.
 */
import type { DiagramEdge, DiagramGraph, DiagramNode } from '../diagram/graph';
import { laneInfo } from '../diagram/lanes';
import { MOUNT_ROW, VOLUME_HEAD } from '../diagram/layout';
import { truncate } from '../timeline/fit';

const MARGIN = 16;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
/** fit.ts estimates widths at the timeline's 11 px; other sizes scale from it. */
const FIT_SIZE = 11;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function diagramSvg(graph: DiagramGraph): string {
  const boxes = absoluteBoxes(graph.nodes);
  const all = [...boxes.values()];
  const width = Math.ceil(Math.max(0, ...all.map((b) => b.x + b.width)) + 2 * MARGIN);
  const height = Math.ceil(Math.max(0, ...all.map((b) => b.y + b.height)) + 2 * MARGIN);
  const title = graph.nodes.find((n) => n.data.kind === 'pod');
  const body = [
    ...graph.nodes.filter((n) => n.data.kind === 'pod' || n.data.kind === 'lane').map((n) => drawNode(n, boxes.get(n.id)!)),
    ...graph.edges.map((e) => drawEdge(e, boxes, mountRows(graph.nodes))),
    ...graph.nodes.filter((n) => n.data.kind !== 'pod' && n.data.kind !== 'lane').map((n) => drawNode(n, boxes.get(n.id)!)),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="12">`,
    `<title>${escape(title?.data.kind === 'pod' ? title.data.title : 'Pod')}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g transform="translate(${MARGIN} ${MARGIN})">`,
    ...body,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

/** Positions in the flow: a child's position is relative to its parent's. */
function absoluteBoxes(nodes: readonly DiagramNode[]): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const node of nodes) {
    const parent = node.parentId ? boxes.get(node.parentId) : undefined;
    boxes.set(node.id, {
      x: (parent?.x ?? 0) + node.position.x,
      y: (parent?.y ?? 0) + node.position.y,
      width: node.width ?? node.measured?.width ?? 0,
      height: node.height ?? node.measured?.height ?? 0,
    });
  }
  return boxes;
}

function drawNode(node: DiagramNode, box: Box): string {
  const data = node.data;
  switch (data.kind) {
    case 'pod':
      return group(rect(box, { fill: '#f8fafc', stroke: '#475569', rx: 10 }), text(box.x + 14, box.y + 24, data.title, box.width - 28, { size: 15, weight: 'bold' }));
    case 'lane':
      return group(rect(box, { fill: '#f1f5f9', stroke: '#94a3b8', rx: 8, dash: true }), text(box.x + 10, box.y + 18, laneInfo(data.lane).title, box.width - 20, { size: 12, weight: 'bold', fill: '#334155' }));
    case 'container':
      return group(
        rect(box, { fill: '#ffffff', stroke: '#1e293b', rx: 8 }),
        text(box.x + 10, box.y + 22, data.container.name || '(no name)', box.width - 20, { size: 13, weight: 'bold' }),
        text(box.x + 10, box.y + 40, data.container.image ?? '(no image)', box.width - 20, { size: 11, fill: '#475569' }),
      );
    case 'injected':
      return group(
        rect(box, { fill: '#ffffff', stroke: '#64748b', rx: 8, dash: true }),
        text(box.x + 10, box.y + 22, data.container.name, box.width - 20, { size: 13, weight: 'bold', fill: '#475569' }),
        text(box.x + 10, box.y + 40, `added by ${data.by}`, box.width - 20, { size: 11, fill: '#475569' }),
      );
    case 'volume': {
      const declared = data.volume !== undefined || data.claim !== undefined;
      const source = data.volume ? data.volume.type || 'no source' : data.claim ? 'claim template' : 'not declared in volumes';
      return group(
        rect(box, { fill: '#fefce8', stroke: declared ? '#854d0e' : '#b91c1c', rx: 6, dash: !declared }),
        text(box.x + 10, box.y + 20, data.name, box.width - 20, { size: 12, weight: 'bold' }),
        text(box.x + 10, box.y + 36, source, box.width - 20, { size: 11, fill: '#57534e' }),
        // One row per mount, as the canvas lists them; the mount's edge ends at its row.
        ...data.mounts.map((row, i) => text(box.x + 10, box.y + VOLUME_HEAD + i * MOUNT_ROW + MOUNT_ROW / 2 + 4, `${row.container.name}: ${row.label}`, box.width - 20, { size: 11, fill: '#334155' })),
      );
    }
    case 'network':
      return group(
        rect(box, { fill: '#eff6ff', stroke: '#1d4ed8', rx: 6 }),
        text(box.x + 8, box.y + 20, 'Pod network', box.width - 16, { size: 12, weight: 'bold' }),
        text(box.x + 8, box.y + 36, 'localhost', box.width - 16, { size: 11, fill: '#475569' }),
      );
    case 'reference':
      return group(
        rect(box, { fill: '#f5f3ff', stroke: '#6d28d9', rx: 6 }),
        text(box.x + 8, box.y + 20, data.name, box.width - 16, { size: 12, weight: 'bold' }),
        text(box.x + 8, box.y + 36, data.reference === 'secret' ? 'Secret' : 'ConfigMap', box.width - 16, { size: 11, fill: '#475569' }),
      );
  }
}

/** Where each mount edge ends: the index of its row in the volume that lists it. */
function mountRows(nodes: readonly DiagramNode[]): Map<string, number> {
  const rows = new Map<string, number>();
  for (const node of nodes) if (node.data.kind === 'volume') node.data.mounts.forEach((row, i) => rows.set(row.edge, i));
  return rows;
}

/** An edge from the right of its source to the left of its target (or the reverse when the target is to the left); a mount ends at its row. */
function drawEdge(edge: DiagramEdge, boxes: ReadonlyMap<string, Box>, rows: ReadonlyMap<string, number>): string {
  const from = boxes.get(edge.source);
  const to = boxes.get(edge.target);
  if (!from || !to) return '';
  const forward = to.x >= from.x + from.width / 2;
  const x1 = forward ? from.x + from.width : from.x;
  const x2 = forward ? to.x : to.x + to.width;
  const y1 = from.y + from.height / 2;
  const row = rows.get(edge.id);
  const y2 = row === undefined ? to.y + to.height / 2 : to.y + VOLUME_HEAD + row * MOUNT_ROW + MOUNT_ROW / 2;
  const bend = Math.max(30, Math.abs(x2 - x1) / 2) * (forward ? 1 : -1);
  const mount = edge.data?.kind === 'mount';
  return `<path d="M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}" fill="none" stroke="${mount ? '#854d0e' : '#1d4ed8'}" stroke-width="1.5"${mount ? '' : ' stroke-dasharray="4 3"'}/>`;
}

function group(...parts: string[]): string {
  return `<g>${parts.join('')}</g>`;
}

function rect(box: Box, style: { fill: string; stroke: string; rx: number; dash?: boolean }): string {
  return `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="${style.rx}" fill="${style.fill}" stroke="${style.stroke}"${style.dash ? ' stroke-dasharray="5 3"' : ''}/>`;
}

function text(x: number, y: number, value: string, room: number, style: { size: number; weight?: 'bold'; fill?: string }): string {
  const attributes = [
    `x="${x}"`,
    `y="${y}"`,
    `font-size="${style.size}"`,
    style.weight ? `font-weight="${style.weight}"` : '',
    `fill="${style.fill ?? '#0f172a'}"`,
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${escape(truncate(value, (room * FIT_SIZE) / style.size))}</text>`;
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
