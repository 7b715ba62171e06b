import { inspectCredentialValue } from '../../../shared/domain/invisible-characters';
import type { BasicEncoding } from '../../../shared/ipc/schemas';
import { fingerprintSecret, formEncodeCredential } from '../basic-auth';
import type { CredentialContext } from './types';

/**
 * Main-side: turns the credentials that were sent into the secret-free context the diagnosis reads.
 * "Reserved characters" are judged on the cleaned value: a pasted trailing space or line break also reads
 * differently form-encoded, but it has its own finding and should not be blamed on the Basic encoding.
 */
export function credentialContextFor(
  clientId: string,
  clientSecret: string,
  basicEncoding: BasicEncoding,
): CredentialContext {
  const id = inspectCredentialValue(clientId);
  const secret = inspectCredentialValue(clientSecret);
  return {
    clientIdInspection: { anomalies: id.anomalies },
    secretInspection: { anomalies: secret.anomalies },
    basicEncoding,
    secretHasReservedChars: formEncodeCredential(secret.cleaned) !== secret.cleaned,
    clientIdHasReservedChars: formEncodeCredential(id.cleaned) !== id.cleaned,
    secret: fingerprintSecret(clientSecret),
  };
}
