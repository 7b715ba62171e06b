import type { ClientAuthProbeResult, ProbeRow } from '../../../shared/domain/probes';
import type { BasicEncoding } from '../../../shared/ipc/schemas';
import { formatDuration } from '../../lib/format';
import { MaskedText } from '../../components/sensitive';
import { usePresentation } from '../../lib/presentation';
import { PROBE_METHOD_LABELS } from './probe-request';

const NO_ANSWER = 'no answer';

function errorText(row: ProbeRow): string {
  if (row.oauthError)
    return row.oauthError.description ? `${row.oauthError.error}: ${row.oauthError.description}` : row.oauthError.error;
  if (row.outcome === 'network-error')
    return row.exchange.failure?.message ?? 'The request failed before an answer came back.';
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

/** The Basic encoding the server accepted when it accepted exactly one of the two; none when both or neither. */
function acceptedEncoding(result: ClientAuthProbeResult): BasicEncoding | undefined {
  const accepted = (method: ProbeRow['method']) => result.rows.some((row) => row.method === method && row.accepted);
  if (accepted('basic-form') === accepted('basic-raw')) return undefined;
  return accepted('basic-form') ? 'form' : 'raw';
}

const ENCODING_BUTTON: Record<BasicEncoding, string> = {
  form: 'Use this encoding: Basic form-encoded',
  raw: 'Use this encoding: Basic raw',
};

interface ProbeResultsProps {
  result: ClientAuthProbeResult;
  /** Sets the request form's Basic encoding to the one the server accepted (one click from the verdict). */
  onUseEncoding?: (encoding: BasicEncoding) => void;
}

/** What each way of sending the credentials got back, which characters read differently, and what it means. */
export function ProbeResults({ result, onUseEncoding }: ProbeResultsProps) {
  // Presentation mode: not even single characters of the secret, only how many differ.
  const { on: presenting } = usePresentation();
  const encoding = acceptedEncoding(result);
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
      {result.differingCharacters.length > 0 && presenting ? (
        <p className="muted">
          {result.differingCharacters.length} character{result.differingCharacters.length === 1 ? '' : 's'} of this
          secret change with form-encoding (which ones is hidden in presentation mode).
        </p>
      ) : result.differingCharacters.length === 0 ? (
        <p className="muted">
          No character of this secret changes with form-encoding: Basic form-encoded and raw send the same bytes.
        </p>
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
      {encoding && onUseEncoding && (
        <button type="button" className="button button-primary" onClick={() => onUseEncoding(encoding)}>
          {ENCODING_BUTTON[encoding]}
        </button>
      )}
    </div>
  );
}
