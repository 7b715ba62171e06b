import type { TokenAttempt } from '../../shared/ipc/contract';
import { formatClockTime } from '../lib/format';
import type { VerificationStore } from '../features/claims/use-verification-store';
import type { HistoryStore } from '../features/history/use-history-store';
import type { ProfileFormValues } from '../features/profiles/profile-values';
import type { Feedback } from './token-panel';
import type { SavedSecret, TokenForm } from '../lib/token-form';
import type { TokenStore } from '../features/token/use-token-store';

/** "Save as profile" from the ad-hoc form: its fields and the typed secret, for the New profile dialog only. */
export function seedFrom(form: TokenForm, clientSecret: string): ProfileFormValues {
  return {
    name: '',
    environment: form.environmentId,
    customTokenUrl: form.customTokenUrl,
    clientId: form.clientId,
    clientSecret,
    defaultMerchantVat: form.merchantVat.trim(),
    basicEncoding: form.basicEncoding,
    sendIbmClientId: form.sendIbmClientId,
    notes: '',
  };
}

interface ActionDeps {
  store: TokenStore;
  historyStore: HistoryStore;
  verificationStore: VerificationStore;
  savedSecret?: SavedSecret;
  setRefreshNotice: (text: string) => void;
}

function refreshOutcome(attempt: TokenAttempt | undefined, at: string): string {
  if (attempt?.token) return `Token refreshed automatically at ${at}.`;
  if (!attempt) return `Automatic refresh at ${at} failed: the request was not sent.`;
  const status = attempt.exchange.response?.status;
  return `Automatic refresh at ${at} got no token (${status !== undefined ? `HTTP ${status}` : 'no answer'}).`;
}

/** What crosses the token, History and verification stores when a request is sent or a token copied. */
export function consoleActions({ store, historyStore, verificationStore, savedSecret, setRefreshNotice }: ActionDeps) {
  return {
    /** After each request: History is re-read, and a token's signature is checked at once. */
    async send(clientSecret: string, automatic: boolean) {
      const attempt = await store.getState().requestToken(clientSecret, savedSecret);
      if (automatic) setRefreshNotice(refreshOutcome(attempt, formatClockTime(Date.now())));
      if (!attempt) return;
      void historyStore.getState().load();
      if (attempt.token) void verificationStore.getState().verify(attempt.id);
    },

    announceBlocked(blockers: string[]) {
      setRefreshNotice(`Automatic refresh at ${formatClockTime(Date.now())} was not sent: ${blockers.join(' ')}`);
    },

    async copyToken(attemptId: string): Promise<Feedback> {
      const result = await store.getState().copyToken(attemptId);
      if (!result.ok) return { tone: 'error', text: result.error.message };
      return { tone: 'success', text: `Token copied — the clipboard is cleared in ${Math.round(result.value.clearsAfterMs / 1000)} s.` };
    },
  };
}
