import type { TokenAttempt } from '../../../shared/ipc/contract';
import { formatClockTime } from '../../lib/format';
import { checkForm, type SavedSecret } from '../../lib/token-form';
import type { SecretHolder } from './secret-holder';
import type { TokenState } from './token-state';

/** What the send action needs besides the store: the typed secret, and what follows an attempt (the signature check). */
export interface SendDeps {
  secret: SecretHolder;
  /** The selected profile's saved secret (described), read when a request is sent; none = ad hoc. */
  savedSecret?: () => SavedSecret | undefined;
  afterAttempt?: (attempt: TokenAttempt) => void;
}

export interface SendOptions {
  /** Sent by automatic refresh: never asks (Production must be confirmed already), and says what it did. */
  automatic?: boolean;
}

type Get = () => TokenState;
type Set = (patch: Partial<TokenState>) => void;

function refreshOutcome(attempt: TokenAttempt | undefined, at: string): string {
  if (attempt?.token) return `Token refreshed automatically at ${at}.`;
  if (!attempt) return `Automatic refresh at ${at} failed: the request was not sent.`;
  const status = attempt.exchange.response?.status;
  return `Automatic refresh at ${at} got no token (${status !== undefined ? `HTTP ${status}` : 'no answer'}).`;
}

/** Why the form cannot be sent now; empty when it can. Opens the Production question when that is all that is missing. */
function blockersOf(
  get: Get,
  set: Set,
  secret: string,
  savedSecret: SavedSecret | undefined,
  automatic: boolean,
): string[] {
  const { form, busy, confirmingProduction, productionConfirmed, environments } = get();
  const checks = checkForm(form, secret, savedSecret);
  if (checks.blockers.length > 0) return checks.blockers;
  if (busy || confirmingProduction) return ['A request is already in flight.'];
  const selected = environments.find((env) => env.id === form.environmentId);
  const production = selected?.production ?? form.environmentId === 'mp-production';
  if (!production || productionConfirmed) return [];
  if (!automatic) set({ confirmingProduction: true });
  return ['Production has not been confirmed in this run.'];
}

/**
 * "Send a token request", the one way there is: validation, busy state, the Production confirmation, automatic
 * refresh's notice and the follow-up (the signature check) all happen here. Resolves to why nothing was sent
 * (empty when it was).
 */
export async function sendTokenRequest(
  get: Get,
  set: Set,
  deps: SendDeps,
  { automatic = false }: SendOptions = {},
): Promise<string[]> {
  const secret = deps.secret.get();
  const savedSecret = deps.savedSecret?.();
  const blockers = blockersOf(get, set, secret, savedSecret, automatic);
  if (blockers.length > 0) {
    if (automatic)
      set({ refreshNotice: `Automatic refresh at ${formatClockTime(Date.now())} was not sent: ${blockers.join(' ')}` });
    return blockers;
  }
  // A secret typed over a saved profile's is for this one request; ad-hoc credentials stay for the next.
  if (savedSecret && secret !== '') deps.secret.set('');
  const attempt = await get().requestToken(secret, savedSecret);
  if (automatic) set({ refreshNotice: refreshOutcome(attempt, formatClockTime(Date.now())) });
  if (attempt) deps.afterAttempt?.(attempt);
  return [];
}
