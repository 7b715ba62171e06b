import { useState } from 'react';
import { meaningOf } from '../../../shared/domain/claims';
import { formatClaimValue, formatDateTime, formatRelative } from '../../lib/format';
import type { MaskKind } from '../../../shared/domain/mask';
import { MaskedText, Sensitive } from '../../components/sensitive';

const TIME_CLAIMS = new Set(['iat', 'nbf', 'exp', 'auth_time']);

interface ClaimsTableProps {
  caption: string;
  /** Which table of meanings applies: the JOSE header's parameters or the payload's claims. */
  part: 'header' | 'claims';
  entries: Record<string, unknown>;
  /** Server minus local clock (ms): relative times are told on server time, as the API judges them. */
  clockSkewMs?: number;
}

const UNKNOWN = 'Not one this console knows; shown exactly as received.';

/** Claims masked as a whole in presentation mode (any other value is masked where it holds a token, VAT or known id). */
const SENSITIVE_CLAIMS: Record<string, MaskKind> = {
  client_id: 'clientId',
  integrator_id: 'clientId',
  merchant_vat: 'vat',
  vat_number: 'vat',
};

function ClaimValue({ name, value }: { name: string; value: unknown }) {
  const kind = SENSITIVE_CLAIMS[name];
  const text = formatClaimValue(value);
  return kind && typeof value === 'string' ? (
    <Sensitive kind={kind} value={text} label={name} />
  ) : (
    <MaskedText text={text} />
  );
}

/**
 * Every entry verbatim, known or not, with a one-line meaning; iat/nbf/exp also as local time and relative to
 * when the table appeared (this table does not tick; the countdown does).
 */
export function ClaimsTable({ caption, part, entries, clockSkewMs = 0 }: ClaimsTableProps) {
  const [shownAt] = useState(() => Date.now());
  const names = Object.keys(entries);
  return (
    <table className="claims">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
          <th scope="col">Meaning</th>
        </tr>
      </thead>
      <tbody>
        {names.length === 0 && (
          <tr>
            <td colSpan={3} className="muted">
              (empty)
            </td>
          </tr>
        )}
        {Object.entries(entries).map(([name, value]) => {
          const seconds = part === 'claims' && TIME_CLAIMS.has(name) && typeof value === 'number' ? value : undefined;
          const meaning = meaningOf(part, name);
          return (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>
                <code className="claim-value">
                  <ClaimValue name={name} value={value} />
                </code>
                {seconds !== undefined && (
                  <span className="claim-time">
                    {formatDateTime(seconds * 1000)}{' '}
                    <span className="muted">({formatRelative(seconds * 1000, shownAt + clockSkewMs)})</span>
                  </span>
                )}
              </td>
              <td className={meaning ? 'claim-meaning' : 'claim-meaning muted'}>{meaning ?? UNKNOWN}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
