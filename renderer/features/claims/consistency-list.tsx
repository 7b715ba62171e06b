import type { CheckStatus, ConsistencyCheck } from '../../../shared/domain/claims';
import { MaskedText } from '../../components/sensitive';

const STATUS_TEXT: Record<CheckStatus, { icon: string; word: string }> = {
  ok: { icon: '✓', word: 'OK' },
  warning: { icon: '⚠', word: 'Warning' },
  error: { icon: '✕', word: 'Error' },
};

/** The claims checked against the request and the clock: advice, never a reason to hide the token. */
export function ConsistencyList({ checks, headingId }: { checks: ConsistencyCheck[]; headingId: string }) {
  return (
    <section className="checks" aria-labelledby={headingId}>
      <h3 id={headingId} className="subheading">
        Consistency checks
      </h3>
      {checks.length === 0 ? (
        <p className="muted">Nothing to check.</p>
      ) : (
        <ul className="check-list">
          {checks.map((check) => {
            const text = STATUS_TEXT[check.status];
            return (
              <li key={check.check} className={`check check-${check.status}`}>
                <span className="check-icon" aria-hidden="true">
                  {text.icon}
                </span>
                <span className="check-word">{text.word}:</span>{' '}
                <span>
                  <MaskedText text={check.message} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
