import type { SetAsideRecord } from '../../../shared/domain/set-aside';

interface SetAsideProfilesProps {
  records: readonly SetAsideRecord[];
  /** The copy of the profiles file as it was, kept beside it in the app's data folder. */
  keptAs?: string;
}

const plural = (count: number) => (count === 1 ? '1 profile' : `${count} profiles`);

function Line({ record }: { record: SetAsideRecord }) {
  return (
    <>
      <strong>{record.name ?? 'A profile without a readable name'}</strong> — {record.reason}
    </>
  );
}

/** Profiles main left out at start (the rest loaded): which, why, and where the file as it was is kept. */
export function SetAsideProfiles({ records, keptAs }: SetAsideProfilesProps) {
  if (records.length === 0) return null;
  const [only] = records;
  return (
    <section className="set-aside" aria-label="Profiles set aside">
      {records.length === 1 && only ? (
        <p>
          1 profile set aside: <Line record={only} />
        </p>
      ) : (
        <>
          <p>{plural(records.length)} set aside:</p>
          <ul>
            {records.map((record, index) => (
              <li key={`${record.name ?? ''}-${index}`}>
                <Line record={record} />
              </li>
            ))}
          </ul>
        </>
      )}
      {keptAs && (
        <p className="muted">
          Create {records.length === 1 ? 'it' : 'them'} again here; the file as it was is kept in the app&apos;s data
          folder as <code>{keptAs}</code>.
        </p>
      )}
    </section>
  );
}
