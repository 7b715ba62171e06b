import type { KoaContextWithOIDC } from 'oidc-provider';
import { MERCHANT_VAT_PATTERN } from '../../shared/domain/vat';
import { INTEGRATOR_SCOPE } from './clients';
import type { OidcProviderLibrary } from './load-oidc-provider';

const MERCHANT_VAT_PARAM = 'merchant_vat';

export interface GrantRegistration {
  name: 'client_credentials';
  handler: (ctx: KoaContextWithOIDC) => Promise<void>;
  params: string[];
  dupes: string[];
}

/**
 * oidc-provider's client_credentials grant with MobilePay's rules in front of it:
 * - no `scope` → integrator_scope (oidc-provider would issue a token without scope);
 * - any other scope → invalid_scope (oidc-provider would silently drop it), offline_access included, since
 *   this grant issues no refresh token (IdentityServer rejects it the same way);
 * - `merchant_vat`, when present, must be DK/FI + 8 digits, else invalid_request. It is registered as a grant
 *   parameter so it survives oidc-provider's parameter filtering and duplicates are rejected.
 * Client authentication has already happened when this runs.
 */
export function mobilePayClientCredentials(library: OidcProviderLibrary): GrantRegistration {
  const { errors, clientCredentials } = library;
  return {
    name: 'client_credentials',
    async handler(ctx) {
      applyScopePolicy(ctx, errors);
      checkMerchantVat(ctx, errors);
      await clientCredentials.handler(ctx);
    },
    params: [...new Set([...clientCredentials.parameters, 'scope', 'resource', MERCHANT_VAT_PARAM])],
    dupes: ['resource'],
  };
}

/** The validated merchant_vat of this token request, if any. */
export function requestedMerchantVat(ctx: KoaContextWithOIDC | undefined): string | undefined {
  const value = ctx?.oidc.params?.[MERCHANT_VAT_PARAM];
  return typeof value === 'string' && MERCHANT_VAT_PATTERN.test(value) ? value : undefined;
}

function applyScopePolicy(ctx: KoaContextWithOIDC, errors: OidcProviderLibrary['errors']): void {
  const params = ctx.oidc.params ?? {};
  const raw = typeof params.scope === 'string' ? params.scope : '';
  const requested = [...new Set(raw.split(' ').filter(Boolean))];
  if (requested.length === 0) {
    params.scope = INTEGRATOR_SCOPE;
    return;
  }
  const unknown = requested.find((scope) => scope !== INTEGRATOR_SCOPE);
  if (unknown === undefined) return;
  const shown = clip(unknown);
  if (unknown === 'offline_access') {
    throw new errors.InvalidScope(
      'offline_access cannot be requested with client_credentials: this grant issues no refresh token',
      shown,
    );
  }
  throw new errors.InvalidScope(`unknown scope '${shown}': the only scope issued here is ${INTEGRATOR_SCOPE}`, shown);
}

function checkMerchantVat(ctx: KoaContextWithOIDC, errors: OidcProviderLibrary['errors']): void {
  const body = ctx.oidc.body ?? {};
  if (!Object.hasOwn(body, MERCHANT_VAT_PARAM)) return;
  const value = body[MERCHANT_VAT_PARAM];
  if (typeof value === 'string' && MERCHANT_VAT_PATTERN.test(value)) return;
  throw new errors.InvalidRequest(describeBadVat(typeof value === 'string' ? value : ''));
}

function describeBadVat(value: string): string {
  const rule = 'merchant_vat must be DK or FI followed by exactly 8 digits, e.g. DK12345678';
  if (value === '') {
    return `${rule}; it was empty. Omit merchant_vat for a token that is not bound to one merchant.`;
  }
  const hints: string[] = [];
  if (/^(dk|fi)/i.test(value) && !/^(DK|FI)/.test(value)) hints.push('the country prefix must be upper case');
  if (/[-\s.]/.test(value)) hints.push('no dashes, dots or spaces');
  const digits = value.replace(/\D/g, '').length;
  if (digits !== 8) hints.push(`exactly 8 digits, got ${digits}`);
  return `${rule}; got '${clip(value)}'${hints.length ? `: ${hints.join(', ')}` : ''}.`;
}

/** error_description may only hold %x20-21 / %x23-5B / %x5D-7E (RFC 6749 §5.2): no quotes, no backslash. */
function clip(text: string): string {
  const printable = text.replace(/[^\x20\x21\x23-\x5b\x5d-\x7e]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 40)}...` : printable;
}
