/**
 * A plain static host, as a project page or any file server is: the files of a build
 * folder under a base path, `base` itself answered by index.html, nothing else (no
 * fallback for other paths, no server logic). The offline specs start one per test, on a
 * port of the system's choosing, so they can stop it (the app must then open without it)
 * or deploy another build to it.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
};

export interface StaticHost {
  /** The app's address: http://127.0.0.1:<port><base> */
  readonly url: string;
  /** Every path asked for, in order. */
  readonly requests: readonly string[];
  /** Serve another build folder from now on (a deploy). */
  deploy(root: string): void;
  /** Stop answering, and close the connections the browser keeps open. */
  close(): Promise<void>;
}

export async function startStaticHost(root: string, base = '/'): Promise<StaticHost> {
  let folder = root;
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    requests.push(path);
    const inside = path.startsWith(base) ? normalize(path.slice(base.length) || 'index.html') : undefined;
    if (inside === undefined || inside.startsWith('..') || inside.includes(`${sep}..`)) {
      response.writeHead(404).end();
      return;
    }
    readFile(join(folder, inside)).then(
      (body) => response.writeHead(200, { 'Content-Type': TYPES[extname(inside)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    deploy(next) {
      folder = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
