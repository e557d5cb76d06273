/**
 * The simulation as plain text: the events in order, numbered as the timeline's steps,
 * the problems and the assumptions the user changed. What "Copy events" puts on the
 * clipboard for a ticket, and what the event list shows.
 */
import type { Phase, PhaseKind, Simulation } from '@podsmith/lifecycle';
import type { PodView } from '@podsmith/manifest';
import { podTitle } from '../diagram/labels';
import { tickText } from './scale';
import { assumptionFields, valueWords } from './assumptions';
import { shownProblems } from './problems';

/** `Deployment web, Kubernetes 1.33`: what a timeline is of (the chart's name, the copied text's first line). */
export function timelineTitle(pod: PodView, k8sVersion: string): string {
  return `${podTitle(pod)}, Kubernetes ${k8sVersion}`;
}

export const PHASE_HEADING: Readonly<Record<PhaseKind, string>> = {
  startup: 'Startup (seconds since the pod was scheduled)',
  termination: 'Termination (T: the pod is deleted)',
  completion: 'Completion',
};

/** `1. 0 s: "app" starts.`, numbered from `first`. */
function phaseLines(phase: Phase, first: number): string[] {
  const lines = phase.events.map((e, i) => `${first + i}. ${tickText(phase.kind, e.at)}: ${e.text}`);
  if (phase.end === undefined) lines.push(`(never ends)`);
  return lines;
}

export function eventsText(simulation: Simulation, title: string): string {
  const { startup, shutdown, notes } = simulation;
  const problems = shownProblems(simulation).map((p) => p.problem);
  const lines = [title, '', PHASE_HEADING[startup.kind], ...phaseLines(startup, 1), '', PHASE_HEADING[shutdown.kind], ...phaseLines(shutdown, startup.events.length + 1)];
  if (problems.length > 0) lines.push('', 'Problems', ...problems.map((p) => `- ${p.text}${p.rule ? ` (${p.rule})` : ''}`));
  const changed = assumptionFields(simulation.assumptions).filter((f) => f.assumption.source === 'user');
  if (changed.length > 0) lines.push('', 'Assumptions changed by hand', ...changed.map((f) => `- ${f.label}: ${valueWords(f)}`));
  if (notes.length > 0) lines.push('', 'Notes', ...notes.map((n) => `- ${n}`));
  return `${lines.join('\n')}\n`;
}
