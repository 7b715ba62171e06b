import type { ClientAuthProbeResult, ProbeRow } from '../../../shared/domain/probes';
import { formatDuration } from '../../lib/format';
import { MaskedText } from '../../components/sensitive';
import { PROBE_METHOD_LABELS } from './probe-request';

const NO_ANSWER = 'no answer';

function errorText(row: ProbeRow): string {
  if (row.oauthError) return row.oauthError.description ? `${row.oauthError.error}: ${row.oauthError.description}` : row.oauthError.error;
  if (row.outcome === 'network-error') return row.exchange.failure?.message ?? 'The request failed before an answer came back.';
  return '—';
}

function Accepted({ accepted }: { accepted: boolean }) {
  return (
    <span className={accepted ? 'probe-accepted' : 'probe-refused'}>
      <span aria-hidden="true">{accepted ? '✓ ' : '✕ '}</span>
      {accepted ? 'Yes' : 'No'}
    </span>
  );
}

/** What each way of sending the credentials got back, which characters read differently, and what it means. */
export function ProbeResults({ result }: { result: ClientAuthProbeResult }) {
  return (
    <div className="probe-results">
      <table className="claims probe-table">
        <caption>Client authentication probe</caption>
        <thead>
          <tr>
            <th scope="col">Method</th>
            <th scope="col">Status</th>
            <th scope="col">Accepted</th>
            <th scope="col">Error</th>
            <th scope="col">Duration</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.method}>
              <th scope="row">{PROBE_METHOD_LABELS[row.method]}</th>
              <td>{row.status ?? NO_ANSWER}</td>
              <td>
                <Accepted accepted={row.accepted} />
              </td>
              <td className="probe-error">
                <MaskedText text={errorText(row)} />
              </td>
              <td>{formatDuration(row.durationMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.differingCharacters.length === 0 ? (
        <p className="muted">No character of this secret changes with form-encoding: Basic form-encoded and raw send the same bytes.</p>
      ) : (
        <table className="claims probe-table">
          <caption>Characters of the secret that form-encoding changes</caption>
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Character</th>
              <th scope="col">Form-encoded</th>
            </tr>
          </thead>
          <tbody>
            {result.differingCharacters.map((character) => (
              <tr key={`${character.position}-${character.char}`}>
                <td>{character.position}</td>
                <td>
                  <code>{character.char}</code>
                </td>
                <td>
                  <code>{character.formEncoded}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="probe-verdict">
        <strong>Verdict:</strong> <MaskedText text={result.verdict} />
      </p>
    </div>
  );
}
