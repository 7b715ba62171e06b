import type { ProfileCreateInput, ProfileSummary } from '../../../shared/domain/profile';
import type { IpcError } from '../../../shared/ipc/result';
import { downloadText } from '../../lib/download';
import type { PromptResult } from './secret-prompt-dialog';
import { toCreateInput, toPatch } from './profile-values';
import type { ProfileFormValues } from './profile-values';
import type { ProfilesState } from './use-profiles-store';

export interface Feedback {
  tone: 'success' | 'error';
  text: string;
}

export interface CommandDeps {
  store: Pick<
    ProfilesState,
    | 'select'
    | 'create'
    | 'update'
    | 'duplicate'
    | 'remove'
    | 'copySecret'
    | 'compareSecret'
    | 'exportBackup'
    | 'importBackup'
    | 'allowWeakEncryption'
  >;
  selectedId: string | undefined;
  profileCount: number;
  /** Fills (or, with undefined, releases) the token form. */
  onApply: (profile: ProfileSummary | undefined) => void;
  setFeedback: (feedback: Feedback | undefined) => void;
  closeDialog: () => void;
}

const failure = (error: IpcError): Feedback => ({ tone: 'error', text: error.message });

function importSummary(imported: number, skipped: { index: number; reason: string }[]): string {
  const head = `Imported ${imported} profile${imported === 1 ? '' : 's'}`;
  if (skipped.length === 0) return `${head}. Enter their secrets to use them.`;
  return `${head}; skipped ${skipped.length}: ${skipped.map((s) => `#${s.index + 1} ${s.reason}`).join('; ')}`;
}

/** The profiles panel's actions: each calls the store, then says what happened. Dialog handlers return their errors. */
export function profileCommands(deps: CommandDeps) {
  const { store, onApply, setFeedback, closeDialog } = deps;

  async function choose(id: string | undefined) {
    const result = await store.select(id);
    if (result.ok) onApply(result.value);
    else setFeedback(failure(result.error));
  }

  async function createAndSelect(input: ProfileCreateInput): Promise<string | undefined> {
    const result = await store.create(input);
    if (!result.ok) return result.error.message;
    setFeedback({ tone: 'success', text: `Saved profile ${result.value.name}.` });
    // Selected before the dialog closes: selecting remounts the request form, so "Save as profile…" (the opener) is
    // gone by then, and focus goes to the new profile's choice instead of being restored into nothing.
    await choose(result.value.id);
    closeDialog();
    return undefined;
  }

  return {
    choose,
    createAndSelect,
    create: (values: ProfileFormValues) => createAndSelect(toCreateInput(values)),

    async edit(profile: ProfileSummary, values: ProfileFormValues): Promise<string | undefined> {
      const result = await store.update(profile.id, toPatch(values));
      if (!result.ok) return result.error.message;
      closeDialog();
      setFeedback({ tone: 'success', text: `Saved changes to ${result.value.name}.` });
      if (deps.selectedId === profile.id) onApply(result.value);
      return undefined;
    },

    async duplicate(profile: ProfileSummary) {
      const result = await store.duplicate(profile.id);
      if (!result.ok) return setFeedback(failure(result.error));
      setFeedback({ tone: 'success', text: `Duplicated as ${result.value.name}.` });
      await choose(result.value.id);
    },

    async remove(profile: ProfileSummary): Promise<string | undefined> {
      const wasSelected = deps.selectedId === profile.id;
      const result = await store.remove(profile.id);
      if (!result.ok) return result.error.message;
      closeDialog();
      setFeedback({ tone: 'success', text: `Deleted profile ${profile.name} and its saved secret.` });
      if (wasSelected) onApply(undefined);
      return undefined;
    },

    async copySecret(profile: ProfileSummary) {
      const result = await store.copySecret(profile.id);
      if (!result.ok) return setFeedback(failure(result.error));
      setFeedback({
        tone: 'success',
        text: `Copied — the clipboard is cleared in ${Math.round(result.value.clearsAfterMs / 1000)} s.`,
      });
    },

    async compareSecret(profile: ProfileSummary, candidate: string): Promise<PromptResult> {
      const result = await store.compareSecret(profile.id, candidate);
      if (!result.ok) return { tone: 'error', text: result.error.message };
      if (result.value.result === 'match') return { tone: 'success', text: 'Matches the saved secret.' };
      if (result.value.result === 'no-match') return { tone: 'warning', text: 'Does not match the saved secret.' };
      return { tone: 'error', text: 'The saved secret cannot be read, so nothing was compared.' };
    },

    async enterSecret(profile: ProfileSummary, secret: string): Promise<PromptResult | undefined> {
      const result = await store.update(profile.id, { clientSecret: secret });
      if (!result.ok) return { tone: 'error', text: result.error.message };
      closeDialog();
      setFeedback({ tone: 'success', text: `Saved the secret of ${profile.name}.` });
      if (deps.selectedId === profile.id) onApply(result.value);
      return undefined;
    },

    async exportBackup() {
      const result = await store.exportBackup();
      if (!result.ok) return setFeedback(failure(result.error));
      downloadText(result.value.json, result.value.fileName);
      const count = deps.profileCount;
      setFeedback({
        tone: 'success',
        text: `Exported ${count} profile${count === 1 ? '' : 's'} to ${result.value.fileName}. No secrets are included.`,
      });
    },

    async importBackup(json: string) {
      const result = await store.importBackup(json);
      if (!result.ok) return setFeedback(failure(result.error));
      setFeedback({
        tone: result.value.imported > 0 ? 'success' : 'error',
        text: importSummary(result.value.imported, result.value.skipped),
      });
    },

    async allowWeak(allow: boolean): Promise<string | undefined> {
      const result = await store.allowWeakEncryption(allow);
      return result.ok ? undefined : result.error.message;
    },
  };
}

export type ProfileCommands = ReturnType<typeof profileCommands>;
