import { MaskedText } from '../../components/sensitive';
import type { DiffSection } from './attempt-diff';

interface DiffTableProps {
  section: DiffSection;
  leftTitle: string;
  rightTitle: string;
  onlyDifferences: boolean;
}

/** Values hold decoded Basic ids, VATs and bodies with tokens: masked in presentation mode like every other panel. */
function Cell({ value }: { value?: string }) {
  return (
    <td>
      {value === undefined ? (
        <span className="muted">(absent)</span>
      ) : (
        <code className="claim-value diff-value">
          <MaskedText text={value} />
        </code>
      )}
    </td>
  );
}

/** One part of the comparison; a differing row is highlighted and says "Differs" in words. */
export function DiffTable({ section, leftTitle, rightTitle, onlyDifferences }: DiffTableProps) {
  const rows = onlyDifferences ? section.rows.filter((row) => row.differs) : section.rows;
  const differing = section.rows.filter((row) => row.differs).length;
  return (
    <table className="claims diff-table">
      <caption>
        {section.title}{' '}
        <span className="muted">
          ({differing === 0 ? 'same' : `${differing} ${differing === 1 ? 'difference' : 'differences'}`})
        </span>
      </caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">{leftTitle}</th>
          <th scope="col">{rightTitle}</th>
          <th scope="col">Compared</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={4} className="muted">
              {section.rows.length === 0 ? '(none in either)' : 'No differences.'}
            </td>
          </tr>
        )}
        {rows.map((row, index) => (
          <tr key={`${row.label}-${index}`} className={row.differs ? 'diff-row-differs' : undefined}>
            <th scope="row">
              <code>{row.label}</code>
            </th>
            <Cell value={row.left} />
            <Cell value={row.right} />
            <td className="diff-mark">
              {row.differs ? (
                <strong>
                  <span aria-hidden="true">≠ </span>Differs
                </strong>
              ) : (
                <span className="muted">Same</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
