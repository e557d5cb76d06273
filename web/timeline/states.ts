/**
 * Container states in words and patterns: the timeline's bars, its legend and the
 * diagram's state chips all say a state with these, never with a colour alone.
 */
import type { ContainerState } from '@podsmith/lifecycle';

/** In the order a container goes through them: the legend's order. */
export const STATES: readonly ContainerState[] = ['waiting', 'starting', 'running', 'ready', 'terminating', 'exited', 'back-off', 'killed'];

export const STATE_WORD: Readonly<Record<ContainerState, string>> = {
  waiting: 'waiting',
  starting: 'starting',
  running: 'running',
  ready: 'ready',
  terminating: 'terminating',
  exited: 'exited',
  killed: 'killed',
  'back-off': 'back-off',
};

/** What each state means, for the legend's tooltips and the chips' titles. */
export const STATE_MEANING: Readonly<Record<ContainerState, string>> = {
  waiting: 'declared, waiting for the containers before it',
  starting: 'process started; its startupProbe or postStart hook has not passed yet',
  running: 'running',
  ready: 'running, and its readinessProbe passes',
  terminating: 'told to stop (preStop hook or SIGTERM), not gone yet',
  exited: 'exited by itself or after SIGTERM',
  killed: 'killed with SIGKILL at the grace-period deadline',
  'back-off': 'exited or killed by a failing probe; the kubelet waits (back-off) before it starts it again',
};
