import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { EnvironmentId } from '../../../shared/domain/environments';
import type { ProfileSummary } from '../../../shared/domain/profile';
import { ErrorAlert } from '../../components/error-alert';
import { focusWasLost } from '../../lib/focus';
import { BackupActions } from './backup-actions';
import { profileCommands } from './profile-commands';
import type { Feedback } from './profile-commands';
import { ProfileActions } from './profile-actions';
import { ProfileDialogs } from './profile-dialogs';
import type { DialogState } from './profile-dialogs';
import { ProfileList } from './profile-list';
import { emptyValues } from './profile-values';
import type { ProfileFormValues } from './profile-values';
import type { ProfilesStore } from './use-profiles-store';
import { SetAsideProfiles } from './set-aside-profiles';
import { VaultBanner } from './vault-banner';

interface ProfilesSectionProps {
  /** The profiles feature's store; this section is the feature's page, shown inside the token screen. */
  store: ProfilesStore;
  /** The token form's environment, the default for new profiles. */
  currentEnvironment: EnvironmentId;
  /** A profile was selected (fill the form from it) or released (undefined: ad hoc). */
  onApply: (profile: ProfileSummary | undefined) => void;
  /** "Save as profile" from the ad-hoc form: opens New profile prefilled (the seed may hold a typed secret). */
  createSeed?: ProfileFormValues;
  onCreateSeedDone: () => void;
}

export function ProfilesSection({
  store,
  currentEnvironment,
  onApply,
  createSeed,
  onCreateSeedDone,
}: ProfilesSectionProps) {
  const ready = useStore(store, (s) => s.ready);
  const profiles = useStore(
    store,
    useShallow((s) => s.profiles),
  );
  const selectedId = useStore(store, (s) => s.selectedId);
  const vault = useStore(store, (s) => s.vault);
  const notices = useStore(
    store,
    useShallow((s) => s.notices),
  );
  const loadError = useStore(store, (s) => s.loadError);
  const setAside = useStore(
    store,
    useShallow((s) => s.setAside),
  );
  const setAsideKeptAs = useStore(store, (s) => s.setAsideKeptAs);
  const [dialog, setDialog] = useState<DialogState>();
  const [feedback, setFeedback] = useState<Feedback>();
  const [busy, setBusy] = useState(false);
  const sectionRef = useRef<HTMLElement>(null);

  const shown: DialogState | undefined = createSeed ? { kind: 'create', initial: createSeed } : dialog;
  const closeDialog = () => (createSeed ? onCreateSeedDone() : setDialog(undefined));
  const commands = profileCommands({
    store: store.getState(),
    selectedId,
    profileCount: profiles.length,
    onApply,
    setFeedback,
    closeDialog,
  });
  const selected = profiles.find((p) => p.id === selectedId);
  const open = (next: DialogState) => {
    setFeedback(undefined);
    setDialog(next);
  };

  // A closed dialog gives focus back to the button that opened it. When that button went with the profile (Delete),
  // focus would fall to <body>; the profile choice now selected takes it instead.
  const dialogOpen = shown !== undefined;
  const wasOpen = useRef(false);
  useEffect(() => {
    const justClosed = wasOpen.current && !dialogOpen;
    wasOpen.current = dialogOpen;
    if (!justClosed || !focusWasLost()) return;
    sectionRef.current?.querySelector<HTMLInputElement>('input[name="profile"]:checked')?.focus();
  }, [dialogOpen]);

  async function choose(id: string | undefined) {
    setBusy(true);
    await commands.choose(id);
    setBusy(false);
  }

  return (
    <section ref={sectionRef} className="panel profiles-panel" aria-labelledby="profiles-heading">
      <div className="panel-header">
        <h2 id="profiles-heading">Profiles</h2>
      </div>
      {notices.map((notice, index) => (
        <ErrorAlert
          key={notice.movedTo}
          tone="warning"
          title="A damaged file was moved aside"
          message={notice.message}
          onDismiss={() => store.getState().dismissNotice(index)}
        />
      ))}
      {loadError && <ErrorAlert title="Saved profiles could not be loaded" message={loadError.message} />}
      <SetAsideProfiles records={setAside} keptAs={setAsideKeptAs} />
      <VaultBanner vault={vault} onAllowWeak={commands.allowWeak} />
      <ProfileList
        profiles={profiles}
        selectedId={selectedId}
        ready={ready}
        busy={busy}
        onSelect={(id) => void choose(id)}
      />
      {selected && (
        <ProfileActions
          profile={selected}
          onEdit={() => open({ kind: 'edit', profile: selected })}
          onDuplicate={() => void commands.duplicate(selected)}
          onDelete={() => open({ kind: 'delete', profile: selected })}
          onCopySecret={() => void commands.copySecret(selected)}
          onCompareSecret={() => open({ kind: 'compare', profile: selected })}
          onEnterSecret={() => open({ kind: 'enter-secret', profile: selected })}
        />
      )}
      <div className="button-row" role="group" aria-label="Add profiles">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => open({ kind: 'create', initial: emptyValues(currentEnvironment) })}
        >
          New profile
        </button>
        <button type="button" className="button button-secondary" onClick={() => open({ kind: 'import' })}>
          Import credentials
        </button>
      </div>
      <BackupActions
        profileCount={profiles.length}
        onExport={() => void commands.exportBackup()}
        onImport={(json) => void commands.importBackup(json)}
      />
      <p role="status" className={`profiles-feedback${feedback ? ` profiles-feedback-${feedback.tone}` : ''}`}>
        {feedback?.text}
      </p>
      <ProfileDialogs
        dialog={shown}
        commands={commands}
        currentEnvironment={currentEnvironment}
        onClose={closeDialog}
      />
    </section>
  );
}
