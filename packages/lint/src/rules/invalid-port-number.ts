/**
 * invalid-port-number: a containerPort that is missing or outside 1-65535, a hostPort outside
 * it, a protocol other than TCP, UDP or SCTP (validateContainerPorts, IsValidPortNum).
 */
import { PORT_PROTOCOLS, PORT_RANGE_ERROR } from '@podsmith/manifest';
import { containerFinding, isOutOfPortRange } from '../api-validity';
import { apiError } from '../messages';
import { arrayOr, recordOr, stringOr } from '@podsmith/lifecycle';
import type { RawFinding, Rule } from '../types';

/** sets.List(supportedPortProtocols): sorted. */
const SUPPORTED: readonly string[] = [...PORT_PROTOCOLS].sort();

export const rule: Rule = {
  id: 'invalid-port-number',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'A port without containerPort, a containerPort or hostPort outside 1-65535, or a protocol other than TCP, UDP or SCTP.',
    why: 'validateContainerPorts rejects the object: containerPort is required ("Required value"), both numbers must be valid port numbers, and the protocol (TCP when omitted) must be one the kubelet can bind.',
    fix: 'Use a port between 1 and 65535 (ports below 1024 need privileges in the container), and TCP, UDP or SCTP in capitals.',
    link: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  },
  check(pod, ctx) {
    return pod.containers.flatMap((c) =>
      arrayOr(c.spec.ports).flatMap((raw, i): RawFinding[] => {
        const port = recordOr(raw) ?? {};
        const at = (key: string, message: (p: string) => string) => containerFinding(c, [...c.path, 'ports', i, key], message, ctx);
        const findings: RawFinding[] = [];
        const containerPort = port.containerPort;
        // A non-number is a decoding error, which kubectl reports before validation.
        if (containerPort === undefined || containerPort === null || containerPort === 0) findings.push(at('containerPort', (p) => apiError.required(p)));
        else if (isOutOfPortRange(containerPort)) findings.push(at('containerPort', (p) => apiError.invalid(p, containerPort as number, PORT_RANGE_ERROR)));
        const hostPort = port.hostPort;
        if (isOutOfPortRange(hostPort) && hostPort !== 0) findings.push(at('hostPort', (p) => apiError.invalid(p, hostPort as number, PORT_RANGE_ERROR)));
        const protocol = stringOr(port.protocol);
        if (protocol && !SUPPORTED.includes(protocol)) findings.push(at('protocol', (p) => apiError.notSupported(p, protocol, SUPPORTED)));
        return findings;
      }),
    );
  },
};
