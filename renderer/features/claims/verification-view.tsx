import { VERIFICATION_LABELS } from '../../../shared/domain/verification';
import type { VerificationResult } from '../../../shared/domain/verification';
import { BusyButton } from '../../components/busy-button';
import { formatClockTime } from '../../lib/format';
import { shortKid } from '../../lib/short-reference';
import { MaskedText } from '../../components/sensitive';
import type { VerificationEntry } from './use-verification-store';

interface VerificationViewProps {
  entry?: VerificationEntry;
  /** Absent when the check cannot be repeated from here (a pasted token is re-checked by inspecting again). */
  onVerify?: () => void;
  headingId: string;
}

/** "Signature valid — key <kid, short> from <jwksUri>", or the label of what went wrong. */
function headline(result: VerificationResult): string {
  if (result.status !== 'valid') return VERIFICATION_LABELS[result.status];
  const key = result.kid ? ` — key ${shortKid(result.kid)}` : '';
  const from = result.jwksUri ? ` from ${result.jwksUri}` : '';
  return `${VERIFICATION_LABELS.valid}${key}${from}`;
}

const VALID_MEANING = 'This environment issued the token, and it has not been altered.';

function Result({ result }: { result: VerificationResult }) {
  const valid = result.status === 'valid';
  return (
    <div className={`verification verification-${valid ? 'valid' : 'invalid'}`}>
      <p className="verification-headline">
        <span aria-hidden="true">{valid ? '✓ ' : '✕ '}</span>
        {headline(result)}
      </p>
      {/* Valid: the headline names the key and where it is published; main's sentence would say both again. */}
      <p className="verification-message">{valid ? VALID_MEANING : <MaskedText text={result.message} />}</p>
      <p className="muted verification-meta">
        {[result.alg && `alg ${result.alg}`, `checked ${formatClockTime(Date.parse(result.checkedAt))}`]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </div>
  );
}

/** The signature check against the environment's published keys. Decoding above never depends on it. */
export function VerificationView({ entry, onVerify, headingId }: VerificationViewProps) {
  const checking = entry?.state === 'checking';
  return (
    <section className="signature" aria-labelledby={headingId} aria-busy={checking}>
      <h3 id={headingId} className="subheading">
        Signature
      </h3>
      <div role="status" className="signature-status">
        {!entry && <p className="muted">Not checked yet.</p>}
        {checking && <p className="muted">Checking the signature against the environment&apos;s published keys…</p>}
        {entry?.state === 'done' && <Result result={entry.result} />}
        {entry?.state === 'failed' && (
          <p className="verification verification-invalid">
            <strong>The signature could not be checked:</strong> {entry.error.message}
          </p>
        )}
      </div>
      {onVerify && (
        <div className="button-row">
          <BusyButton type="button" className="button button-secondary button-small" onClick={onVerify} busy={checking}>
            {entry ? 'Verify again' : 'Verify signature'}
          </BusyButton>
        </div>
      )}
    </section>
  );
}
