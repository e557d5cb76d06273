/**
 * What a command line runs, and the questions the pod model asks of it: each answer read
 * from the parsed script, so a word that is only an argument decides nothing.
 */
import { describe, expect, it } from 'vitest';
import { executionOf } from '../../src/shell/execution';
import { keepAliveReason, runsForeverReason, statedExitCode, straightSleepSeconds, unboundedWaitReason } from '../../src/pod/command';

const sh = (script: string) => executionOf(['/bin/sh', '-c', script]);
const programs = (argv: readonly string[], files?: (p: string) => string | undefined) => executionOf(argv, files).runs.map((r) => r.program);

describe('executionOf', () => {
  it('a container argv that is no shell is one command', () => {
    expect(executionOf(['envoy', '-c', '/etc/envoy.yaml']).runs).toMatchObject([{ argv: ['envoy', '-c', '/etc/envoy.yaml'], program: 'envoy', background: false, inLoop: false }]);
  });

  it('sh -c scripts are parsed: every command of the script runs, the shell too', () => {
    expect(programs(['bash', '-ec', 'migrate up && curl -fsS -X POST http://localhost:15020/quitquitquit'])).toEqual(['bash', 'migrate', 'curl']);
  });

  it('a folded scalar that joined two lines makes the second an argument of the first', () => {
    // `>` folds "sleep 5\ncurl -X POST ..." into one line: curl is an argument of sleep, nothing calls the endpoint.
    expect(sh('sleep 5 curl -X POST localhost:15000/quitquitquit').runs.slice(1).map((r) => r.argv)).toEqual([['sleep', '5', 'curl', '-X', 'POST', 'localhost:15000/quitquitquit']]);
  });

  it('wrappers are removed: exec, env, nohup, timeout (which bounds what it wraps), tini --', () => {
    expect(sh('exec env A=1 nohup /usr/local/bin/envoy -c x').runs[1]).toMatchObject({ program: 'envoy', bounded: false });
    expect(sh('timeout -s KILL 60 sh -c "until nc -z db 5432; do sleep 1; done"').runs.map((r) => [r.program, r.bounded])).toEqual([
      ['sh', false],
      ['sh', true],
      ['nc', true],
      ['sleep', true],
    ]);
    expect(programs(['/tini', '--', 'fluent-bit', '-c', '/fluent-bit/etc/fluent-bit.conf'])).toEqual(['fluent-bit']);
  });

  it('where each command sits: background, condition, loop', () => {
    const runs = sh('envoy -c e.yaml & if [ -f /ready ]; then app; fi; while true; do sleep 1; done').runs;
    expect(runs.map((r) => [r.program, r.background, r.inCondition, r.inLoop, r.conditional])).toEqual([
      ['sh', false, false, false, false],
      ['envoy', true, false, false, false],
      ['[', false, true, false, false],
      ['app', false, false, false, true],
      ['true', false, true, true, false],
      ['sleep', false, false, true, true],
    ]);
  });

  it('command substitutions run', () => {
    expect(programs(['sh', '-c', 'kill -TERM $(pgrep envoy)'])).toEqual(['sh', 'pgrep', 'kill']);
  });

  it('a script file the container mounts is read when the run has it, and not guessed at otherwise', () => {
    const files = (path: string) => (path === '/scripts/run.sh' ? '#!/bin/sh\nmigrate\npkill envoy\n' : undefined);
    expect(programs(['/bin/sh', '/scripts/run.sh'], files)).toEqual(['sh', 'migrate', 'pkill']);
    expect(programs(['/scripts/run.sh'], files)).toEqual(['run.sh', 'migrate', 'pkill']);
    expect(programs(['/bin/sh', '/scripts/run.sh'])).toEqual(['sh']);
  });

  it('a script that does not parse says so and runs nothing that is guessed', () => {
    const run = sh("echo 'oops; pkill envoy");
    expect(run.unparsed).toBe('unterminated single quote');
    expect(run.runs.map((r) => r.program)).toEqual(['sh']);
  });
});

