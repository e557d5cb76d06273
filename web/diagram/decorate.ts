/**
 * decorateGraph: the linter's findings on the laid-out pod. Pure, data in and data out,
 * and apart from layoutPod, which stays a function of the PodView alone.
 *
 * - A container node carries the findings about its container (by path, else by the
 *   finding's container name); an injected container's node those the linter shows at
 *   the annotation that causes it, about it; a volume node those under its `volumes[i]`;
 *   the pod frame the rest, which are about the pod.
 * - A mount edge carries the findings under its `volumeMounts[i]` (a mount of a volume
 *   that does not exist). A localhost edge carries the findings about a port it shows;
 *   a finding about a port number (a collision) marks the edge of every container that
 *   runs at the same time and declares that number, so both sides of a collision show.
 *   Edges are drawn dotted and name the rules in their accessible name; a mount's row in
 *   its volume shows the severity's icon and the rules in words.
 *
 * Nodes and edges without findings keep their objects, so React Flow redraws only the
 * decorated ones.
 */
import type { ContainerView, PodView, PortView } from '@podsmith/manifest';
import { runsConcurrently } from '@podsmith/lifecycle';
import type { Finding } from '@podsmith/lint';
import { findingTarget, injectedTarget, type FindingTarget } from '../store/findings';
import { summarize } from '../findings/severity';
import type { DiagramEdge, DiagramGraph, DiagramNode, EdgeFindings, FindingSummary, MountEdge } from './graph';
import { POD_NODE_ID } from './layout';
import { kindOf } from './kinds/registry';

export function decorateGraph(graph: DiagramGraph, pod: PodView, findings: readonly Finding[]): DiagramGraph {
  if (findings.length === 0) return graph;
  const onNodes = new Map<string, Finding[]>();
  const onEdges = new Map<string, Finding[]>();
  const injectedNodes = graph.nodes.filter(isInjectedNode);
  const injectedContainers = injectedNodes.map((n) => n.data.container);
  for (const finding of findings) {
    const injected = injectedNodeOf(injectedNodes, injectedContainers, finding);
    if (injected) {
      add(onNodes, injected.id, finding);
      continue;
    }
    const target = findingTarget(finding, pod);
    add(onNodes, nodeOf(graph, target)?.id ?? POD_NODE_ID, finding);
    for (const edge of edgesOf(graph, pod, target)) add(onEdges, edge.id, finding);
  }
  const edgeFindings = new Map([...onEdges].flatMap(([id, list]) => (list.length > 0 ? [[id, edgeSummary(list)] as const] : [])));
  return {
    nodes: graph.nodes.map((node) => withRowFindings(withNodeFindings(node, onNodes.get(node.id)), edgeFindings)),
    edges: graph.edges.map((edge) => withEdgeFindings(edge, edgeFindings.get(edge.id))),
  };
}

function add(map: Map<string, Finding[]>, id: string, finding: Finding): void {
  const list = map.get(id);
  if (list) list.push(finding);
  else map.set(id, [finding]);
}

function containerNode(graph: DiagramGraph, container: ContainerView): DiagramNode | undefined {
  return graph.nodes.find((n) => n.type === 'container' && n.data.container.id === container.id);
}

type InjectedNode = Extract<DiagramNode, { type: 'injected' }>;
const isInjectedNode = (node: DiagramNode): node is InjectedNode => node.type === 'injected';

/** The injected container's node a finding is about (`containers`: the nodes' containers, in order). */
function injectedNodeOf(nodes: readonly InjectedNode[], containers: readonly ContainerView[], finding: Finding): InjectedNode | undefined {
  const target = injectedTarget(finding, containers);
  return target && nodes[containers.indexOf(target)];
}

/** The node a finding is about; undefined for the pod (and for a container that is not drawn). */
function nodeOf(graph: DiagramGraph, target: FindingTarget): DiagramNode | undefined {
  if (target.container) return containerNode(graph, target.container);
  const volume = target.volume;
  return volume && graph.nodes.find((n) => n.type === 'volume' && n.data.volume?.index === volume.index);
}

function edgesOf(graph: DiagramGraph, pod: PodView, target: FindingTarget): DiagramEdge[] {
  const { container, mount, port } = target;
  if (!container) return [];
  if (mount) return graph.edges.filter((e) => e.type === 'mount' && e.data?.container.id === container.id && e.data.mount.index === mount.index);
  if (!port) return [];
  const nodes = portSharers(pod, container, port, target.portField).map((c) => containerNode(graph, c)?.id);
  return graph.edges.filter((e) => e.type === 'default' && nodes.includes(e.target));
}

/**
 * The containers whose localhost edges show the port a finding is about: its own, and
 * for a finding about the port number (the whole port, its containerPort or hostPort)
 * every other container running at the same time that declares the same number and
 * protocol. Init containers that run to completion have exited before the others start.
 */
function portSharers(pod: PodView, container: ContainerView, port: PortView, field: string | number | undefined): ContainerView[] {
  const key = field === 'hostPort' ? 'hostPort' : field === undefined || field === 'containerPort' ? 'containerPort' : undefined;
  if (!key || port[key] === undefined || !runsConcurrently(container)) return [container];
  const same = (p: PortView) => p.protocol === port.protocol && p[key] === port[key];
  return [container, ...pod.containers.filter((c) => c !== container && runsConcurrently(c) && c.ports.some(same))];
}

function withNodeFindings(node: DiagramNode, findings: readonly Finding[] | undefined): DiagramNode {
  const summary = findings && summarize(findings);
  if (!summary) return node;
  return kindOf(node).showsFindings ? withSummary(node, summary) : node;
}

function withSummary(node: DiagramNode, findings: FindingSummary): DiagramNode {
  return { ...node, data: { ...node.data, findings } } as DiagramNode;
}

function edgeSummary(findings: readonly Finding[]): EdgeFindings {
  return { ...summarize(findings)!, rules: [...new Set(findings.map((f) => f.ruleId))] };
}

/** A volume's mount rows show the findings about their mounts, as the edges do. */
function withRowFindings(node: DiagramNode, onEdges: ReadonlyMap<string, EdgeFindings>): DiagramNode {
  if (node.type !== 'volume' || !node.data.mounts.some((row) => onEdges.has(row.edge))) return node;
  const mounts = node.data.mounts.map((row) => {
    const findings = onEdges.get(row.edge);
    return findings ? { ...row, findings } : row;
  });
  return { ...node, data: { ...node.data, mounts } };
}

const isMountEdge = (edge: DiagramEdge): edge is MountEdge => edge.type === 'mount';

function withEdgeFindings(edge: DiagramEdge, findings: EdgeFindings | undefined): DiagramEdge {
  if (!findings || !edge.data) return edge;
  const ariaLabel = `${edge.ariaLabel}; ${findings.severity}: ${findings.rules.join(', ')}`;
  if (isMountEdge(edge)) return { ...edge, ariaLabel, data: edge.data && { ...edge.data, findings } };
  return {
    ...edge,
    ariaLabel,
    // Dotted, and the container's node carries the findings' badge: never colour alone.
    className: `${edge.className ?? ''} network-edge--finding network-edge--${findings.severity}`.trim(),
    data: edge.data && { ...edge.data, findings },
  };
}
