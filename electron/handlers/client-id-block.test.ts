import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_ID_HOLDS_SECRET_MESSAGE } from '../../shared/domain/credential-hygiene';
import { startOAuthServer, type LoopbackServer } from '../services/diagnosis/loopback-oauth-server';
import { useTestCore } from './core-test-support';

/** Issue 11 item 3, main's side: a client id carrying a client_secret block is refused before anything is sent or kept. */
const { send, call, current } = useTestCore('ic-idblock-');
const SECRET = 'Zq8+Lm/Np=Rt%4&Vw';
let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('token:request with a credentials block in Client ID', () => {
  it.each([
    ['labelled lines', `client_id: my-client\nclient_secret: ${SECRET}`],
    ['JSON', JSON.stringify({ client_id: 'my-client', client_secret: SECRET })],
    ['one line', `client_id=my-client client_secret=${SECRET}`],
    ['two bare lines', `my-client\n${SECRET}`],
  ])('%s: INVALID_INPUT with a clear message; nothing sent, nothing in History', async (_name, clientId) => {
    server = await startOAuthServer({ clients: {} });
    for (const channel of ['token:request', 'probe:client-auth']) {
      const result = await send(channel, {
        environment: 'custom',
        customTokenUrl: server.tokenUrl,
        clientId,
        clientSecret: 'typed',
        ...(channel === 'token:request' ? { basicEncoding: 'form' } : {}),
        sendIbmClientId: false,
      });
      expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: CLIENT_ID_HOLDS_SECRET_MESSAGE } });
    }
    expect(server.requests()).toBe(0);
    expect(await call('history:list', {})).toEqual([]);
    expect(JSON.stringify(current.events)).not.toContain(SECRET);
  });
});
