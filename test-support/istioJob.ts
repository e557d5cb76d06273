/**
 * A Job whose pod template asks an injector for its containers: the classic case of a
 * proxy added at admission that keeps a Job from completing. For the tests of every
 * package and of the app.
 */

/** The pod template's spec by default: one container that runs once. */
const WORK = `      restartPolicy: Never
      containers:
      - name: work
        image: example/batch:1.0
        command: ["./run-once"]
`;

/** `annotations`: the template's annotation lines, indented 8; `spec`: its spec lines, indented 6. */
export function jobText(annotations: string, spec = WORK): string {
  return `apiVersion: batch/v1
kind: Job
metadata:
  name: report
spec:
  template:
    metadata:
      annotations:
${annotations}
    spec:
${spec}`;
}

export const ISTIO_JOB = jobText('        sidecar.istio.io/inject: "true"');
