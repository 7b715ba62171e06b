import type { EnvironmentId } from '../../../shared/domain/environments';
import type { PosTamper } from '../../../shared/domain/probes';
import type { RequestOf, TokenAttempt } from '../../../shared/ipc/contract';

export type PosResource = RequestOf<'pos:call'>['resource'];
export type TamperKey = keyof PosTamper;

/** The headers of a PoS call as the panel edits them (nothing secret: the token stays in main). */
export interface PosOptions {
  environment: EnvironmentId;
  clientSystemVersion: string;
  merchantVat: string;
  tamper: PosTamper;
}

const DEFAULT_CLIENT_SYSTEM_VERSION = '1.0.0';

export const TAMPER_CHOICES: readonly { key: TamperKey; label: string }[] = [
  { key: 'omitAuthorization', label: 'Leave out Authorization' },
  { key: 'omitBearerPrefix', label: 'Leave out the "Bearer " prefix' },
  { key: 'garbleToken', label: 'Garble the token signature' },
  { key: 'omitVersion', label: 'Leave out the version header' },
  { key: 'garbleVersion', label: 'Garble the version header' },
  { key: 'omitVat', label: 'Leave out the VAT header' },
  { key: 'garbleVat', label: 'Garble the VAT header' },
];

/** The token's merchant_vat claim, when it is bound to a merchant. */
export function boundVat(attempt: TokenAttempt): string | undefined {
  const claim = attempt.token?.claims.merchant_vat;
  return typeof claim === 'string' && claim !== '' ? claim : undefined;
}

/**
 * Starts on the token's own environment (Custom has no known PoS API, so the Local sandbox's then), version 1.0.0,
 * and the form's VAT only when the token is unbound: a bound token carries its merchant in the claim.
 */
export function initialPosOptions(attempt: TokenAttempt, formVat: string): PosOptions {
  return {
    environment: attempt.environment.id === 'custom' ? 'local' : attempt.environment.id,
    clientSystemVersion: DEFAULT_CLIENT_SYSTEM_VERSION,
    merchantVat: boundVat(attempt) ? '' : formVat.trim(),
    tamper: {},
  };
}

/** The pos:call request: only the switches that are on, the VAT only when typed. */
export function buildPosRequest(
  attemptId: string,
  resource: PosResource,
  options: PosOptions,
  id?: string,
): RequestOf<'pos:call'> {
  const tamper = Object.fromEntries(Object.entries(options.tamper).filter(([, on]) => on)) as PosTamper;
  const vat = options.merchantVat.trim();
  return {
    attemptId,
    environment: options.environment,
    resource,
    ...(id ? { id } : {}),
    clientSystemVersion: options.clientSystemVersion,
    ...(vat !== '' ? { merchantVat: vat } : {}),
    ...(Object.keys(tamper).length > 0 ? { tamper } : {}),
  };
}

/** The ids a 200 lists: {"storeIds": […]} or {"posIds": […]}. */
export function listedIds(json: unknown, field: 'storeIds' | 'posIds'): string[] {
  if (typeof json !== 'object' || json === null) return [];
  const value = (json as Record<string, unknown>)[field];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
