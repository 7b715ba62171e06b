import {
  describeBlockFormat,
  invisibleCharacters,
  splitCredentialsBlock,
} from '../../shared/domain/credential-hygiene';
import './credential-hygiene-hint.css';

export type HygieneField = 'clientId' | 'clientSecret';

interface CredentialHygieneHintProps {
  clientId: string;
  clientSecret: string;
  /** The user accepted the split of a credentials block pasted into Client ID. */
  onSplit: (clientId: string, clientSecret: string) => void;
  /** The user accepted the cleaned value of a field (invisible characters removed). */
  onClean?: (field: HygieneField, cleaned: string) => void;
}

const LABELS: Record<HygieneField, string> = { clientId: 'Client ID', clientSecret: 'Client secret' };

function InvisibleNote({
  field,
  value,
  onClean,
}: {
  field: HygieneField;
  value: string;
  onClean?: CredentialHygieneHintProps['onClean'];
}) {
  const { invisible, cleaned } = invisibleCharacters(value);
  if (invisible.length === 0) return null;
  return (
    <div className="hygiene-note">
      <p>
        <strong>{LABELS[field]}</strong> has {invisible.join(', ')}: the server compares it character by character, so
        it will not match.
      </p>
      {onClean && (
        <button type="button" className="button button-secondary button-small" onClick={() => onClean(field, cleaned)}>
          Remove from {LABELS[field]}
        </button>
      )}
    </div>
  );
}

/**
 * Under the credentials, while typing: a whole credentials block pasted into Client ID (offered split, never sent
 * like that) and characters nobody can see in either field. Props in, callbacks out; it never shows the secret, only
 * its length and the positions of what is wrong.
 */
export function CredentialHygieneHint({ clientId, clientSecret, onSplit, onClean }: CredentialHygieneHintProps) {
  const block = splitCredentialsBlock(clientId);
  if (
    !block &&
    invisibleCharacters(clientId).invisible.length === 0 &&
    invisibleCharacters(clientSecret).invisible.length === 0
  )
    return null;
  return (
    <div className="hygiene-hint" role="status" aria-label="Credentials check">
      {block ? (
        <div className="hygiene-note">
          <p>
            <strong>Client ID</strong> holds a whole credentials block ({describeBlockFormat(block.format)}) with a
            client secret of {block.clientSecret.length} characters in it. It will not be sent like this.
          </p>
          <button
            type="button"
            className="button button-primary button-small"
            onClick={() => onSplit(block.clientId, block.clientSecret)}
          >
            Split into Client ID and Client secret
          </button>
        </div>
      ) : (
        <InvisibleNote field="clientId" value={clientId} onClean={onClean} />
      )}
      <InvisibleNote field="clientSecret" value={clientSecret} onClean={onClean} />
    </div>
  );
}
