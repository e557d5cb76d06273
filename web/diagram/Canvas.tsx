import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import {
  Background,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnMoveEnd,
  type OnMoveStart,
  type OnNodeDrag,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { Edit, Lane, PodView } from '@podsmith/manifest';
import { usePodsmith } from '../store/store';
import { loadViewport, saveViewport } from '../store/persistence';
import { useTheme } from '../app/theme/useTheme';
import { findingsOfPod } from '../store/findings';
import { injectedOf } from '../store/injected';
import { draggedTemplateKind, droppedTemplate } from '../palette/dnd';
import type { DiagramEdge, DiagramGraph, DiagramNode } from './graph';
import { layoutPod, POD_NODE_ID } from './layout';
import { decorateGraph } from './decorate';
import { shareGraph } from './share';
import { centerOf, laneAt } from './drop';
import { mountEdit, mountRequest, moveEdit, removalEdit, type MountRequest } from './edits';
import { injectedNotice, isDeleteKey, isMountKey, isMoveKey, keyboardMountRequest, keyboardMoveEdit } from './keyboard';
import { acceptsTemplate, templateDropEdit } from './templateDrop';
import { elementSelection, sameSelection, selectionAfter, selectionChanges, viewEdges, viewNodes, withDrag, type Drag, type SelectionChange } from './view';
import { DiagramActionsContext, type DiagramActions } from './actions';
import { NODE_TYPES } from './kinds/registry';
import { EDGE_TYPES } from './kinds/edges';
import { MountDialog } from './MountDialog';
import { FitIcon } from './FitIcon';
import { drawingBounds, viewportToShow, type ViewLimits } from './viewport';

const HELP = {
  node: 'Press Enter to select. Press Delete to remove. On a container, the arrow keys move it: left and right within its lane, up and down to another lane; M mounts a volume into it.',
  edge: 'Press Enter to select. Press Delete to unmount.',
};

/** How the pod is shown whole: the zoom's range, a margin around it, and a short animation when it grows or shrinks. */
const VIEW: ViewLimits = { minZoom: 0.2, maxZoom: 2, padding: 0.04 };
const FIT_DURATION = 200;

/**
 * Below this zoom a node's × buttons would be under 10 px on screen: too small to hit
 * (WCAG 2.5.8 asks 24 px), and packed in a volume's mount rows. They are not drawn
 * then; Delete on the selected node or edge removes it, and zooming in brings them back.
 */
const FAR_ZOOM = 0.5;
const isFar = (state: { transform: [number, number, number] }) => state.transform[2] < FAR_ZOOM;

const ARIA_LABELS = {
  'node.a11yDescription.default': HELP.node,
  'node.a11yDescription.keyboardDisabled': HELP.node,
  'edge.a11yDescription.default': HELP.edge,
};

interface Props {
  readonly pod: PodView;
  /** The YAML has errors: show the last good pod, refuse every edit. */
  readonly locked: boolean;
}

/**
 * The diagram's React Flow part, loaded lazily by Diagram.tsx: React Flow is not part of
 * the first load (see e2e/bundle.spec.ts).
 */
export default function DiagramCanvas(props: Props) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}

/** The graph, sharing the previous render's objects wherever nothing changed (share.ts). */
function useSharedGraph(graph: DiagramGraph): DiagramGraph {
  // React's "adjust state when a prop changes" pattern: no ref read during render.
  const [state, setState] = useState({ source: graph, shared: graph });
  if (state.source !== graph) {
    const next = { source: graph, shared: shareGraph(state.shared, graph) };
    setState(next);
    return next.shared;
  }
  return state.shared;
}

/**
 * The React Flow canvas: a projection of the store's PodView. React Flow never owns
 * the diagram's state; each gesture becomes one Edit for the store, and the text it
 * produces comes back here as a new layout. Only the position of a node being dragged
 * is held locally, until the drag ends. The linter's findings about the pod are drawn
 * on its nodes and edges (decorateGraph).
 */
