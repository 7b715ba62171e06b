import { useId, useState } from 'react';
import { CERTAINTY_LABELS, SEVERITY_LABELS } from '../../shared/domain/diagnosis';
import type { Finding, FindingSeverity } from '../../shared/domain/diagnosis';
import '../diagnosis.css';
import { MaskedText } from './sensitive';
import { SettleEncodingAction, type SettledEncoding } from './settle-encoding-action';

/** A shape as well as a colour, so severity never rests on colour alone. */
const SEVERITY_ICONS: Record<FindingSeverity, string> = { error: '✕', warning: '!', info: 'i' };

function FindingItem({ finding, onSettled }: { finding: Finding; onSettled: (settled: SettledEncoding) => void }) {
  return (
    <li className={`finding finding-${finding.severity}`} data-finding-id={finding.id}>
      <p className="finding-headline">
        <span className="finding-severity">
          <span className="finding-icon" aria-hidden="true">
            {SEVERITY_ICONS[finding.severity]}
          </span>
          {SEVERITY_LABELS[finding.severity]}
        </span>
        <strong className="finding-cause">
          <MaskedText text={finding.cause} />
        </strong>
        <span className="finding-certainty">{CERTAINTY_LABELS[finding.certainty]}</span>
      </p>
      {finding.evidence.length > 0 && (
        <ul className="finding-evidence" aria-label="Evidence">
          {finding.evidence.map((line, index) => (
            <li key={`${index}-${line}`}>
              <MaskedText text={line} />
            </li>
          ))}
        </ul>
      )}
      <p className="finding-next">
        <span className="finding-next-label">Next step:</span> <MaskedText text={finding.nextStep} />
      </p>
      {finding.action?.kind === 'settle-encoding' && (
        <SettleEncodingAction action={finding.action} onSettled={onSettled} />
      )}
    </li>
  );
}

interface FindingsSectionProps {
  findings: readonly Finding[];
  /** Heading text; "Findings" unless a second list sits on the same screen. */
  title?: string;
}

/** Why an attempt went the way it did, in the order main gave (most important first). */
/** The settled list replaces the given one while it belongs to the attempt whose finding offered the extra request. */
function shownFindings(findings: readonly Finding[], settled: SettledEncoding | undefined): readonly Finding[] {
  const offered = findings.some((finding) => finding.action?.attemptId === settled?.attemptId);
  return settled && offered ? settled.findings : findings;
}

export function FindingsSection({ findings: given, title = 'Findings' }: FindingsSectionProps) {
  const headingId = useId();
  const [settled, setSettled] = useState<SettledEncoding>();
  const findings = shownFindings(given, settled);
  const isSettled = findings !== given;
  return (
    <section className="diag-findings" aria-labelledby={headingId}>
      <h3 id={headingId} className="subheading">
        {title}
        {findings.length > 0 && <span className="muted"> ({findings.length})</span>}
      </h3>
      {isSettled && settled && (
        <p className="finding-settled" role="status">
          Checked with one extra request using the other Basic encoding (answered {settled.retryOutcome}; in History).
        </p>
      )}
      {findings.length === 0 ? (
        <p className="finding-none">No problems found.</p>
      ) : (
        <ol className="finding-list">
          {findings.map((finding) => (
            <FindingItem key={finding.id} finding={finding} onSettled={setSettled} />
          ))}
        </ol>
      )}
    </section>
  );
}
