import type { InspectedToken } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { pastedTokenChecks } from './token-checks';
import { TokenDetails } from './token-details';
import type { InspectState } from './use-inspect-store';
import type { VerificationEntry } from './use-verification-store';

interface InspectResultProps {
  status: InspectState['status'];
  result?: InspectedToken;
  error?: IpcError;
  inspectedAt?: number;
  onVerifyAgain?: () => void;
}

/** What the inspection found: a decoding problem, or the token explained with its signature check. */
export function InspectResult({ status, result, error, inspectedAt, onVerifyAgain }: InspectResultProps) {
  if (status === 'idle') return <p className="muted inspect-empty">Paste a token and press Inspect.</p>;
  if (status === 'failed') {
    return (
      <p className="field-message field-message-error" role="alert">
        The token could not be inspected: {error?.message}
      </p>
    );
  }
  const token = result?.token;
  const verification: VerificationEntry | undefined =
    status === 'inspecting'
      ? { state: 'checking' }
      : result?.verification
        ? { state: 'done', result: result.verification }
        : undefined;
  return (
    <section className="inspect-result" aria-label="Inspection result" aria-busy={status === 'inspecting'}>
      {status === 'inspecting' && !token && (
        <p role="status" className="muted">
          Inspecting…
        </p>
      )}
      {result?.problem && (
        <p className="token-problem" role="alert">
          <strong>Not a readable token:</strong> {result.problem}
        </p>
      )}
      {token && (
        <>
          {status === 'done' && !result?.verification && (
            <p className="muted">
              The keys of this endpoint could not be located, so the signature was not checked. Decoding works
              regardless.
            </p>
          )}
          <TokenDetails
            view={token}
            checks={inspectedAt === undefined ? [] : pastedTokenChecks(token, inspectedAt)}
            verification={verification}
            onVerify={onVerifyAgain}
          />
        </>
      )}
    </section>
  );
}
