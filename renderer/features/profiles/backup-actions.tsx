import type { ChangeEvent } from 'react';
import { usePresentation } from '../../lib/presentation';

interface BackupActionsProps {
  profileCount: number;
  onExport: () => void;
  /** The chosen file's text; the file itself is not kept. */
  onImport: (json: string) => void;
}

/** Export to a JSON backup (never with secrets) and import one back. */
export function BackupActions({ profileCount, onExport, onImport }: BackupActionsProps) {
  // A backup needs the real client ids, and masked ones would make it useless: no export while presenting.
  const { on: presenting } = usePresentation();
  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = ''; // the same file can be chosen again
    onImport(text);
  }

  return (
    <div className="button-row backup-actions" role="group" aria-label="Backup">
      <button
        type="button"
        className="button button-ghost"
        onClick={onExport}
        disabled={profileCount === 0 || presenting}
        aria-describedby="backup-hint"
      >
        Export profiles
      </button>
      <label className="button button-ghost file-button">
        Import backup
        <input
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          onChange={(event) => void readFile(event)}
        />
      </label>
      <p id="backup-hint" className="field-message field-message-hint">
        {presenting
          ? 'Export is off in presentation mode: a backup holds the real client ids.'
          : 'Backups hold names, environments, client ids and options. No secrets are included.'}
      </p>
    </div>
  );
}
