import { checkCustomTokenUrl, environmentById } from '../../../shared/domain/environments';
import type { ProfileSummary } from '../../../shared/domain/profile';
import type { IpcError } from '../../../shared/ipc/result';
import type { TokenRequestInput } from '../../../shared/ipc/schemas';
import type { TokenError } from './token-state';

/** Where a selected profile's saved secret may go, and as whom: what main checks a request against. */
export type ProfileBinding = Pick<ProfileSummary, 'name' | 'environment' | 'customTokenUrl' | 'clientId'>;

export function bindingOf(profile: ProfileSummary): ProfileBinding {
  const { name, environment, customTokenUrl, clientId } = profile;
  return { name, environment, clientId, ...(customTokenUrl === undefined ? {} : { customTokenUrl }) };
}

const sameUrl = (a: string | undefined, b: string | undefined): boolean => {
  const left = checkCustomTokenUrl(a ?? '');
  const right = checkCustomTokenUrl(b ?? '');
  return left.ok && right.ok && left.url === right.url;
};

/** The first thing the request changes from its profile, in the form's words (never the values: they may be presented). */
function mismatchOf(binding: ProfileBinding, input: TokenRequestInput): string | undefined {
  if (input.environment !== binding.environment) {
    return `goes to ${environmentById(input.environment).label}, and the profile to ${environmentById(binding.environment).label}`;
  }
  if (binding.environment === 'custom' && !sameUrl(input.customTokenUrl, binding.customTokenUrl))
    return 'has another Token endpoint URL than the profile';
  if (input.clientId !== binding.clientId) return 'has another Client ID than the profile';
  return undefined;
}

/**
 * Main refuses (FORBIDDEN) to send a profile's saved secret anywhere but the profile's own target and client id.
 * Said as what to do: which field differs, and the two ways on. Other refusals stay as main said them.
 */
export function profileRefusal(
  error: IpcError,
  input: TokenRequestInput,
  binding: ProfileBinding | undefined,
): TokenError {
  if (error.code !== 'FORBIDDEN' || input.profileId === undefined || !binding) return { ...error, context: 'request' };
  const mismatch = mismatchOf(binding, input);
  const what = mismatch
    ? `This request ${mismatch} "${binding.name}"`
    : `This request no longer matches profile "${binding.name}"`;
  return {
    code: error.code,
    context: 'profile',
    message: `${what}, and a saved secret is only sent to its profile's own token endpoint and Client ID. Save the profile again (Edit) with these values, or type the secret again in Client secret for this request.`,
  };
}
