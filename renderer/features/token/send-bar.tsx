import { BusyButton } from '../../components/busy-button';
import { MaskedText } from '../../components/sensitive';
import type { RequestOutcome } from './request-outcome';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const SHORTCUT = IS_MAC ? '⌘ Enter' : 'Ctrl+Enter';

/** Request token: the form's submit button, with its shortcut, or why it is blocked. */
export function SendButton({ busy, blocked }: { busy: boolean; blocked: boolean }) {
  return (
    // The form's send() ignores a submit while busy too; BusyButton stops the click before it submits.
    <BusyButton
      type="submit"
      className="button button-primary send-button"
      disabled={blocked}
      busy={busy}
      aria-keyshortcuts="Control+Enter Meta+Enter"
      aria-describedby={blocked ? 'send-blockers' : busy ? undefined : 'send-shortcut'}
    >
      {busy && <span className="spinner" aria-hidden="true" />}
      Request token
    </BusyButton>
  );
}

interface SendStatusProps {
  busy: boolean;
  blockers: string[];
  /** How the last request went; with a way to the Response tab. */
  outcome?: RequestOutcome;
  onShowResponse: () => void;
}

/** Beside Request token: its shortcut (or "Requesting…"); under it, how the last request went, or why it is blocked. */
export function SendStatus({ busy, blockers, outcome, onShowResponse }: SendStatusProps) {
  return (
    <>
      {busy ? (
        <span role="status" className="busy-text">
          Requesting…
        </span>
      ) : (
        <span id="send-shortcut" className="muted kbd-hint">
          <kbd>{SHORTCUT}</kbd>
        </span>
      )}
      {/* Always in the page, so a screen reader hears each new outcome (a live region must exist before it changes). */}
      <p className={`send-outcome${outcome ? ` send-outcome-${outcome.tone}` : ''}`} role="status">
        {!busy && outcome && (
          <>
            <MaskedText text={outcome.text} />{' '}
            <button type="button" className="button button-link" onClick={onShowResponse}>
              Show response
            </button>
          </>
        )}
      </p>
      {blockers.length > 0 && (
        <ul id="send-blockers" className="blockers" aria-label="Why Request token is blocked">
          {blockers.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </>
  );
}

interface FormExtrasProps {
  blocked: boolean;
  busy: boolean;
  /** Ad hoc only: "Save as profile…". */
  onSaveAsProfile?: () => void;
  onCopyAsCode: () => void;
  /** Opens the client-auth probe, which asks before it sends anything. */
  onProbe?: () => void;
}

/** The secondary actions on the form. */
export function FormExtras({ blocked, busy, onSaveAsProfile, onCopyAsCode, onProbe }: FormExtrasProps) {
  return (
    <div className="button-row form-extras">
      <button type="button" className="button button-secondary button-small" onClick={onCopyAsCode}>
        Copy as code…
      </button>
      {onProbe && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={onProbe}
          disabled={blocked || busy}
          aria-describedby={blocked ? 'send-blockers' : undefined}
        >
          Probe client authentication…
        </button>
      )}
      {onSaveAsProfile && (
        <button
          type="button"
          className="button button-secondary button-small save-as-profile"
          onClick={onSaveAsProfile}
        >
          Save as profile…
        </button>
      )}
    </div>
  );
}
