/**
 * The diagram as a standalone SVG, drawn from the same graph the canvas shows (layoutPod)
 * rather than copied from the canvas's DOM: a pure function, so it is tested without a
 * browser, and the file carries no React Flow classes, no CSS variables, no fonts or
 * images to fetch. Text is escaped; nothing of the manifest becomes markup.
 */
import type { DiagramEdge, DiagramGraph, DiagramNode } from '../diagram/graph';
import { laneInfo } from '../diagram/lanes';
import { textWidth, truncate } from '../timeline/fit';

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
    ...graph.edges.map((e) => drawEdge(e, boxes)),
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
    case 'volume':
      return group(
        rect(box, { fill: '#fefce8', stroke: data.volume ? '#854d0e' : '#b91c1c', rx: 6, dash: !data.volume }),
        text(box.x + 10, box.y + 20, data.name, box.width - 20, { size: 12, weight: 'bold' }),
        text(box.x + 10, box.y + 36, data.volume ? data.volume.type || 'no source' : 'not declared in volumes', box.width - 20, { size: 11, fill: '#57534e' }),
      );
    case 'network':
      return group(
        rect(box, { fill: '#eff6ff', stroke: '#1d4ed8', rx: 6 }),
        text(box.x + 8, box.y + 20, 'Pod network', box.width - 16, { size: 12, weight: 'bold' }),
        text(box.x + 8, box.y + 36, 'localhost', box.width - 16, { size: 11, fill: '#475569' }),
      );
  }
}

/** An edge from the right of its source to the left of its target (or the reverse when the target is to the left). */
function drawEdge(edge: DiagramEdge, boxes: ReadonlyMap<string, Box>): string {
  const from = boxes.get(edge.source);
  const to = boxes.get(edge.target);
  if (!from || !to) return '';
  const forward = to.x >= from.x + from.width / 2;
  const x1 = forward ? from.x + from.width : from.x;
  const x2 = forward ? to.x : to.x + to.width;
  const y1 = from.y + from.height / 2;
  const y2 = to.y + to.height / 2;
  const bend = Math.max(30, Math.abs(x2 - x1) / 2) * (forward ? 1 : -1);
  const mount = edge.data?.kind === 'mount';
  const label = mount && edge.data?.kind === 'mount' ? edge.data.label : typeof edge.label === 'string' ? edge.label : '';
  const path = `<path d="M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}" fill="none" stroke="${mount ? '#854d0e' : '#1d4ed8'}" stroke-width="1.5"${mount ? '' : ' stroke-dasharray="4 3"'}/>`;
  if (!label) return path;
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const w = Math.min((textWidth(label) * 10) / FIT_SIZE + 8, 220);
  return group(path, `<rect x="${mx - w / 2}" y="${my - 8}" width="${w}" height="16" rx="3" fill="#ffffff" fill-opacity="0.9"/>`, text(mx, my + 4, label, w - 8, { size: 10, anchor: 'middle', fill: '#334155' }));
}

function group(...parts: string[]): string {
  return `<g>${parts.join('')}</g>`;
}

function rect(box: Box, style: { fill: string; stroke: string; rx: number; dash?: boolean }): string {
  return `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="${style.rx}" fill="${style.fill}" stroke="${style.stroke}"${style.dash ? ' stroke-dasharray="5 3"' : ''}/>`;
}

function text(x: number, y: number, value: string, room: number, style: { size: number; weight?: 'bold'; fill?: string; anchor?: 'middle' }): string {
  const attributes = [
    `x="${x}"`,
    `y="${y}"`,
    `font-size="${style.size}"`,
    style.weight ? `font-weight="${style.weight}"` : '',
    `fill="${style.fill ?? '#0f172a'}"`,
    style.anchor ? `text-anchor="${style.anchor}"` : '',
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${escape(truncate(value, (room * FIT_SIZE) / style.size))}</text>`;
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
