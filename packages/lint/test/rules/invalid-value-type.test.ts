import { rule } from '../../src/rules/invalid-value-type';
import { ruleTester, yaml } from '../ruleTester';

const pod = (container: string, metadata = '{name: p}') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: ${metadata}
  spec:
    containers:
    - {name: app, image: app:1, ${container}}`;

const QUANTITY = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

ruleTester(rule, {
  valid: [
    {
      name: 'right types: quoted env values, numeric and string quantities, named and numeric ports, a null and an unquoted timestamp',
      yaml: pod(
        'env: [{name: PORT, value: "8080"}, {name: DEBUG, value: "true"}], resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {cpu: 1, memory: 1e9}}, ports: [{name: http, containerPort: 8080}], livenessProbe: {httpGet: {port: http}}, readinessProbe: {tcpSocket: {port: 8080}}',
        '{name: p, creationTimestamp: null, annotations: {expiry: 2020-05-11T22:50:43Z}}',
      ),
    },
    {
      name: 'a custom resource is not checked',
      yaml: yaml`
        apiVersion: example.com/v1
        kind: Widget
        spec: {replicas: "3", memory: 1Gb}`,
    },
  ],
  invalid: [
    {
      name: 'YAML numbers and booleans where strings go',
      yaml: pod('env: [{name: PORT, value: 8080}, {name: DEBUG, value: yes}]', '{name: p, labels: {version: 1.0}}'),
      errors: [
        { path: 'metadata.labels.version', message: 'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string (YAML reads it as a number: quote it to make it a string)' },
        { path: 'spec.containers[0].env[0].value', message: 'json: cannot unmarshal number into Go struct field EnvVar.spec.containers.env.value of type string (YAML reads it as a number: quote it to make it a string)' },
        { path: 'spec.containers[0].env[1].value', message: 'json: cannot unmarshal bool into Go struct field EnvVar.spec.containers.env.value of type string (YAML reads it as a boolean: quote it to make it a string)' },
      ],
    },
    {
      name: 'strings and fractions where integers go, a map where a list goes',
      yaml: pod('ports: [{containerPort: "8080"}], livenessProbe: {periodSeconds: 1.5, exec: {command: [true]}}, args: {a: b}'),
      errors: [
        { path: 'spec.containers[0].ports[0].containerPort', message: 'json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32 (write the number without quotes)' },
        { path: 'spec.containers[0].livenessProbe.periodSeconds', message: 'json: cannot unmarshal number 1.5 into Go struct field Probe.spec.containers.livenessProbe.periodSeconds of type int32' },
        { path: 'spec.containers[0].livenessProbe.exec.command[0]', message: 'json: cannot unmarshal bool into Go struct field ExecAction.spec.containers.livenessProbe.exec.command of type string (YAML reads it as a boolean: quote it to make it a string)' },
        { path: 'spec.containers[0].args', message: 'json: cannot unmarshal object into Go struct field Container.spec.containers.args of type []string' },
      ],
    },
    {
      name: 'quantities that do not parse',
      yaml: pod('resources: {limits: {memory: 1Gb, cpu: 100mi}, requests: {memory: 1.2.3}}'),
      errors: [
        { path: 'spec.containers[0].resources.limits.memory', message: `spec.containers[0].resources.limits.memory: Invalid value: "1Gb": ${QUANTITY}` },
        { path: 'spec.containers[0].resources.limits.cpu', message: 'spec.containers[0].resources.limits.cpu: Invalid value: "100mi": unable to parse quantity\'s suffix' },
        { path: 'spec.containers[0].resources.requests.memory', message: `spec.containers[0].resources.requests.memory: Invalid value: "1.2.3": ${QUANTITY}` },
      ],
    },
    {
      name: 'an int-or-string port written as a string of digits is a port name, and names need a letter',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              containers:
              - name: web
                image: nginx:1.27
                readinessProbe: {httpGet: {path: /, port: "8080"}}
                livenessProbe: {tcpSocket: {port: true}}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec: {ports: [{port: 80, targetPort: "8080"}]}`,
      errors: [
        { path: 'spec.template.spec.containers[0].readinessProbe.httpGet.port', message: 'spec.template.spec.containers[0].readinessProbe.httpGet.port: Invalid value: "8080": must contain at least one letter (a-z) (a port number is written without quotes)' },
        { path: 'spec.template.spec.containers[0].livenessProbe.tcpSocket.port', message: 'json: cannot unmarshal bool into Go value of type int32' },
        { path: 'spec.ports[0].targetPort', message: 'spec.ports[0].targetPort: Invalid value: "8080": must contain at least one letter (a-z) (a port number is written without quotes)', documentIndex: 1 },
      ],
    },
  ],
});
