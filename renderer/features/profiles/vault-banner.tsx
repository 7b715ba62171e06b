import { useState } from 'react';
import type { VaultStatus } from '../../../shared/domain/vault';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { usePresentation } from '../../lib/presentation';

interface VaultBannerProps {
  vault?: VaultStatus;
  /** Resolves to an error message to show, or undefined when done. */
  onAllowWeak: (allow: boolean) => Promise<string | undefined>;
}

const WEAK_WARNING =
  'Without a system keyring, Chromium "encrypts" with a key built into every copy of the app: anyone who can read ' +
  'your files can read the secrets. Save them that way anyway, so they survive a restart?';

/** Where saved secrets go, in plain words; the weak-protection opt-in is explicit and confirmed. Never silent. */
export function VaultBanner({ vault, onAllowWeak }: VaultBannerProps) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const { on: presenting } = usePresentation();
  // On a stage the room needs no storage warning; each profile still says its secret is kept for this session only.
  if (!vault || (presenting && vault.mode === 'session-only')) return null;

  async function turnOff() {
    setError(await onAllowWeak(false));
  }

  return (
    <section className={`vault-banner vault-${vault.mode}`} aria-label="Secret storage">
      {vault.mode === 'encrypted' && (
        <p className="muted" title={vault.message}>
          🔒 Secrets encrypted with the OS keychain{vault.backend ? ` (${vault.backend})` : ''}.
        </p>
      )}
      {vault.mode === 'session-only' && <p>Secrets are kept for this session only: {vault.message}</p>}
      {vault.mode === 'weak-refused' && (
        <>
          <p>Secrets are not saved to disk: {vault.message}</p>
          <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
            Save secrets with weak protection
          </button>
        </>
      )}
      {vault.mode === 'weak-opted-in' && (
        <>
          <p>Secrets are saved with weak protection: {vault.message}</p>
          <button type="button" className="button button-secondary" onClick={() => void turnOff()}>
            Stop saving secrets
          </button>
        </>
      )}
      {error && (
        <p className="field-message field-message-error" role="alert">
          {error}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title="Save secrets with weak protection?"
          message={WEAK_WARNING}
          confirmLabel="Save with weak protection"
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            const problem = await onAllowWeak(true);
            if (!problem) setConfirming(false);
            return problem;
          }}
        />
      )}
    </section>
  );
}