describe('what a command line says about its run time', () => {
  it('an endless loop: while true with nothing that leaves it', () => {
    expect(runsForeverReason(sh('while true; do date; sleep 5; done'))).toBe('it loops in `while true` with no `break` or `exit`');
    expect(runsForeverReason(sh('while :; do if curl -f x; then break; fi; sleep 1; done'))).toBeUndefined();
    expect(runsForeverReason(sh('while true; do sleep 5; done &\nexec app'))).toBeUndefined();
  });

  it('the word break in an echo is not a break', () => {
    expect(runsForeverReason(sh('while true; do echo "no break here, exit never"; sleep 5; done'))).toBe('it loops in `while true` with no `break` or `exit`');
  });

  it('keep-alive idioms count in the foreground only', () => {
    expect(keepAliveReason(sh('cp /a /b; sleep infinity'))).toBe('it runs `sleep infinity`');
    expect(keepAliveReason(sh('tail -F /var/log/app.log'))).toBe('it follows a file with `tail -f`, which never ends');
    expect(keepAliveReason(sh('tail -f /var/log/app.log & exec app'))).toBeUndefined();
    expect(keepAliveReason(sh('echo sleep infinity'))).toBeUndefined();
  });

  it('an until loop with a per-attempt timeout still waits for ever', () => {
    expect(unboundedWaitReason(sh('until timeout 1 nc -z db 5432; do echo waiting; sleep 2; done'))).toBe('it polls in an `until` loop with no timeout');
  });

  it('a loop with a way out, a counter, or a timeout around it is bounded', () => {
    expect(unboundedWaitReason(sh('until nc -z db 5432; do sleep 2; done'))).toBe('it polls in an `until` loop with no timeout');
    expect(unboundedWaitReason(sh('while ! nc -z db 5432; do sleep 2; done'))).toBe('it polls in a `while !` loop with no timeout');
    expect(unboundedWaitReason(sh('until nc -z db 5432; do i=$((i+1)); [ $i -gt 30 ] && exit 1; sleep 2; done'))).toBeUndefined();
    expect(unboundedWaitReason(sh('n=0; until nc -z db 5432; do n=$((n+1)); sleep 2; done'))).toBeUndefined();
    expect(unboundedWaitReason(executionOf(['timeout', '120', 'sh', '-c', 'until nc -z db 5432; do sleep 2; done']))).toBeUndefined();
    expect(unboundedWaitReason(sh('for i in $(seq 1 30); do nc -z db 5432 && break; sleep 2; done'))).toBeUndefined();
  });

  it('wait-for tools: only those told to wait for ever (wait-for-it waits 15 s by default)', () => {
    expect(unboundedWaitReason(sh('wait-for-it.sh db:5432 -- echo up'))).toBeUndefined();
    expect(unboundedWaitReason(sh('wait-for-it.sh db:5432 -t 0'))).toBe('it runs a wait-for tool with no timeout');
    expect(unboundedWaitReason(executionOf(['k8s-wait-for', 'job', 'migrate']))).toBe('it runs a wait-for tool with no timeout');
  });

  it('straight sleeps add up; a loop makes the time unknown', () => {
    expect(straightSleepSeconds(sh('sleep 5; echo done; sleep 1m'))).toBe(65);
    expect(straightSleepSeconds(sh('while true; do sleep 5; done'))).toBeUndefined();
    expect(straightSleepSeconds(sh('sleep 5 &'))).toBeUndefined();
  });

  it('an exit code is stated only when every path ends with it', () => {
    expect(statedExitCode(sh('sleep 1; exit 1'))).toBe(1);
    expect(statedExitCode(sh('exit -1'))).toBe(255);
    expect(statedExitCode(executionOf(['false']))).toBe(1);
    expect(statedExitCode(sh('sleep 5'))).toBeUndefined();
    expect(statedExitCode(sh('if [ -f x ]; then exit 1; else sleep 120; fi'))).toBeUndefined();
    expect(statedExitCode(sh('for i in 1 2 3; do wget x && exit 0; sleep 10; done; exit 1'))).toBeUndefined();
    expect(statedExitCode(sh('false; sleep 1'))).toBeUndefined();
  });
});
