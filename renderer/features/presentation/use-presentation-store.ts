import { create } from 'zustand';
import type { UiSettings } from '../../../shared/domain/profile';
import type { ConsoleApi } from '../../../shared/ipc/contract';
import { answeredAtStart } from '../../lib/bootstrap-api';
import { safeInvoker } from '../../lib/safe-invoke';
import type { KnownValue, MaskKind } from '../../../shared/domain/mask';

/** Kinds worth remembering to mask inside free text. Secrets are never kept here (STYLE.md §4). */
const REMEMBERED_KINDS: ReadonlySet<MaskKind> = new Set(['clientId', 'vat', 'fingerprint']);

export interface PresentationState {
  /** settings:get has answered (or failed): until then nothing that could need masking is shown. */
  loaded: boolean;
  presentationMode: boolean;
  welcomeSeen: boolean;
  /** Why a setting could not be read or saved; the mode still applies for this session. */
  problem?: string;
  /**
   * Client ids, VATs and fingerprints the app has shown (never secrets): masked inside free text too. In memory
   * only, for this run.
   */
  known: KnownValue[];
  /** What each live source (e.g. the request form) holds now; replaced as it changes, so prefixes typed on the way are not kept. */
  bySource: Record<string, KnownValue[]>;
  /** Values once shown (claims, profiles, demo clients): kept for the run. */
  shown: KnownValue[];
  load(): Promise<void>;
  setPresentationMode(on: boolean): Promise<void>;
  togglePresentationMode(): Promise<void>;
  markWelcomeSeen(): Promise<void>;
  /** With a source, replaces what that source held; without, adds to what was shown. */
  remember(values: readonly KnownValue[], source?: string): void;
  dismissProblem(): void;
}

const includes = (list: readonly KnownValue[], { kind, value }: KnownValue) =>
  list.some((k) => k.kind === kind && k.value === value);

function withKnown(
  shown: KnownValue[],
  bySource: Record<string, KnownValue[]>,
): Pick<PresentationState, 'shown' | 'bySource' | 'known'> {
  const known = [...shown];
  for (const values of Object.values(bySource))
    for (const value of values) if (!includes(known, value)) known.push(value);
  return { shown, bySource, known };
}

const unreadable = (message: string) => `The display settings could not be read: ${message}`;

/** Presentation mode and the first-run flag, persisted by main through settings:get / settings:update. */
export function createPresentationStore(api: ConsoleApi) {
  const invoke = safeInvoker(api);
  // Known at once when the start-up answer is in: the first render is then the console, not "Loading…".
  const atStart = answeredAtStart(api, 'settings:get', {});

  return create<PresentationState>()((set, get) => {
    async function update(patch: Partial<UiSettings>, what: string): Promise<void> {
      const result = await invoke('settings:update', patch);
      // The state already changed when asked (a later toggle must win over an earlier answer): only failure is news.
      if (!result.ok)
        set({ problem: `${what} could not be saved (${result.error.message}); it applies until you quit.` });
    }

    return {
      loaded: atStart !== undefined,
      presentationMode: atStart?.ok ? atStart.value.presentationMode : false,
      welcomeSeen: atStart?.ok ? atStart.value.welcomeSeen : true,
      problem: atStart && !atStart.ok ? unreadable(atStart.error.message) : undefined,
      known: [],
      bySource: {},
      shown: [],

      async load() {
        const result = await invoke('settings:get', {});
        if (result.ok)
          set({ loaded: true, presentationMode: result.value.presentationMode, welcomeSeen: result.value.welcomeSeen });
        else set({ loaded: true, problem: unreadable(result.error.message) });
      },

      async setPresentationMode(on) {
        // Applied at once, so masking never waits on the disk.
        set({ presentationMode: on, problem: undefined });
        await update({ presentationMode: on }, on ? 'Presentation mode' : 'Turning presentation mode off');
      },

      togglePresentationMode() {
        return get().setPresentationMode(!get().presentationMode);
      },

      async markWelcomeSeen() {
        set({ welcomeSeen: true });
        await update({ welcomeSeen: true }, 'That the welcome was seen');
      },

      remember(values, source) {
        const { shown, bySource } = get();
        const kept = values.filter(({ kind, value }) => value !== '' && REMEMBERED_KINDS.has(kind));
        if (source === undefined) {
          const fresh = kept.filter((v) => !includes(shown, v));
          if (fresh.length > 0) set(withKnown([...shown, ...fresh], bySource));
          return;
        }
        const previous = bySource[source] ?? [];
        if (previous.length === kept.length && kept.every((v) => includes(previous, v))) return;
        const next = { ...bySource };
        if (kept.length > 0) next[source] = kept;
        else delete next[source];
        set(withKnown(shown, next));
      },

      dismissProblem() {
        set({ problem: undefined });
      },
    };
  });
}

export type PresentationStore = ReturnType<typeof createPresentationStore>;
