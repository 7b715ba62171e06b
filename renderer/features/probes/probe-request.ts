import { checkCustomTokenUrl, tokenEndpointOf } from '../../../shared/domain/environments';
import type { ProbeMethod } from '../../../shared/domain/probes';
import type { EnvironmentSummary, RequestOf, SandboxStatus } from '../../../shared/ipc/contract';
import { buildTokenRequest } from '../../lib/token-form';
import type { SavedSecret, TokenForm } from '../../lib/token-form';

/** The probe's IPC request. It may carry the typed secret: it lives in props and state, never in a store. */
export type ClientAuthProbeRequest = RequestOf<'probe:client-auth'>;

export const PROBE_METHOD_LABELS: Record<ProbeMethod, string> = {
  'basic-form': 'Basic form-encoded',
  'basic-raw': 'Basic raw',
  post: 'client_secret_post',
};

/**
 * The probe goes where Request token would go, with the same id, secret (typed, or the saved profile's, read by
 * main) and VAT; the encoding is what the probe varies, so it is not part of the request.
 */
function buildProbeRequest(
  form: TokenForm,
  clientSecret: string,
  saved?: SavedSecret,
): ClientAuthProbeRequest | undefined {
  const input = buildTokenRequest(form, clientSecret, saved);
  if (!input) return undefined;
  const { basicEncoding: _encoding, timeoutMs: _timeout, ...request } = input;
  return request;
}

/** Where the probe will send the credentials, as the dialog names it before asking. */
function probeTokenUrl(form: TokenForm, environments: readonly EnvironmentSummary[], sandbox?: SandboxStatus): string {
  if (form.environmentId === 'custom') {
    const check = checkCustomTokenUrl(form.customTokenUrl);
    return check.ok ? check.url : form.customTokenUrl;
  }
  const environment = environments.find((env) => env.id === form.environmentId);
  if ((form.environmentId === 'local' || form.environmentId === 'local-production') && sandbox?.authBase)
    return tokenEndpointOf(sandbox.authBase);
  return environment?.tokenUrl ?? `the token endpoint of ${environment?.label ?? form.environmentId}`;
}

/** What the probe dialog needs, fixed when it opens: the request (with the typed secret, if any) and where it goes. */
export interface ProbeLaunch {
  request: ClientAuthProbeRequest;
  tokenUrl: string;
  environmentLabel: string;
  production: boolean;
}

export function probeLaunch(
  form: TokenForm,
  clientSecret: string,
  saved: SavedSecret | undefined,
  environments: readonly EnvironmentSummary[],
  sandbox?: SandboxStatus,
): ProbeLaunch | undefined {
  const request = buildProbeRequest(form, clientSecret, saved);
  if (!request) return undefined;
  const environment = environments.find((env) => env.id === form.environmentId);
  return {
    request,
    tokenUrl: probeTokenUrl(form, environments, sandbox),
    environmentLabel: environment?.label ?? form.environmentId,
    production: environment?.production ?? form.environmentId === 'mp-production',
  };
}
