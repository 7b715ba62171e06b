import type { BasicHeaderReport } from '../../../shared/domain/basic-header';
import type { ReactNode } from 'react';
import { describeInvisible } from '../../../shared/domain/invisible-characters';
import { MaskedText, Sensitive } from '../../components/sensitive';

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Encoding and profile match: only for a header that held a client id or a secret. */
function DecodedRows({ report }: { report: BasicHeaderReport }) {
  const decoded = report.formDecoded;
  return (
    <>
      <Row term="Encoding">
        {report.encoding ? (
          <MaskedText text={report.encoding.reason} />
        ) : (
          `Looks form-encoded: ${yesNo(report.looksFormEncoded)}`
        )}
      </Row>
      <Row term="After form-decoding">
        {decoded ? (
          <>
            client id {decoded.clientIdChanged ? 'changes' : 'is the same'}; secret fingerprint{' '}
            <code>
              sha256:
              <Sensitive kind="fingerprint" value={decoded.secretFingerprint} label="Form-decoded secret fingerprint" />
              …
            </code>
            , {decoded.secretLength} characters
          </>
        ) : (
          'No difference: form-decoding changes nothing here.'
        )}
      </Row>
      <Row term="Matches a saved profile">
        {report.matchesProfile
          ? `Yes: ${report.matchesProfile.name}${report.matchesProfile.via === 'form-decoded' ? ' (after form-decoding)' : ''}`
          : 'No saved profile has this client id and secret.'}
      </Row>
    </>
  );
}

/** What a pasted Basic header holds: the id as sent (invisibles named), the secret only as fingerprint and length. */
export function BasicHeaderReportView({ report }: { report: BasicHeaderReport }) {
  // Nothing came out of it (pseudo-code, not Base64, a Bearer header): the encoding and profile rows would only
  // answer questions about credentials that are not there.
  const nothingDecoded = report.clientId === undefined && report.secret === undefined;
  return (
    <div className="decoder-report">
      <dl className="meta decoder-meta">
        {report.source && <Row term="Found in">{report.source}</Row>}
        <Row term="Client id">
          {report.clientId === undefined ? (
            <span className="muted">not found</span>
          ) : (
            <code className="claim-value">
              <Sensitive kind="clientId" value={describeInvisible(report.clientId)} label="Client id" />
            </code>
          )}
        </Row>
        <Row term="Secret">
          {report.secret ? (
            <>
              fingerprint{' '}
              <code>
                sha256:
                <Sensitive kind="fingerprint" value={report.secret.fingerprint} label="Secret fingerprint" />…
              </code>
              , {report.secret.length} characters
            </>
          ) : (
            <span className="muted">not found</span>
          )}
        </Row>
        {nothingDecoded ? (
          <Row term="Decoded">Nothing: no client id and secret could be read from it. The problems below say why.</Row>
        ) : (
          <DecodedRows report={report} />
        )}
      </dl>
      <h3 className="subheading">Problems</h3>
      {report.problems.length === 0 ? (
        <p className="finding-none">No problems found.</p>
      ) : (
        <ul className="decoder-problems">
          {report.problems.map((problem) => (
            <li key={problem}>
              <MaskedText text={problem} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
