import type { DemoClient } from '../../shared/ipc/contract';

/**
 * The sandbox's demo credentials. They are public on purpose (printed by `npm run sandbox`, shown in the app):
 * they only work against this local sandbox.
 */
interface SandboxClientRecord {
  demo: DemoClient;
  /** Becomes the `integrator_id` claim: the token identifies the integrator as well as the client. */
  integratorId: string;
}

const RECORDS: readonly SandboxClientRecord[] = [
  {
    demo: {
      label: 'Demo integrator',
      clientId: 'demo-integrator',
      clientSecret: 'yCGhTVKTr1Vxqr8DBB7LFC1LPdAXkPsuCFiV5fUMSFA',
      note: 'Plain 43-character secret, shaped like the ones MobilePay handed out. Works with any Basic encoding.',
    },
    integratorId: '2a3a375f-e050-454f-8625-d4d90865183a',
  },
  {
    demo: {
      label: 'Reserved-character secret',
      clientId: '0b7ebbc9-d801-4ba9-8bea-3953f4cae655',
      clientSecret: 'Mp7+Rx/Qk=%3D&Zt 9w:Lb4+Vn2/Hs',
      note:
        'Secret contains + / = % & : and a space. Basic auth works only when id and secret are form-url-encoded ' +
        'before Base64 (RFC 6749 §2.3.1), as IdentityServer expects; the raw secret gets 401 invalid_client. ' +
        'client_secret_post works too.',
    },
    integratorId: '5ecd628d-c508-4350-9abd-1a6b12927012',
  },
];

export const DEMO_CLIENTS: readonly DemoClient[] = Object.freeze(RECORDS.map((record) => Object.freeze({ ...record.demo })));

export const INTEGRATOR_SCOPE = 'integrator_scope';

export function integratorIdFor(clientId: string): string | undefined {
  return RECORDS.find((record) => record.demo.clientId === clientId)?.integratorId;
}

/** Client metadata in oidc-provider's (RFC 7591) shape. */
export function clientMetadata(): Record<string, unknown>[] {
  return RECORDS.map(({ demo }) => ({
    client_id: demo.clientId,
    client_secret: demo.clientSecret,
    client_name: demo.label,
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    // A client registered for client_secret_basic also accepts client_secret_post in oidc-provider
    // (shared/client_auth.js treats the two as one family), matching MobilePay's discovery document.
    token_endpoint_auth_method: 'client_secret_basic',
    scope: INTEGRATOR_SCOPE,
  }));
}
