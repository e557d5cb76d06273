import { rule } from '../../src/rules/invalid-sub-path';
import { ruleTester, yaml } from '../ruleTester';

const pod = (mount: string, volume = `{name: data, emptyDir: {}}`) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:
    containers: [{name: app, image: registry.example.com/app:1, volumeMounts: [${mount}]}]
    volumes: [${volume}]`;

const image = `{name: data, image: {reference: "quay.io/crio/artifact:v2"}}`;

ruleTester(rule, {
  valid: [
    { name: 'a relative subPath', yaml: pod(`{name: data, mountPath: /etc/app.conf, subPath: conf/app.conf}`) },
    { name: 'a subPathExpr with a variable', yaml: pod(`{name: data, mountPath: /logs, subPathExpr: $(POD_NAME)}`) },
    { name: 'a subPath on an image volume from 1.33', k8sVersion: '1.33', yaml: pod(`{name: data, mountPath: /models, subPath: llm}`, image) },
    { name: 'dots inside a name are fine', yaml: pod(`{name: data, mountPath: /x, subPath: a..b/c}`) },
  ],
  invalid: [
    { name: 'an absolute subPath', yaml: pod(`{name: data, mountPath: /x, subPath: /etc}`), errors: [{ path: 'spec.containers[0].volumeMounts[0].subPath', message: 'spec.containers[0].volumeMounts[0].subPath: Invalid value: "/etc": must be a relative path' }] },
    { name: 'climbing out with ..', yaml: pod(`{name: data, mountPath: /x, subPathExpr: "../$(POD_NAME)"}`), errors: [{ path: 'spec.containers[0].volumeMounts[0].subPathExpr', message: "must not contain '..'" }] },
    {
      name: 'both subPath and subPathExpr',
      yaml: pod(`{name: data, mountPath: /x, subPath: a, subPathExpr: b}`),
      errors: [{ path: 'spec.containers[0].volumeMounts[0].subPathExpr', message: 'Invalid value: "b": subPathExpr and subPath are mutually exclusive' }],
    },
    { name: 'a subPath on an image volume before 1.33', k8sVersion: '1.32', yaml: pod(`{name: data, mountPath: /models, subPath: llm}`, image), errors: [{ path: 'spec.containers[0].volumeMounts[0].subPath', message: 'not allowed in image volume sources' }] },
  ],
});
