/**
 * The command line's paths → the inputs to lint. A directory is searched recursively for
 * .yaml and .yml files (in name order, skipping node_modules and dot-folders); a file
 * named on the command line is linted whatever its extension; `-` is stdin.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Input = { readonly kind: 'stdin' } | { readonly kind: 'file'; readonly path: string };

/** A path that could not be expanded, and why. */
export interface PathError {
  readonly file: string;
  readonly reason: string;
}

export interface Expansion {
  readonly inputs: readonly Input[];
  readonly errors: readonly PathError[];
}

const MANIFEST_EXTENSIONS = /\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** Paths are reported as given (joined with the names found under a directory); `cwd` resolves them. */
export function expandPaths(paths: readonly string[], cwd: string): Expansion {
  const inputs: Input[] = [];
  const errors: PathError[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ kind: 'file', path });
  };

  for (const path of paths) {
    if (path === '-') {
      if (!seen.has('-')) inputs.push({ kind: 'stdin' });
      seen.add('-');
      continue;
    }
    try {
      if (statSync(resolve(cwd, path)).isDirectory()) walk(path, cwd, add, new Set());
      else add(path);
    } catch (error) {
      errors.push({ file: path, reason: reasonOf(error) });
    }
  }
  return { inputs, errors };
}

function walk(dir: string, cwd: string, add: (path: string) => void, visited: Set<string>): void {
  const real = realpathSync(resolve(cwd, dir));
  if (visited.has(real)) return; // a symlink back up the tree
  visited.add(real);
  const entries = readdirSync(resolve(cwd, dir)).sort();
  for (const name of entries) {
    const path = join(dir, name);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(resolve(cwd, path)).isDirectory();
    } catch {
      continue; // a dangling symlink found by the search is not the user's mistake
    }
    if (isDirectory) {
      if (!name.startsWith('.') && !SKIPPED_FOLDERS.has(name)) walk(path, cwd, add, visited);
    } else if (MANIFEST_EXTENSIONS.test(name)) {
      add(path);
    }
  }
}

/** A short reason for a file system error: "no such file or directory". */
export function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e.code ? `${e.code}: ${e.message}` : String(e.message ?? error);
  }
}
