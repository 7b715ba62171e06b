import type { ProfileSummary } from '../../../shared/domain/profile';
import { Badge } from '../../components/badge';
import { MaskedText, Sensitive } from '../../components/sensitive';
import { describeSecret, environmentBadge } from '../../lib/secret-text';

interface ProfileListProps {
  profiles: ProfileSummary[];
  selectedId?: string;
  ready: boolean;
  busy: boolean;
  onSelect: (id: string | undefined) => void;
}

const AD_HOC = '';

/** Radio buttons: arrow keys move between profiles; each row's details are its accessible description. */
export function ProfileList({ profiles, selectedId, ready, busy, onSelect }: ProfileListProps) {
  return (
    <fieldset className="profile-list" aria-busy={busy || !ready}>
      <legend className="field-label">Credentials from</legend>
      <label className="profile-item">
        <input
          type="radio"
          name="profile"
          value={AD_HOC}
          checked={selectedId === undefined}
          aria-labelledby="profile-ad-hoc-name"
          aria-describedby="profile-ad-hoc-details"
          onChange={() => onSelect(undefined)}
        />
        <span className="profile-text">
          <span className="profile-name" id="profile-ad-hoc-name">
            Ad-hoc (no profile)
          </span>
          <span className="profile-details" id="profile-ad-hoc-details">
            Type the client secret in the form, or use demo credentials.
          </span>
        </span>
      </label>
      {!ready && <p className="muted">Loading profiles…</p>}
      {ready && profiles.length === 0 && (
        <p className="empty-state empty-state-small">
          No saved profiles yet. Create one, or import credentials you were sent.
        </p>
      )}
      {profiles.map((profile) => {
        const badge = environmentBadge(profile.environment);
        const nameId = `profile-${profile.id}-name`;
        const detailsId = `profile-${profile.id}-details`;
        const sessionOnly = profile.secret.state === 'present' && profile.secret.persisted === false;
        return (
          <label key={profile.id} className="profile-item">
            <input
              type="radio"
              name="profile"
              value={profile.id}
              checked={selectedId === profile.id}
              aria-labelledby={nameId}
              aria-describedby={detailsId}
              onChange={() => onSelect(profile.id)}
            />
            <span className="profile-text">
              <span className="profile-name" id={nameId}>
                {profile.name}
              </span>
              <span className="profile-details" id={detailsId}>
                <Badge text={badge.text} tone={badge.tone} />{' '}
                <code className="profile-client-id">
                  <Sensitive kind="clientId" value={profile.clientId} label="Client ID" revealable={false} />
                </code>{' '}
                <span className={`secret-state secret-${profile.secret.state}`}>
                  <MaskedText text={describeSecret(profile.secret)} />
                </span>
                {sessionOnly && <span className="secret-session"> · kept for this session only</span>}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
