import type { CredentialBlock, ImportedField } from '../../../shared/domain/credential-import';
import { describeInvisible } from '../../../shared/domain/invisible-characters';
import { Sensitive } from '../../components/sensitive';
import { chosenVat, fieldOf } from './import-plan';

interface ImportFindingsProps {
  block: CredentialBlock;
  trim: boolean;
}

function anomalyLine(label: string, field: ImportedField) {
  if (field.anomalies.length === 0) return null;
  return (
    <p className="field-message field-message-warning">
      {label}: {field.anomalies.map((anomaly) => anomaly.description).join('; ')}
    </p>
  );
}

/** What the paste contains. Ids and the VAT are shown with their invisibles made visible; the secret never is. */
export function ImportFindings({ block, trim }: ImportFindingsProps) {
  const clientId = fieldOf(block, 'clientId');
  const secret = fieldOf(block, 'clientSecret');
  const vat = fieldOf(block, 'merchantVat');
  const vatDropped = chosenVat(block, trim).dropped;
  return (
    <section className="findings" aria-label="What was found">
      <dl className="findings-list">
        <div>
          <dt>Client ID</dt>
          <dd>
            {clientId ? (
              <code className="claim-value">
                <Sensitive kind="clientId" value={describeInvisible(clientId.raw)} label="Client ID" />
              </code>
            ) : (
              <span className="muted">not found</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Client secret</dt>
          <dd>
            {secret ? (
              <span>
                {secret.raw.length} characters, hidden
                {trim && secret.cleaned.length !== secret.raw.length && `; ${secret.cleaned.length} after trimming`}
              </span>
            ) : (
              <span className="muted">not found</span>
            )}
          </dd>
        </div>
        {vat && (
          <div>
            <dt>Merchant VAT</dt>
            <dd>
              <code>
                <Sensitive kind="vat" value={describeInvisible(vat.raw)} label="Merchant VAT" />
              </code>
            </dd>
          </div>
        )}
        {block.environmentHint && (
          <div>
            <dt>Environment hint</dt>
            <dd>{block.environmentHint}</dd>
          </div>
        )}
      </dl>
      {clientId && anomalyLine('Client ID', clientId)}
      {secret && anomalyLine('Client secret', secret)}
      {vat && anomalyLine('Merchant VAT', vat)}
      {vatDropped && (
        <p className="field-message field-message-warning">
          The merchant VAT is not DK or FI followed by 8 digits{trim ? '' : ' as pasted'}, so it is not saved with the
          profile.
        </p>
      )}
      {block.problems.length > 0 && (
        <ul className="findings-problems" aria-label="Problems with the pasted text">
          {block.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
