import { useState } from 'react';
import { useStore } from 'zustand';
import { useApi } from '../lib/api-context';
import { usePresentation } from '../lib/presentation';
import { createExportsStore } from './use-exports-store';
import type { ExportSinks } from './use-exports-store';

interface ExportActionsProps {
  /** The attempt shown: a token request or a PoS call. */
  attemptId: string;
  /** What "this attempt" is, for the accessible names when two bars share a screen. */
  subject?: string;
  /** Offer "Export run as HAR" too (once per screen). */
  withRun?: boolean;
  /** Tests only: where the file and the clipboard text go. */
  sinks?: ExportSinks;
}

/** Export HAR (this attempt), Export run as HAR, Copy for support: all redacted by main before they get here. */
export function ExportActions({ attemptId, subject, withRun = false, sinks }: ExportActionsProps) {
  const api = useApi();
  const { maskLatest } = usePresentation();
  const [store] = useState(() => createExportsStore(api, sinks, maskLatest));
  const busy = useStore(store, (s) => s.busy);
  const feedback = useStore(store, (s) => s.feedback);
  const suffix = subject ? ` (${subject})` : '';
  return (
    <div className="export-actions" role="group" aria-label={`Export${suffix}`}>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={subject ? `Export HAR${suffix}` : undefined}
        aria-busy={busy === 'har'}
        onClick={() => void store.getState().exportHar('attempt', attemptId)}
      >
        Export HAR
      </button>
      {withRun && (
        <button
          type="button"
          className="button button-secondary button-small"
          aria-busy={busy === 'run'}
          onClick={() => void store.getState().exportHar('run')}
        >
          Export run as HAR
        </button>
      )}
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={subject ? `Copy for support${suffix}` : undefined}
        aria-busy={busy === 'support'}
        onClick={() => void store.getState().copySupportText(attemptId)}
      >
        Copy for support
      </button>
      <span role="status" className={`copy-result${feedback?.tone === 'error' ? ' copy-result-error' : ''}`}>
        {feedback?.text}
      </span>
    </div>
  );
}
