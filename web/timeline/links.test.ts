import { describe, expect, it } from 'vitest';
import type { Finding } from '@podsmith/lint';
import { podOf } from '../diagram/testPods';
import { findingForProblem, problemForFinding, shownProblemForFinding } from './links';
import { JOB_REGULAR_HELPER, LOG_SHIPPER_REGULAR } from './testSimulations';

const POD = podOf(`apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: nginx:1.27
  - name: fluent-bit
    image: fluent/fluent-bit:3.1
`);

const finding = (ruleId: string, container: string | undefined, index: number, id = `${ruleId}:${index}`): Finding => ({
  id,
  ruleId,
  severity: 'warning',
  category: 'lifecycle',
  message: ruleId,
  path: container === undefined ? ['spec'] : ['spec', 'containers', index],
  documentIndex: 0,
  pod: POD.ref,
  fixable: true,
  suggestions: [],
  ...(container === undefined ? {} : { container }),
});

const [LOST] = LOG_SHIPPER_REGULAR.problems;

describe('findingForProblem', () => {
  it('is the finding of the same rule about the container the problem is about', () => {
    const findings = [finding('missing-resources', 'fluent-bit', 1), finding('log-shipper-not-native', 'app', 0, 'about app'), finding('log-shipper-not-native', 'fluent-bit', 1, 'about fluent-bit')];
    expect(findingForProblem(LOST!, findings, POD)?.id).toBe('about fluent-bit');
  });

  it('takes a finding about another container the problem involves, or about the pod, when that is all there is', () => {
    expect(findingForProblem(LOST!, [finding('log-shipper-not-native', 'app', 0)], POD)?.container).toBe('app');
    expect(findingForProblem(LOST!, [finding('log-shipper-not-native', undefined, 0)], POD)?.ruleId).toBe('log-shipper-not-native');
  });

  it('is undefined without a finding of the rule, or of another pod', () => {
    expect(findingForProblem(LOST!, [finding('missing-resources', 'fluent-bit', 1)], POD)).toBeUndefined();
    const elsewhere = { ...finding('log-shipper-not-native', 'fluent-bit', 1), pod: { documentIndex: 1, specPath: ['spec'] } };
    expect(findingForProblem(LOST!, [elsewhere], POD)).toBeUndefined();
  });
});

describe('problemForFinding', () => {
  it('is the index of the problem of the same rule about the finding’s container', () => {
    expect(problemForFinding(finding('log-shipper-not-native', 'fluent-bit', 1), LOG_SHIPPER_REGULAR.problems, POD)).toBe(0);
  });

  it('is -1 for a finding the timeline has nothing about', () => {
    expect(problemForFinding(finding('missing-resources', 'fluent-bit', 1), LOG_SHIPPER_REGULAR.problems, POD)).toBe(-1);
  });
});

describe('shownProblemForFinding', () => {
  it('is the problem’s index when the timeline draws its phase, else -1', () => {
    const lost = finding('log-shipper-not-native', 'fluent-bit', 1);
    expect(shownProblemForFinding(lost, LOG_SHIPPER_REGULAR, POD)).toBe(0);
    // A Job draws its completion: a problem of its deletion is not on the timeline.
    const job = { ...JOB_REGULAR_HELPER, problems: [LOG_SHIPPER_REGULAR.problems[0]!] };
    expect(shownProblemForFinding(lost, job, POD)).toBe(-1);
  });
});
