import type { DemoClient } from '../../shared/domain/sandbox-status';

/** The two local environments: "Local sandbox" and "Local production" (own clients, own keys, same shape). */
const SANDBOX_FLAVORS = ['sandbox', 'production'] as const;
export type SandboxFlavor = (typeof SANDBOX_FLAVORS)[number];

/**
 * The demo credentials. They are public on purpose (printed by `npm run sandbox`, shown in the app): they only
 * work against this local sandbox, and each flavor's only against that flavor, like MobilePay's sandbox and
 * production credentials (DOMAIN.md §2).
 */
interface SandboxClientRecord {
  flavor: SandboxFlavor;
  demo: DemoClient;
  /**
   * Becomes the `integrator_id` claim: the token identifies the integrator as well as the client. The same
   * integrator holds one client per environment, so the production clients share the sandbox ones' ids.
   */
  integratorId: string;
}

const DEMO_INTEGRATOR_ID = '2a3a375f-e050-454f-8625-d4d90865183a';
const RESERVED_INTEGRATOR_ID = '5ecd628d-c508-4350-9abd-1a6b12927012';

const RESERVED_NOTE =
  'Secret contains + / = % & : and a space. Basic auth works only when id and secret are form-url-encoded ' +
  'before Base64 (RFC 6749 §2.3.1), as IdentityServer expects; the raw secret gets 401 invalid_client ' +
  '(unless the basicDecoding fault is set to raw, which flips that). client_secret_post works too.';

const RECORDS: readonly SandboxClientRecord[] = [
  {
    flavor: 'sandbox',
    demo: {
      label: 'Demo integrator',
      clientId: 'demo-integrator',
      clientSecret: 'yCGhTVKTr1Vxqr8DBB7LFC1LPdAXkPsuCFiV5fUMSFA',
      note: 'Plain 43-character secret, shaped like the ones MobilePay handed out. Works with any Basic encoding.',
    },
    integratorId: DEMO_INTEGRATOR_ID,
  },
  {
    flavor: 'sandbox',
    demo: {
      label: 'Reserved-character secret',
      clientId: '0b7ebbc9-d801-4ba9-8bea-3953f4cae655',
      clientSecret: 'Mp7+Rx/Qk=%3D&Zt 9w:Lb4+Vn2/Hs',
      note: RESERVED_NOTE,
    },
    integratorId: RESERVED_INTEGRATOR_ID,
  },
  {
    flavor: 'production',
    demo: {
      label: 'Demo integrator (production)',
      clientId: 'c881d2b7-aa0b-46db-b4d8-2bae4beb5e8e',
      clientSecret: 'SDdX5ZOQz_GaEWV0Kr5HDjGZ3-gCieiAhs-sGotVWbI',
      note:
        'The demo integrator\'s "Local production" credentials: a GUID client id and a plain 43-character secret. ' +
        'They get 401 invalid_client from "Local sandbox", and that sandbox\'s credentials get it here.',
    },
    integratorId: DEMO_INTEGRATOR_ID,
  },
  {
    flavor: 'production',
    demo: {
      label: 'Reserved-character secret (production)',
      clientId: '4789af0f-1aa3-494a-b314-3de2051d3055',
      clientSecret: 'Pq9/Wm+Tz=Kd%2F&Xs 4r:Nc7+Jh5/Fv',
      note: RESERVED_NOTE,
    },
    integratorId: RESERVED_INTEGRATOR_ID,
  },
];

function freezeDemos(flavor: SandboxFlavor): readonly DemoClient[] {
  return Object.freeze(
    RECORDS.filter((record) => record.flavor === flavor).map((record) => Object.freeze({ ...record.demo })),
  );
}

/** "Local sandbox" demo clients (the default flavor). */
export const DEMO_CLIENTS: readonly DemoClient[] = freezeDemos('sandbox');
/** "Local production" demo clients: different ids and secrets. */
export const DEMO_CLIENTS_PRODUCTION: readonly DemoClient[] = freezeDemos('production');

export function demoClientsFor(flavor: SandboxFlavor): readonly DemoClient[] {
  return flavor === 'production' ? DEMO_CLIENTS_PRODUCTION : DEMO_CLIENTS;
}

export function isSandboxFlavor(value: unknown): value is SandboxFlavor {
  return typeof value === 'string' && (SANDBOX_FLAVORS as readonly string[]).includes(value);
}

export const INTEGRATOR_SCOPE = 'integrator_scope';

export function integratorIdFor(clientId: string): string | undefined {
  return RECORDS.find((record) => record.demo.clientId === clientId)?.integratorId;
}

/** Client metadata in oidc-provider's (RFC 7591) shape, for one flavor only. */
export function clientMetadata(flavor: SandboxFlavor = 'sandbox'): Record<string, unknown>[] {
  return RECORDS.filter((record) => record.flavor === flavor).map(({ demo }) => ({
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
