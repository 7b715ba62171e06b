/** The places a token can be requested from (DOMAIN.md §2). Local sandbox is the default: it always works. */
export const ENVIRONMENT_IDS = ['local', 'local-production', 'mp-sandbox', 'mp-production', 'custom'] as const;
export type EnvironmentId = (typeof ENVIRONMENT_IDS)[number];

export const DEFAULT_ENVIRONMENT: EnvironmentId = 'local';
export const AUTH_BASE_PATH = '/integrator-authentication';
export const TOKEN_PATH = '/connect/token';

export interface EnvironmentDefinition {
  id: EnvironmentId;
  label: string;
  /** Shown next to the label wherever the environment appears. */
  badge: string;
  production: boolean;
  description: string;
  /** Fixed auth base for MobilePay's hosts; the local sandbox's is known once it runs, custom's is typed. */
  authBase?: string;
  posBase?: string;
}

export const ENVIRONMENTS: readonly EnvironmentDefinition[] = [
  {
    id: 'local',
    label: 'Local sandbox',
    badge: 'LOCAL',
    production: false,
    description: 'The sandbox built into this app, on a loopback port. Works offline, with demo credentials.',
  },
  {
    id: 'local-production',
    label: 'Local production',
    badge: 'LOCAL PROD',
    production: false,
    description:
      'A second built-in sandbox with its own clients and keys, standing in for production: use it to reproduce "credentials (or a token) from the other environment".',
  },
  {
    id: 'mp-sandbox',
    label: 'MobilePay SandBox',
    badge: 'SANDBOX',
    production: false,
    description: "MobilePay's test environment. Needs sandbox credentials; retired in 2024.",
    authBase: `https://api.sandbox.mobilepay.dk${AUTH_BASE_PATH}`,
    posBase: 'https://api.sandbox.mobilepay.dk/pos/v10',
  },
  {
    id: 'mp-production',
    label: 'MobilePay Production',
    badge: 'PRODUCTION',
    production: true,
    description: 'Live MobilePay. Real credentials, real merchants; retired in 2024.',
    authBase: `https://api.mobilepay.dk${AUTH_BASE_PATH}`,
    posBase: 'https://api.mobilepay.dk/pos/v10',
  },
  {
    id: 'custom',
    label: 'Custom',
    badge: 'CUSTOM',
    production: false,
    description: 'Any token endpoint you type: https, or http on a loopback address.',
  },
];

export function environmentById(id: EnvironmentId): EnvironmentDefinition {
  const found = ENVIRONMENTS.find((env) => env.id === id);
  if (!found) throw new Error(`Unknown environment ${id}`);
  return found;
}

export function tokenEndpointOf(authBase: string): string {
  return `${authBase.replace(/\/+$/, '')}${TOKEN_PATH}`;
}

export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

/** A custom token endpoint: an absolute URL, https unless it points at this machine. */
export function checkCustomTokenUrl(input: string): UrlCheck {
  const text = input.trim();
  if (text === '')
    return {
      ok: false,
      message: 'Type the token endpoint URL, e.g. https://host/integrator-authentication/connect/token.',
    };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: 'This is not a complete URL. Start it with https://.' };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'Leave credentials out of the URL; type them in Client ID and Client secret.' };
  }
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:' && isLoopbackHostname(url.hostname)) return { ok: true, url: url.href };
  if (url.protocol === 'http:') {
    return {
      ok: false,
      message: 'Use https. Plain http is allowed only for this machine (localhost, 127.0.0.1, ::1).',
    };
  }
  return { ok: false, message: `Only https URLs are supported, not ${url.protocol.replace(':', '')}.` };
}
