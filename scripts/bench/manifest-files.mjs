/**
 * The files a benchmark process reads: every .yaml/.yml below the given directories, in
 * name order (what `podsmith lint <dir>` finds too).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function manifestFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : manifestFiles(path);
      return /\.ya?ml$/i.test(entry.name) ? [path] : [];
    });
}
