import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CORPUS_DIR } from '../../support/corpus';
import { GENERATED_PAGES } from './generated-pages';

export interface TestServer {
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

/**
 * Serves the shared corpus pages (`/corpus/<id>.html`) and generated bad-input pages
 * (`/generated/<name>.html`) from 127.0.0.1 only: tests never touch the network.
 */
export async function startTestServer(): Promise<TestServer> {
  const server: Server = createServer((request, response) => {
    void respond(request.url ?? '/').then(
      ({ status, body }) => {
        response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
        response.end(body);
      },
      () => {
        response.writeHead(500);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => `${origin}${pathname}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function respond(rawUrl: string): Promise<{ status: number; body: string }> {
  const { pathname } = new URL(rawUrl, 'http://127.0.0.1');
  const corpus = /^\/corpus\/([\w-]+)\.html$/.exec(pathname);
  if (corpus?.[1]) {
    return { status: 200, body: await readFile(path.join(CORPUS_DIR, 'pages', `${corpus[1]}.html`), 'utf8') };
  }
  const generated = /^\/generated\/([\w-]+)\.html$/.exec(pathname);
  const make = generated?.[1] ? GENERATED_PAGES[generated[1]] : undefined;
  if (make) return { status: 200, body: make() };
  return { status: 404, body: '<!doctype html><title>Not found</title><p>Not found</p>' };
}
