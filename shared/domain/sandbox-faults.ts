/** The local sandbox's fault switches (electron/sandbox/faults.ts validates and applies them). */
export interface SandboxFaults {
  /** Tokens expire after N seconds: `expires_in` and `exp - iat` follow. MobilePay's value is 3700. */
  tokenLifetimeSeconds: number;
  /**
   * The sandbox's clock is off by ±N seconds: the `Date` response header, the tokens' iat/nbf/exp and the PoS
   * API's exp/nbf checks all use it, like a server whose clock is wrong.
   */
  clockSkewSeconds: number;
  /** Token and PoS requests get this status with an HTML body, as from a proxy or gateway. null = off. */
  serverError: null | 500 | 503;
  /** Token and PoS requests are answered this many milliseconds late. */
  delayMs: number;
  /** Token and PoS requests get no answer: the socket is destroyed (the client sees a reset / "socket hang up"). */
  dropConnection: boolean;
  /** Token endpoint: an `x-ibm-client-id` header naming the calling client is required (the 2020–2022 IBM gateway). */
  requireIbmClientId: boolean;
  /**
   * How the token endpoint reads Basic credentials: 'form' = RFC 6749 §2.3.1 form-decoding (IdentityServer's
   * behaviour, the default); 'raw' = as they are, like servers that skip the decoding step.
   */
  basicDecoding: 'form' | 'raw';
}

/** All switches off: how MobilePay behaved on a good day. */
export const DEFAULT_FAULTS: Readonly<SandboxFaults> = Object.freeze({
  tokenLifetimeSeconds: 3700,
  clockSkewSeconds: 0,
  serverError: null,
  delayMs: 0,
  dropConnection: false,
  requireIbmClientId: false,
  basicDecoding: 'form',
});

/** The fault switches that take a number. */
export type NumberFault = 'tokenLifetimeSeconds' | 'clockSkewSeconds' | 'delayMs';
export const NUMBER_FAULTS: readonly NumberFault[] = ['tokenLifetimeSeconds', 'clockSkewSeconds', 'delayMs'];

/**
 * The values each numeric switch takes, checked by main's IPC schema, the sandbox itself, its CLI flags and the fault
 * form as one types: one copy, so the form never lets through what main refuses (or the other way round).
 */
export const NUMBER_FAULT_RANGES: Readonly<Record<NumberFault, Readonly<{ min: number; max: number }>>> = Object.freeze(
  {
    tokenLifetimeSeconds: { min: 1, max: 86_400 },
    clockSkewSeconds: { min: -366 * 86_400, max: 366 * 86_400 },
    delayMs: { min: 0, max: 120_000 },
  },
);

/** As the fault form labels them; main's messages about these fields start with the same words. */
export const NUMBER_FAULT_LABELS: Readonly<Record<NumberFault, string>> = Object.freeze({
  tokenLifetimeSeconds: 'Token lifetime (s)',
  clockSkewSeconds: 'Clock skew (s)',
  delayMs: 'Delay (ms)',
});

/** The one sentence for a number outside its range: main's schema says it, and the fault form says it as one types. */
export function numberFaultRangeMessage(name: NumberFault): string {
  const { min, max } = NUMBER_FAULT_RANGES[name];
  return `${NUMBER_FAULT_LABELS[name]} must be a whole number from ${min} to ${max}.`;
}

/**
 * How far past exp (and before nbf) the local sandboxes' PoS API still accepts a token, like most JWT validators;
 * the diagnosis names it when a just-expired token is still accepted. MobilePay promised none.
 */
export const SANDBOX_CLOCK_LEEWAY_SECONDS = 30;

/** The two local environments, each its own embedded sandbox with its own clients and keys. */
export const LOCAL_ENVIRONMENT_IDS = ['local', 'local-production'] as const;
export type LocalEnvironmentId = (typeof LOCAL_ENVIRONMENT_IDS)[number];

export function isLocalEnvironmentId(id: string): id is LocalEnvironmentId {
  return (LOCAL_ENVIRONMENT_IDS as readonly string[]).includes(id);
}