function Canvas({ pod, locked }: Props) {
  const selection = usePodsmith((s) => s.selection);
  const dispatch = usePodsmith((s) => s.dispatch);
  const select = usePodsmith((s) => s.select);
  const showMessage = usePodsmith((s) => s.showMessage);
  const { screenToFlowPosition, setViewport } = useReactFlow();
  const colorMode = useTheme((s) => s.theme);
  const far = useStore(isFar);
  const wrapper = useRef<HTMLDivElement>(null);

  const lint = usePodsmith((s) => s.lint);
  const k8sVersion = usePodsmith((s) => s.k8sVersion);
  const injected = injectedOf(pod, k8sVersion);
  const graph = useMemo(() => layoutPod(pod, injected), [pod, injected]);
  const findings = useMemo(() => (lint ? findingsOfPod(lint.findings, pod.ref) : []), [lint, pod.ref]);
  const decorated = useSharedGraph(useMemo(() => decorateGraph(graph, pod, findings), [graph, pod, findings]));
  const [drag, setDrag] = useState<Drag>();
  const [dropLane, setDropLane] = useState<Lane>();
  const [pendingMount, setPendingMount] = useState<MountRequest>();

  const shown = useMemo(() => viewNodes(decorated.nodes, { selection, locked, dropLane }), [decorated.nodes, selection, locked, dropLane]);
  const nodes = useMemo(() => withDrag(shown, drag), [shown, drag]);
  const edges = useMemo(() => viewEdges(decorated.edges, { selection, locked }), [decorated.edges, selection, locked]);

  // The handlers below and showPod read the graph when they run, not when they are made,
  // so they keep their identity across edits. A new handler is a prop change: React Flow
  // would update its store and re-run every node's and edge's selector, and the delete
  // buttons (which read `actions` from context) would all re-render, on every keystroke.
  const latestGraph = useRef(graph);
  useLayoutEffect(() => {
    latestGraph.current = graph;
  }, [graph]);

  /** Show the whole pod, or its start when it is too large for the smallest zoom (viewport.ts). */
  const showPod = useCallback(
    (duration?: number) => {
      const element = wrapper.current;
      if (!element || element.clientWidth === 0 || element.clientHeight === 0) return; // hidden: the resize observer shows it later
      const pane = { width: element.clientWidth, height: element.clientHeight };
      void setViewport(viewportToShow(drawingBounds(latestGraph.current), pane, VIEW), { duration });
    },
    [setViewport],
  );

  // Until the user pans or zooms, the pod stays fitted when it grows or shrinks and when
  // the canvas changes size (a divider moved, the window resized); after that, their view
  // is theirs, kept per document across edits and reloads. The fit button fits it again.
  const documentKey = viewportKey(pod);
  const saved = useMemo(() => loadViewport(documentKey), [documentKey]);
  const fitted = useRef(saved === undefined);
  // The overview (minimap) shows once the user has taken the view: a fitted pod needs none.
  const [movedIn, setMovedIn] = useState(saved ? documentKey : undefined);

  useEffect(() => {
    fitted.current = saved === undefined;
    if (saved) void setViewport(saved);
  }, [saved, setViewport]);

  // Fit when the drawing's bounds change (not on every edit), unless the view is the user's.
  const frame = graph.nodes.find((n) => n.id === POD_NODE_ID);
  const references = graph.nodes.filter((n) => n.type === 'reference').length;
  useEffect(() => {
    if (fitted.current) showPod(FIT_DURATION);
  }, [showPod, frame?.width, frame?.height, references]);

  const takeView = useCallback(() => {
    fitted.current = false;
    setMovedIn(documentKey);
  }, [documentKey]);
  const onMoveStart = useCallback<OnMoveStart>(
    (event) => {
      if (event) takeView(); // null: a move of ours, not the user's
    },
    [takeView],
  );
  const onMoveEnd = useCallback<OnMoveEnd>(
    (_event, viewport) => {
      if (!fitted.current) saveViewport(documentKey, viewport);
    },
    [documentKey],
  );
  const onFitView = useCallback(() => {
    fitted.current = true;
    setMovedIn(undefined);
    saveViewport(documentKey, undefined);
    showPod(FIT_DURATION);
  }, [documentKey, showPod]);
  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      if (fitted.current) showPod();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [showPod]);

  const edit = useCallback((e: Edit | undefined) => e !== undefined && !locked && dispatch(e), [dispatch, locked]);

  const applySelection = useCallback(
    (changes: readonly SelectionChange[]) => {
      if (changes.length === 0) return;
      const current = usePodsmith.getState().selection;
      const next = selectionAfter(current, changes);
      if (!sameSelection(current, next)) select(next);
    },
    [select],
  );

  const actions = useMemo<DiagramActions>(
    () => ({
      remove(id) {
        const current = latestGraph.current;
        if (!edit(removalEdit(current, id))) return false;
        const removed = elementSelection(current, id);
        if (removed && sameSelection(usePodsmith.getState().selection, removed)) select(undefined);
        return true;
      },
    }),
    [edit, select],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<DiagramNode>[]) => {
      for (const change of changes) {
        // Only a pointer drag moves a node; the text decides where it rests.
        if (change.type === 'position' && change.dragging && change.position) setDrag({ id: change.id, position: change.position });
      }
      applySelection(selectionChanges(latestGraph.current, changes));
    },
    [applySelection],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<DiagramEdge>[]) => applySelection(selectionChanges(latestGraph.current, changes)), [applySelection]);

  const onNodeDrag = useCallback<OnNodeDrag<DiagramNode>>((_event, node) => setDropLane(laneAt(latestGraph.current, centerOf(node))), []);

  const onNodeDragStop = useCallback<OnNodeDrag<DiagramNode>>(
    (_event, node) => {
      setDrag(undefined);
      setDropLane(undefined);
      edit(moveEdit(latestGraph.current, node.id, centerOf(node)));
    },
    [edit],
  );

  const isValidConnection = useCallback((c: Connection | DiagramEdge) => mountRequest(latestGraph.current, c.source, c.target) !== undefined, []);
  const onConnect = useCallback((c: Connection) => setPendingMount(mountRequest(latestGraph.current, c.source, c.target)), []);

  const onDragOver = (event: DragEvent) => {
    const kind = draggedTemplateKind([...event.dataTransfer.types]);
    if (!kind || locked) return; // not prevented: the browser shows the drop is refused
    const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    setDropLane(kind === 'container' ? laneAt(graph, point) : undefined);
    if (!acceptsTemplate(graph, kind, point)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };

  const onDrop = (event: DragEvent) => {
    setDropLane(undefined);
    const dropped = droppedTemplate(event.dataTransfer);
    if (!dropped) return;
    event.preventDefault();
    edit(templateDropEdit(graph, pod, dropped, screenToFlowPosition({ x: event.clientX, y: event.clientY })));
  };

  const onDragLeave = (event: DragEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropLane(undefined);
  };

  // Capture phase: React Flow's own node handler would otherwise move the node by a few pixels on arrow keys.
  const onKeyDownCapture = (event: KeyboardEvent) => {
    const element = (event.target as Element).closest('.react-flow__node, .react-flow__edge');
    const id = element?.getAttribute('data-id');
    if (!id || event.altKey || event.ctrlKey || event.metaKey) return;
    if (isDeleteKey(event.key)) {
      event.preventDefault();
      event.stopPropagation();
      const notice = injectedNotice(graph, id);
      if (notice) showMessage({ tone: 'info', text: notice });
      // The focused element is gone; keep focus in the diagram rather than losing it to the page.
      else if (actions.remove(id)) wrapper.current?.focus();
    } else if (isMountKey(event.key) && !locked && element?.classList.contains('react-flow__node-container')) {
      event.preventDefault();
      event.stopPropagation();
      const request = keyboardMountRequest(graph, id);
      if (request) setPendingMount(request);
      else showMessage({ tone: 'warning', text: 'The pod has no volume to mount: add one from the palette or in the YAML.' });
    } else if (isMoveKey(event.key) && element?.classList.contains('react-flow__node')) {
      event.preventDefault();
      event.stopPropagation();
      if (edit(keyboardMoveEdit(graph, id, event.key))) refocus(wrapper.current, id);
    }
  };

  return (
    <DiagramActionsContext.Provider value={actions}>
      <div className="diagram__canvas" ref={wrapper} tabIndex={-1} onKeyDownCapture={onKeyDownCapture}>
        <ReactFlow<DiagramNode, DiagramEdge>
          aria-label={`Diagram of ${pod.workload.kind} ${pod.workload.name}`}
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          isValidConnection={isValidConnection}
          onDragOver={onDragOver}
          onDrop={onDrop}
          onDragLeave={onDragLeave}
          onMoveStart={onMoveStart}
          onMoveEnd={onMoveEnd}
          nodesDraggable={!locked}
          nodesConnectable={!locked}
          // Deleting is an Edit on the text, never React Flow's own removal; one selection at a time.
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          ariaLabelConfig={ARIA_LABELS}
          minZoom={VIEW.minZoom}
          maxZoom={VIEW.maxZoom}
          colorMode={colorMode}
          className={far ? 'diagram--far' : undefined}
        >
          <Background />
          {/* Fit View is ours: React Flow's centres a pod too large to fit, and shows its empty middle. */}
          <Controls showInteractive={false} showFitView={false} onZoomIn={takeView} onZoomOut={takeView}>
            <ControlButton className="react-flow__controls-fitview" onClick={onFitView} title="Fit View" aria-label="Fit View">
              <FitIcon />
            </ControlButton>
          </Controls>
          {movedIn === documentKey && <MiniMap pannable zoomable ariaLabel="Overview of the pod diagram" nodeClassName={miniMapClass} />}
        </ReactFlow>
      </div>
      {pendingMount && (
        <MountDialog
          request={pendingMount}
          onCancel={() => setPendingMount(undefined)}
          onConfirm={(answer) => {
            setPendingMount(undefined);
            edit(mountEdit(pendingMount, answer));
          }}
        />
      )}
    </DiagramActionsContext.Provider>
  );
}

/** Which document a saved view belongs to: the workload, wherever it sits in the file. */
function viewportKey(pod: PodView): string {
  return `${pod.workload.kind}/${pod.workload.namespace ?? ''}/${pod.workload.name}`;
}

/** The minimap draws each node by its type (diagram.css). */
const miniMapClass = (node: DiagramNode): string => `minimap-node minimap-node--${node.type}`;

/** After a keyboard move the node is re-rendered in its new place; put focus back on it. */
function refocus(root: HTMLElement | null, id: string): void {
  requestAnimationFrame(() => root?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus());
}
