import { Dialog } from '../app/Dialog';
import { useHelp } from './helpState';
import { Keys } from './Keys';
import { SHORTCUTS } from './shortcuts';

/** The three lanes of the diagram, in a learner's words, each with an example. */
const LANES = [
  {
    name: 'Init containers',
    what: 'run one after another, each to the end, before anything else starts. Use one for a step that must be done first.',
    example: 'wait-for-db: loops until the database answers, then exits, and only then does the app start.',
  },
  {
    name: 'Sidecars (native, Kubernetes 1.29+)',
    what: 'start before the app and keep running beside it; they are stopped only after the app has exited. In the YAML they are init containers with restartPolicy: Always.',
    example: 'a log shipper (Fluent Bit): it is still there to send the app’s last log lines when the pod shuts down.',
  },
  {
    name: 'Main containers',
    what: 'the work the pod exists for. They start together once the init containers are done and the sidecars have started.',
    example: 'the app: a web server, an API, a worker.',
  },
] as const;

/** The help panel: the lanes, the keyboard shortcuts, and how findings and fixes work. */
export function HelpDialog() {
  const open = useHelp((s) => s.open);
  const hide = useHelp((s) => s.hide);
  return (
    <Dialog open={open} title="Help" onClose={hide}>
      <div className="help">
        <button type="button" className="help__close" onClick={hide}>
          Close help
        </button>
        <section aria-labelledby="help-lanes">
          <h3 id="help-lanes">The lanes of the diagram</h3>
          <p>A pod is a group of containers that share the network (one localhost) and the volumes they mount. Where a container sits says when it runs:</p>
          <dl className="help__lanes">
            {LANES.map((lane) => (
              <div key={lane.name}>
                <dt>{lane.name}</dt>
                <dd>
                  {lane.what} <em>Example:</em> {lane.example}
                </dd>
              </div>
            ))}
          </dl>
          <p>Drag a template from the palette onto a lane, drag a container to another lane, or drag from a container to a volume to mount it. Every change is also written in the YAML, and Undo takes it back.</p>
        </section>
        <section aria-labelledby="help-findings">
          <h3 id="help-findings">Findings and fixes</h3>
          <ul>
            <li>
              The linter checks the pod on every change, for the Kubernetes version chosen in the toolbar. Each finding has a severity, shown by a symbol and a word, not only a colour: ✖ <strong>error</strong> (the API
              server rejects it, or the pod cannot work), ▲ <strong>warning</strong> (it works, but it will hurt), ℹ <strong>info</strong> (worth knowing).
            </li>
            <li>Open a finding’s summary to read <strong>why</strong> it matters, how to fix it, and where that comes from. Clicking its message shows the container in the diagram and the lines in the YAML.</li>
            <li>
              A <strong>Fix</strong> button changes only the lines the finding is about, as one step you can undo. Where there is no button, the fix is a suggestion: make it yourself in the diagram, the inspector or the YAML.
            </li>
            <li>
              To accept a finding on purpose, add an annotation to the workload’s metadata, with your reason as the value:{' '}
              <code>podsmith.dev/ignore-&lt;rule-id&gt;: &quot;why this is fine here&quot;</code> (the rule id is shown under each finding). An annotation without a reason does not count.
            </li>
          </ul>
        </section>
        <section aria-labelledby="help-keys">
          <h3 id="help-keys">Keyboard shortcuts</h3>
          {SHORTCUTS.map((group) => (
            <table key={group.where} className="help__keys">
              <caption>{group.where}</caption>
              <thead>
                <tr>
                  <th scope="col">Keys</th>
                  <th scope="col">What they do</th>
                </tr>
              </thead>
              <tbody>
                {group.shortcuts.map((shortcut) => (
                  <tr key={shortcut.does}>
                    <td>
                      {shortcut.keys.map((combo, i) => (
                        <span key={combo}>
                          {i > 0 && ' or '}
                          <Keys combo={combo} />
                        </span>
                      ))}
                    </td>
                    <td>{shortcut.does}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </section>
      </div>
    </Dialog>
  );
}
