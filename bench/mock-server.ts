import { OAuth2Server } from 'oauth2-mock-server';

/**
 * oauth2-mock-server (pinned devDependency), measured beside the sandbox. Client authentication: none; its token
 * endpoint issues a token for client_credentials whatever the client id and secret (it reads the Basic header only
 * to fill `aud` of ID tokens). It signs RS256 with jose (WebCrypto), like the sandbox.
 */
const server = new OAuth2Server();
await server.issuer.keys.generate('RS256');
await server.start(0, '127.0.0.1');
const { port } = server.address();
process.stdout.write(
  `${JSON.stringify({ tokenUrl: `http://127.0.0.1:${port}/token`, clients: [{ clientId: 'any-client', clientSecret: 'not-checked' }] })}\n`,
);
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
