import { onDemand } from '../components/on-demand';
import type { EnvironmentId } from '../../shared/domain/environments';
import type { ProfileSummary } from '../../shared/domain/profile';
import type { TokenAttempt } from '../../shared/ipc/contract';
import { HistorySection } from '../features/history/history-section';
import type { HistoryStore } from '../features/history/use-history-store';
import { ProfilesSection } from '../features/profiles/profiles-section';
import type { ProfileFormValues } from '../features/profiles/profile-values';
import type { ProfilesStore } from '../features/profiles/use-profiles-store';
import { SandboxControls } from '../features/sandbox-controls/sandbox-controls';
import type { LocalEnvironmentId } from '../../shared/domain/sandbox-faults';

const CompareDialog = onDemand(
  async () => (await import('../features/compare/compare-dialog')).CompareDialog,
  'Compare',
);

interface SidebarProps {
  profilesStore: ProfilesStore;
  historyStore: HistoryStore;
  currentEnvironment: EnvironmentId;
  localEnvironment?: LocalEnvironmentId;
  onApplyProfile: (profile: ProfileSummary | undefined) => void;
  createSeed?: ProfileFormValues;
  onCreateSeedDone: () => void;
  presenting: boolean;
  currentAttemptId?: string;
  onOpenAttempt: (attempt: TokenAttempt) => void;
}

/** Where credentials come from (profiles), the local sandbox's switches, and History. The sidebar scrolls on its own. */
export function Sidebar(props: SidebarProps) {
  return (
    <aside className="sidebar" aria-label="Profiles, sandbox and History">
      <ProfilesSection
        store={props.profilesStore}
        currentEnvironment={props.currentEnvironment}
        onApply={props.onApplyProfile}
        createSeed={props.createSeed}
        onCreateSeedDone={props.onCreateSeedDone}
      />
      {props.localEnvironment && (
        <SandboxControls key={`sandbox-controls-${props.localEnvironment}`} environment={props.localEnvironment} />
      )}
      {props.presenting ? (
        <p className="presentation-note" role="note">
          History is hidden in presentation mode.
        </p>
      ) : (
        <HistorySection
          store={props.historyStore}
          currentId={props.currentAttemptId}
          onOpened={props.onOpenAttempt}
          renderCompare={(ids, onClose) => <CompareDialog ids={ids} onClose={onClose} />}
        />
      )}
    </aside>
  );
}
