import { create } from 'zustand';
import type { ProfileCreateInput, ProfilePatchInput, ProfileSummary } from '../../../shared/domain/profile';
import type { SetAsideRecord } from '../../../shared/domain/set-aside';
import type { StoreNotice, VaultStatus } from '../../../shared/domain/vault';
import type { BackupImportSummary, ConsoleApi, ResponseOf } from '../../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../../shared/ipc/result';
import { answeredAtStart } from '../../lib/bootstrap-api';
import { safeInvoker } from '../../lib/safe-invoke';
import type { SavedSecret } from '../../lib/token-form';

/**
 * Saved profiles as the renderer may know them: summaries with a fingerprint and a length, never a secret.
 * A secret typed into a form passes through create/update as an argument, straight to main, and is not kept.
 */
export interface ProfilesState {
  ready: boolean;
  profiles: ProfileSummary[];
  /** The profile whose credentials the token form uses; undefined = ad hoc (typed secret). */
  selectedId?: string;
  vault?: VaultStatus;
  notices: StoreNotice[];
  /** Profiles main left out at start, and why; with the name of the copy of the file as it was. */
  setAside: SetAsideRecord[];
  setAsideKeptAs?: string;
  loadError?: IpcError;
  /** Lists profiles, the vault status and start-up notices; resolves to the last used profile, if any. */
  load(): Promise<ProfileSummary | undefined>;
  /** undefined chooses ad hoc; that is a renderer-only choice (main keeps the last used profile). */
  select(id: string | undefined): Promise<IpcResult<ProfileSummary | undefined>>;
  create(input: ProfileCreateInput): Promise<IpcResult<ProfileSummary>>;
  update(id: string, patch: ProfilePatchInput): Promise<IpcResult<ProfileSummary>>;
  duplicate(id: string): Promise<IpcResult<ProfileSummary>>;
  remove(id: string): Promise<IpcResult<{ deleted: true }>>;
  copySecret(id: string): Promise<IpcResult<ResponseOf<'profiles:copy-secret'>>>;
  compareSecret(id: string, candidate: string): Promise<IpcResult<ResponseOf<'profiles:compare-secret'>>>;
  exportBackup(): Promise<IpcResult<ResponseOf<'profiles:export'>>>;
  importBackup(json: string): Promise<IpcResult<BackupImportSummary>>;
  allowWeakEncryption(allow: boolean): Promise<IpcResult<VaultStatus>>;
  dismissNotice(index: number): void;
}

/** The selected profile's saved secret as the token form uses it (described, never the value); none when ad hoc. */
export function selectedSavedSecret({ profiles, selectedId }: ProfilesState): SavedSecret | undefined {
  const secret = profiles.find((profile) => profile.id === selectedId)?.secret;
  return selectedId && secret ? { profileId: selectedId, secret } : undefined;
}

const replace = (profiles: ProfileSummary[], next: ProfileSummary) =>
  profiles.some((p) => p.id === next.id) ? profiles.map((p) => (p.id === next.id ? next : p)) : [...profiles, next];

export function createProfilesStore(api: ConsoleApi) {
  const invoke = safeInvoker(api);
  // The list in the start-up answer is the first state (notices still come with load(): they are handed out once).
  const atStart = answeredAtStart(api, 'profiles:list', {});
  const listedState = (listed: IpcResult<ResponseOf<'profiles:list'>>): Partial<ProfilesState> =>
    listed.ok
      ? {
          profiles: listed.value.profiles,
          vault: listed.value.vault,
          selectedId: listed.value.selectedId,
          setAside: listed.value.setAside ?? [],
          setAsideKeptAs: listed.value.setAsideKeptAs,
        }
      : { loadError: listed.error };
  return create<ProfilesState>()((set, get) => {
    /** Re-reads the list: after an import, or a vault change that moves secrets between memory and disk. */
    const refresh = async () => {
      const listed = await invoke('profiles:list', {});
      if (listed.ok) set({ profiles: listed.value.profiles, vault: listed.value.vault });
    };
    const keep = (result: IpcResult<ProfileSummary>) => {
      if (result.ok) set({ profiles: replace(get().profiles, result.value) });
      return result;
    };

    return {
      profiles: [],
      notices: [],
      setAside: [],
      ...(atStart ? listedState(atStart) : {}),
      ready: atStart !== undefined,

      async load() {
        const [listed, notices] = await Promise.all([invoke('profiles:list', {}), invoke('app:notices', {})]);
        const selectedId = listed.ok ? listed.value.selectedId : undefined;
        // What the first state already holds is not set again (no second render of the same list).
        const patch: Partial<ProfilesState> = listed === atStart ? {} : { ready: true, ...listedState(listed) };
        // The set-aside list says what the notice about the same kept copy would: it is shown once, as the list.
        const keptAs = listed.ok ? listed.value.setAsideKeptAs : undefined;
        const shown = notices.ok
          ? notices.value.filter((notice) => !(notice.source === 'profiles' && notice.movedTo === keptAs))
          : [];
        if (notices.ok && (shown.length > 0 || listed !== atStart)) patch.notices = shown;
        if (Object.keys(patch).length > 0) set(patch);
        return get().profiles.find((p) => p.id === selectedId);
      },

      async select(id) {
        // Optimistic, so the radio follows the click at once; main's refusal (a deleted profile) puts it back.
        const previous = get().selectedId;
        set({ selectedId: id });
        if (id === undefined) {
          const cleared = await invoke('profiles:deselect', {});
          return cleared.ok ? { ok: true, value: undefined } : cleared;
        }
        const result = keep(await invoke('profiles:select', { id }));
        if (!result.ok && get().selectedId === id) set({ selectedId: previous });
        return result;
      },

      create: async (input) => keep(await invoke('profiles:create', input)),
      update: async (id, patch) => keep(await invoke('profiles:update', { id, patch })),
      duplicate: async (id) => keep(await invoke('profiles:duplicate', { id })),

      async remove(id) {
        const result = await invoke('profiles:delete', { id });
        if (result.ok) {
          const { selectedId, profiles } = get();
          set({
            profiles: profiles.filter((p) => p.id !== id),
            selectedId: selectedId === id ? undefined : selectedId,
          });
        }
        return result;
      },

      copySecret: (id) => invoke('profiles:copy-secret', { id }),
      compareSecret: (id, candidate) => invoke('profiles:compare-secret', { id, candidate }),
      exportBackup: () => invoke('profiles:export', {}),

      async importBackup(json) {
        const result = await invoke('profiles:import', { json });
        if (result.ok && result.value.imported > 0) await refresh();
        return result;
      },

      async allowWeakEncryption(allow) {
        const result = await invoke('vault:allow-weak-encryption', { allow });
        if (result.ok) {
          set({ vault: result.value });
          await refresh();
        }
        return result;
      },

      dismissNotice(index) {
        set({ notices: get().notices.filter((_, i) => i !== index) });
      },
    };
  });
}

export type ProfilesStore = ReturnType<typeof createProfilesStore>;
