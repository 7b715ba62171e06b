import type { EnvironmentId } from '../../../shared/domain/environments';
import type { ProfileSummary } from '../../../shared/domain/profile';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { onDemand } from '../../components/on-demand';
import type { ProfileCommands } from './profile-commands';
import { ProfileFormDialog } from './profile-form-dialog';
import { valuesFromProfile } from './profile-values';
import type { ProfileFormValues } from './profile-values';
import { SecretPromptDialog } from './secret-prompt-dialog';

const ImportCredentialsDialog = onDemand(
  async () => (await import('./import-credentials-dialog')).ImportCredentialsDialog,
  'Import credentials',
);

export type DialogState =
  | { kind: 'create'; initial: ProfileFormValues }
  | { kind: 'edit'; profile: ProfileSummary }
  | { kind: 'delete'; profile: ProfileSummary }
  | { kind: 'compare'; profile: ProfileSummary }
  | { kind: 'enter-secret'; profile: ProfileSummary }
  | { kind: 'import' };

interface ProfileDialogsProps {
  dialog?: DialogState;
  commands: ProfileCommands;
  currentEnvironment: EnvironmentId;
  onClose: () => void;
}

/** The one dialog that is open, if any. Each is mounted to open and unmounted to close, dropping its state. */
export function ProfileDialogs({ dialog, commands, currentEnvironment, onClose }: ProfileDialogsProps) {
  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'create':
      return <ProfileFormDialog mode="create" initial={dialog.initial} onSubmit={commands.create} onClose={onClose} />;
    case 'edit':
      return (
        <ProfileFormDialog
          mode="edit"
          initial={valuesFromProfile(dialog.profile)}
          storedSecret={dialog.profile.secret}
          onSubmit={(values) => commands.edit(dialog.profile, values)}
          onClose={onClose}
        />
      );
    case 'delete':
      return (
        <ConfirmDialog
          title={`Delete profile ${dialog.profile.name}?`}
          message="The profile and its saved client secret are removed from this computer. This cannot be undone."
          confirmLabel="Delete profile"
          danger
          onConfirm={() => commands.remove(dialog.profile)}
          onCancel={onClose}
        />
      );
    case 'compare':
      return (
        <SecretPromptDialog
          title="Compare secret"
          description={`Paste a secret to check it against the one saved in ${dialog.profile.name}. The app compares; it never shows the saved one.`}
          label="Secret to compare"
          submitLabel="Compare"
          onSubmit={(candidate) => commands.compareSecret(dialog.profile, candidate)}
          onClose={onClose}
        />
      );
    case 'enter-secret':
      return (
        <SecretPromptDialog
          title={dialog.profile.secret.state === 'needs-reentry' ? 'Re-enter secret' : 'Add secret'}
          description={`The client secret for ${dialog.profile.name}. It goes straight to the vault.`}
          label="New client secret"
          submitLabel="Save secret"
          onSubmit={(secret) => commands.enterSecret(dialog.profile, secret)}
          onClose={onClose}
        />
      );
    case 'import':
      return (
        <ImportCredentialsDialog
          currentEnvironment={currentEnvironment}
          onSave={commands.createAndSelect}
          onClose={onClose}
        />
      );
  }
}
