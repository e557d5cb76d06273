import { rule } from '../../src/rules/invalid-volume-projection';
import { ruleTester, yaml } from '../ruleTester';

const pod = (volume: string) => `${yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:
    containers: [{name: app, image: registry.example.com/app:1}]
    volumes:
`}${volume}\n`;

ruleTester(rule, {
  valid: [
    { name: 'octal 0644 the way kubectl reads it (YAML 1.1)', yaml: pod(`    - {name: c, configMap: {name: c, defaultMode: 0644}}`) },
    { name: 'decimal 420', yaml: pod(`    - {name: c, secret: {secretName: s, defaultMode: 420, items: [{key: tls.crt, path: certs/tls.crt, mode: 0400}]}}`) },
    {
      name: 'projected sources writing different paths, a long-lived token',
      yaml: pod(`    - name: p
      projected:
        sources:
        - configMap: {name: a, items: [{key: a, path: a.conf}]}
        - secret: {name: b, items: [{key: b, path: b.conf}]}
        - serviceAccountToken: {path: token, expirationSeconds: 3600}`),
    },
    { name: 'downward API items have no key', yaml: pod(`    - {name: d, downwardAPI: {items: [{path: labels, fieldRef: {fieldPath: metadata.labels}}]}}`) },
  ],
  invalid: [
    {
      name: 'a mode written in decimal but meant as octal',
      yaml: pod(`    - {name: c, configMap: {name: c, defaultMode: 644}}`),
      errors: [{ path: 'spec.volumes[0].configMap.defaultMode', message: 'spec.volumes[0].configMap.defaultMode: Invalid value: 644: must be a number between 0 and 0777 (octal), both inclusive' }],
    },
    {
      name: 'items without key or path, and paths that leave the volume',
      yaml: pod(`    - {name: s, secret: {secretName: s, items: [{path: a}, {key: b}, {key: c, path: /etc/c}, {key: d, path: ../d}]}}`),
      errors: [
        { path: 'spec.volumes[0].secret.items[0].key', message: 'spec.volumes[0].secret.items[0].key: Required value' },
        { path: 'spec.volumes[0].secret.items[1].path', message: 'Required value' },
        { path: 'spec.volumes[0].secret.items[2].path', message: 'Invalid value: "/etc/c": must be a relative path' },
        { path: 'spec.volumes[0].secret.items[3].path', message: "must not contain '..'" },
        { path: 'spec.volumes[0].secret.items[3].path', message: "must not start with '..'" },
      ],
    },
    {
      name: 'two projected sources writing one path, two types in one source, a short-lived token',
      yaml: pod(`    - name: p
      projected:
        sources:
        - configMap: {name: a, items: [{key: a, path: app.conf}]}
        - secret: {name: b, items: [{key: b, path: app.conf}]}
          serviceAccountToken: {path: token, expirationSeconds: 300}`),
      errors: [
        { path: 'spec.volumes[0].projected.sources[1]', message: 'Forbidden: may not specify more than 1 volume type per source' },
        { path: 'spec.volumes[0].projected.sources[1].secret.items[0].path', message: 'spec.volumes[0].projected: Invalid value: "b": conflicting duplicate paths' },
        { path: 'spec.volumes[0].projected.sources[1].serviceAccountToken.expirationSeconds', message: 'Invalid value: 300: may not specify a duration less than 10 minutes' },
      ],
    },
  ],
});
