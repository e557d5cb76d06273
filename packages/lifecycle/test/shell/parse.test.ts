/**
 * The shell parser, one construct per test: what the AST says runs, and the errors it
 * refuses with instead of guessing.
 */
import { describe, expect, it } from 'vitest';
import { parseShell, type Command, type Script } from '../../src/shell/parse';

function script(text: string): Script {
  const parsed = parseShell(text);
  if (!parsed.ok) throw new Error(`did not parse: ${parsed.error}`);
  return parsed.script;
}

/** The commands of a script as words, for simple commands; the node type otherwise. */
function shape(s: Script): unknown[] {
  return s.items.map(({ command, background }) => (background ? { bg: node(command) } : node(command)));
}

function node(c: Command): unknown {
  switch (c.type) {
    case 'simple':
      return c.words.map((w) => w.text);
    case 'pipeline':
      return { pipe: c.commands.map(node), ...(c.negated && { not: true }) };
    case 'and-or':
      return { first: node(c.first), rest: c.rest.map((r) => [r.op, node(r.command)]) };
    case 'subshell':
    case 'group':
      return { [c.type]: shape(c.body) };
    case 'if':
      return { if: c.branches.map((b) => [shape(b.condition), shape(b.body)]), ...(c.otherwise && { else: shape(c.otherwise) }) };
    case 'while':
    case 'until':
      return { [c.type]: shape(c.condition), do: shape(c.body) };
    case 'for':
      return { for: c.variable, in: c.items?.map((w) => w.text), do: shape(c.body) };
    case 'case':
      return { case: c.subject.text, arms: c.arms.map((a) => [a.patterns.map((p) => p.text), shape(a.body)]) };
    case 'function':
      return { function: c.name, body: node(c.body) };
  }
}

describe('parseShell', () => {
  it('simple commands: quotes and escapes removed, expansions kept as written', () => {
    expect(shape(script(`echo 'a b' "c \\"d\\" $HOME" e\\ f`))).toEqual([['echo', 'a b', 'c "d" $HOME', 'e f']]);
  });

  it('assignments before a command are not its words', () => {
    const [item] = script('LANG=C FOO="a b" sort -u').items;
    expect(item?.command).toMatchObject({ type: 'simple', assignments: [{ text: 'LANG=C' }, { text: 'FOO=a b' }], words: [{ text: 'sort' }, { text: '-u' }] });
  });

  it('lists: ; & and newlines separate commands; & runs in the background', () => {
    expect(shape(script('a; b &\nc'))).toEqual([['a'], { bg: ['b'] }, ['c']]);
  });

  it('pipelines, negated pipelines', () => {
    expect(shape(script('ps aux | grep envoy'))).toEqual([{ pipe: [['ps', 'aux'], ['grep', 'envoy']] }]);
    expect(shape(script('! nc -z db 5432'))).toEqual([{ pipe: [['nc', '-z', 'db', '5432']], not: true }]);
  });

  it('&& and ||, continued on the next line', () => {
    expect(shape(script('migrate &&\n  curl -X POST localhost:15020/quitquitquit || true'))).toEqual([
      { first: ['migrate'], rest: [['&&', ['curl', '-X', 'POST', 'localhost:15020/quitquitquit']], ['||', ['true']]] },
    ]);
  });

  it('while and until loops', () => {
    expect(shape(script('while true; do sleep 5; done'))).toEqual([{ while: [['true']], do: [['sleep', '5']] }]);
    expect(shape(script('until nc -z db 5432\ndo\n  sleep 2\ndone'))).toEqual([{ until: [['nc', '-z', 'db', '5432']], do: [['sleep', '2']] }]);
  });

  it('for loops, with and without a word list', () => {
    expect(shape(script('for i in $(seq 1 30); do curl -f x && break; done'))).toEqual([{ for: 'i', in: ['$(seq 1 30)'], do: [{ first: ['curl', '-f', 'x'], rest: [['&&', ['break']]] }] }]);
    expect(shape(script('for f\ndo echo $f; done'))).toEqual([{ for: 'f', in: undefined, do: [['echo', '$f']] }]);
  });

  it('if, elif, else', () => {
    expect(shape(script('if [ -f a ]; then x; elif [ -f b ]; then y; else z; fi'))).toEqual([
      { if: [[[['[', '-f', 'a', ']']], [['x']]], [[['[', '-f', 'b', ']']], [['y']]]], else: [['z']] },
    ]);
  });

  it('case with several patterns per arm', () => {
    expect(shape(script('case "$1" in\n  start|run) exec app ;;\n  *) echo usage ;;\nesac'))).toEqual([{ case: '$1', arms: [[['start', 'run'], [['exec', 'app']]], [['*'], [['echo', 'usage']]]] }]);
  });

  it('subshells and brace groups', () => {
    expect(shape(script('(cd /app && make) ; { echo a; echo b; }'))).toEqual([{ subshell: [{ first: ['cd', '/app'], rest: [['&&', ['make']]] }] }, { group: [['echo', 'a'], ['echo', 'b']] }]);
  });

  it('command substitutions, $(...) and backticks, are parsed in turn', () => {
    const [item] = script('kill $(pgrep envoy) `pidof fluent-bit`').items;
    const words = item?.command.type === 'simple' ? item.command.words : [];
    expect(words.map((w) => w.substitutions.map(shape))).toEqual([[], [[['pgrep', 'envoy']]], [[['pidof', 'fluent-bit']]]]);
  });

  it('arithmetic $((...)) is a word, not a command', () => {
    const [item] = script('i=$((i+1))').items;
    expect(item?.command).toMatchObject({ type: 'simple', assignments: [{ text: 'i=$((i+1))', substitutions: [] }], words: [] });
  });

  it('function definitions', () => {
    expect(shape(script('stop() { curl -X POST localhost:15000/quitquitquit; }\nstop'))).toEqual([{ function: 'stop', body: { group: [['curl', '-X', 'POST', 'localhost:15000/quitquitquit']] } }, ['stop']]);
  });

  it('comments, line continuations and redirections', () => {
    expect(shape(script('# set up\nexec envoy \\\n  -c /etc/envoy.yaml 2>&1 > /dev/null # run'))).toEqual([['exec', 'envoy', '-c', '/etc/envoy.yaml']]);
  });

  it('here-document bodies are data, not commands', () => {
    expect(shape(script('cat > /etc/app.conf <<EOF\nkill 1\nEOF\nexec app'))).toEqual([['cat'], ['exec', 'app']]);
  });

  it('reserved words are words where they are arguments, and quoted', () => {
    expect(shape(script('echo done; "if"'))).toEqual([['echo', 'done'], ['if']]);
  });

  it('refuses what does not parse, and says where', () => {
    expect(parseShell("echo 'unterminated")).toEqual({ ok: false, error: 'unterminated single quote', at: 5 });
    expect(parseShell('while true; do sleep 1')).toMatchObject({ ok: false, error: 'expected "done" before the end' });
    expect(parseShell('a && ')).toMatchObject({ ok: false, error: 'a command is missing at the end' });
    expect(parseShell('echo $(date')).toMatchObject({ ok: false, error: 'unterminated $(' });
  });

  it('refuses nesting deeper than 64 substitutions instead of exhausting the stack', () => {
    const deep = `${'echo $('.repeat(70)}x${')'.repeat(70)}`;
    expect(parseShell(deep)).toMatchObject({ ok: false, error: expect.stringContaining('nested too deeply') });
  });
});
