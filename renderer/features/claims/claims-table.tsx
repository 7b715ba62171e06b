import { useState } from 'react';
import { formatClaimValue, formatRelative } from '../../lib/format';

const TIME_CLAIMS = new Set(['iat', 'nbf', 'exp']);

interface ClaimsTableProps {
  caption: string;
  entries: Record<string, unknown>;
  /** Header parameters have no time values; claims do. */
  showTimes?: boolean;
}

/** Claims verbatim, known or not; iat/nbf/exp also as local time and relative to when the table appeared. */
export function ClaimsTable({ caption, entries, showTimes = false }: ClaimsTableProps) {
  const [shownAt] = useState(() => Date.now());
  return (
    <table className="claims">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
          {showTimes && <th scope="col">Time</th>}
        </tr>
      </thead>
      <tbody>
        {Object.entries(entries).map(([name, value]) => {
          const seconds = showTimes && TIME_CLAIMS.has(name) && typeof value === 'number' ? value : undefined;
          return (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>
                <code className="claim-value">{formatClaimValue(value)}</code>
              </td>
              {showTimes && (
                <td>
                  {seconds !== undefined && (
                    <>
                      {new Date(seconds * 1000).toLocaleString()}{' '}
                      <span className="muted">({formatRelative(seconds * 1000, shownAt)})</span>
                    </>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
