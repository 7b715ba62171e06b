// A loopback pass-through in front of the preview for the bench's A/B: the same bytes, with the preview's
// Cache-Control as served ("immutable" for hashed assets) or forced to no-store everywhere (the preview before).
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CacheProxy {
  /** The preview URL (with its key fragment) through this proxy. */
  url: string;
  close(): void;
}

export async function cacheProxy(previewUrl: string, mode: 'as-served' | 'no-store'): Promise<CacheProxy> {
  const target = new URL(previewUrl);
  const server = createServer((req, res) => {
    // The preview refuses another Host or Origin (DNS-rebinding guard), so the proxy speaks as the page's own origin.
    const headers = { ...req.headers, host: target.host };
    if (headers.origin) headers.origin = target.origin;
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      (answer) => {
        const out = { ...answer.headers };
        if (mode === 'no-store') out['cache-control'] = 'no-store';
        res.writeHead(answer.statusCode ?? 502, out);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/${target.hash}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
