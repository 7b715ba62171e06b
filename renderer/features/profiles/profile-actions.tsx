import type { ProfileSummary } from '../../../shared/domain/profile';
import { usePresentation } from '../../lib/presentation';

interface ProfileActionsProps {
  profile: ProfileSummary;
  onEdit: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onCopySecret: () => void;
  onCompareSecret: () => void;
  onEnterSecret: () => void;
}

/** What can be done with the selected profile. Secret actions go through main; none of them shows the secret. */
export function ProfileActions({ profile, ...on }: ProfileActionsProps) {
  const present = profile.secret.state === 'present';
  // Main would put the real secret on the clipboard: not while presenting.
  const { on: presenting } = usePresentation();
  return (
    <div className="profile-actions">
      <div className="button-row" role="group" aria-label={`Profile ${profile.name}`}>
        <button type="button" className="button button-secondary" onClick={on.onEdit}>
          Edit
        </button>
        <button type="button" className="button button-secondary" onClick={on.onDuplicate}>
          Duplicate
        </button>
        <button type="button" className="button button-secondary" onClick={on.onDelete}>
          Delete
        </button>
      </div>
      <div className="button-row" role="group" aria-label="Saved secret">
        {present ? (
          <>
            <button
              type="button"
              className="button button-secondary"
              onClick={on.onCopySecret}
              disabled={presenting}
              title={presenting ? 'Off in presentation mode' : undefined}
            >
              Copy secret
            </button>
            <button type="button" className="button button-secondary" onClick={on.onCompareSecret}>
              Compare secret
            </button>
          </>
        ) : (
          <button type="button" className="button button-primary" onClick={on.onEnterSecret}>
            {profile.secret.state === 'needs-reentry' ? 'Re-enter secret' : 'Add secret'}
          </button>
        )}
      </div>
    </div>
  );
}
