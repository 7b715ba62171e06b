import type { ProfileFormValues } from '../features/profiles/profile-values';
import type { Feedback } from './token-panel';
import type { TokenForm } from '../lib/token-form';
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

/** Copying the token goes through main (the renderer never holds it), and says what happened. */
export function consoleActions({ store }: { store: TokenStore }) {
  return {
    async copyToken(attemptId: string): Promise<Feedback> {
      const result = await store.getState().copyToken(attemptId);
      if (!result.ok) return { tone: 'error', text: result.error.message };
      return {
        tone: 'success',
        text: `Token copied — the clipboard is cleared in ${Math.round(result.value.clearsAfterMs / 1000)} s.`,
      };
    },
  };
}
