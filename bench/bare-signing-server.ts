import { createHmac, generateKeyPairSync, randomBytes, sign, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The yardstick for the sandbox: a bare token server on node:http that does the least an honest one must (reads the
 * form body, checks the client's Basic credentials, RS256-signs claims shaped like the sandbox's on its one
 * thread) and nothing else. Prints one JSON line with its token URL and client, like `npm run sandbox -- --json`.
 */
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const client = { clientId: 'bare-client', clientSecret: randomBytes(24).toString('base64url') };
const expected = Buffer.from(`Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`);
const hmacKey = randomBytes(32);
const digest = (value: Buffer) => createHmac('sha256', hmacKey).update(value).digest();
const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'at+jwt', kid: 'bare' })).toString('base64url');

function token(issuer: string, merchantVat: string | null): string {
  const iat = Math.floor(Date.now() / 1000);
  const claims = {
    jti: randomBytes(16).toString('base64url'),
    iss: issuer,
    aud: `${issuer}/resources`,
    client_id: client.clientId,
    integrator_id: 'bare',
    scope: 'integrator_scope',
    iat,
    nbf: iat,
    exp: iat + 3700,
    ...(merchantVat ? { merchant_vat: merchantVat } : {}),
  };
  const input = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const given = Buffer.from(req.headers.authorization ?? '');
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res
        .writeHead(status, {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(text),
          'Cache-Control': 'no-store',
        })
        .end(text);
    };
    if (!timingSafeEqual(digest(given), digest(expected))) return send(401, { error: 'invalid_client' });
    const form = new URLSearchParams(Buffer.concat(chunks).toString());
    if (form.get('grant_type') !== 'client_credentials') return send(400, { error: 'unsupported_grant_type' });
    send(200, {
      access_token: token(issuer, form.get('merchant_vat')),
      expires_in: 3700,
      token_type: 'Bearer',
      scope: 'integrator_scope',
    });
  });
});
let issuer = '';
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  issuer = `http://127.0.0.1:${port}/integrator-authentication`;
  process.stdout.write(`${JSON.stringify({ tokenUrl: `${issuer}/connect/token`, clients: [client] })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
