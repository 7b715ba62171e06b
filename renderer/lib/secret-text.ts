import { environmentById } from '../../shared/domain/environments';
import type { EnvironmentId } from '../../shared/domain/environments';
import type { SecretDescription } from '../../shared/domain/vault';
import type { BadgeTone } from '../components/badge';

/** "sha256:1a2b3c4d…" — what the renderer shows instead of a stored secret. */
const fingerprintText = (fingerprint: string) => `sha256:${fingerprint}…`;

/** One line about a profile's stored secret, e.g. "secret sha256:1a2b3c4d…, 43 chars". */
export function describeSecret(secret: SecretDescription): string {
  if (secret.state === 'missing') return 'no secret';
  if (secret.state === 'needs-reentry') return 'secret needs re-entry';
  const parts = [secret.fingerprint ? `secret ${fingerprintText(secret.fingerprint)}` : 'secret saved'];
  if (secret.length !== undefined) parts.push(`${secret.length} chars`);
  return parts.join(', ');
}

/** What the empty Client secret input says when a profile is selected. */
export function savedSecretPlaceholder(secret: SecretDescription): string {
  if (secret.state === 'missing') return 'No saved secret: type it here';
  if (secret.state === 'needs-reentry') return 'Saved secret needs re-entry: type it here';
  return secret.fingerprint
    ? `Saved secret ${fingerprintText(secret.fingerprint)} will be used`
    : 'The saved secret will be used';
}

export function environmentBadge(id: EnvironmentId): { text: string; tone: BadgeTone } {
  const env = environmentById(id);
  return { text: env.badge, tone: env.production ? 'warning' : env.id === 'local' ? 'success' : 'info' };
}
