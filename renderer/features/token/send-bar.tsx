import { BusyButton } from '../../components/busy-button';
import { MaskedText } from '../presentation/sensitive';
import type { RequestOutcome } from './request-outcome';

interface SendBarProps {
  busy: boolean;
  blockers: string[];
  /** How the last request went; with a way to the Response panel, which may be out of view. */
  outcome?: RequestOutcome;
  onShowResponse: () => void;
  /** Ad hoc only: "Save as profile…". */
  onSaveAsProfile?: () => void;
  onCopyAsCode: () => void;
  /** Opens the client-auth probe, which asks before it sends anything. */
  onProbe?: () => void;
}

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const SHORTCUT = IS_MAC ? '⌘ Enter' : 'Ctrl+Enter';

/** Request token (with its shortcut and why it is blocked), then the secondary actions on the form. */
export function SendBar({ busy, blockers, outcome, onShowResponse, onSaveAsProfile, onCopyAsCode, onProbe }: SendBarProps) {
  const blocked = blockers.length > 0;
  return (
    <>
      <div className="send-bar">
        {/* The form's send() ignores a submit while busy too; BusyButton stops the click before it submits. */}
        <BusyButton
          type="submit"
          className="button button-primary"
          disabled={blocked}
          busy={busy}
          aria-describedby={blocked ? 'send-blockers' : busy ? undefined : 'send-shortcut'}
        >
          {busy && <span className="spinner" aria-hidden="true" />}
          Request token
        </BusyButton>
        {busy ? (
          <span role="status" className="busy-text">
            Requesting…
          </span>
        ) : (
          <span id="send-shortcut" className="muted kbd-hint">
            or press <kbd>{SHORTCUT}</kbd>
          </span>
        )}
      </div>
      {/* Always in the page, so a screen reader hears each new outcome (a live region must exist before it changes). */}
      <p className={`send-outcome${outcome ? ` send-outcome-${outcome.tone}` : ''}`} role="status">
        {!busy && outcome && (
          <>
            <MaskedText text={outcome.text} />{' '}
            <button type="button" className="button button-ghost button-small" onClick={onShowResponse}>
              Show response
            </button>
          </>
        )}
      </p>
      {blocked && (
        <ul id="send-blockers" className="blockers" aria-label="Why Request token is blocked">
          {blockers.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <div className="button-row form-extras">
        <button type="button" className="button button-ghost" onClick={onCopyAsCode}>
          Copy as code…
        </button>
        {onProbe && (
          <button type="button" className="button button-ghost" onClick={onProbe} disabled={blocked || busy} aria-describedby={blocked ? 'send-blockers' : undefined}>
            Probe client authentication…
          </button>
        )}
        {onSaveAsProfile && (
          <button type="button" className="button button-ghost save-as-profile" onClick={onSaveAsProfile}>
            Save as profile…
          </button>
        )}
      </div>
    </>
  );
}
