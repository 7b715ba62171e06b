import { DEFAULT_ENVIRONMENT } from '../../../shared/domain/environments';
import type { ProfileSummary } from '../../../shared/domain/profile';
import type { LocalEnvironmentId } from '../../../shared/domain/sandbox-faults';
import type {
  AppInfo,
  DemoClient,
  EnvironmentSummary,
  SandboxStatus,
  TokenAttempt,
} from '../../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../../shared/ipc/result';
import type { SavedSecret, TokenForm } from '../../lib/token-form';
import type { ProfileBinding } from './profile-binding';

/** The token feature's state and its parts; the store that holds it is use-token-store.ts. */

/** Where an IPC error happened, so the alert can say what failed. */
export type ErrorContext = 'load' | 'request' | 'sandbox' | 'demo' | 'profile';

export interface TokenError extends IpcError {
  context: ErrorContext;
}

/** A fresh answer to Request token, or an attempt opened from History (its token is no longer usable here). */
export type AttemptSource = 'request' | 'history';

/** How the last Request token ended: with an attempt (any status), or not sent at all. */
export type LastRequest = { ok: true; attemptId: string } | { ok: false; error: TokenError };

export interface AutoRefreshSettings {
  enabled: boolean;
  /** Re-send this many minutes before the token expires (server time). */
  minutesBefore: number;
}

export const DEFAULT_AUTO_REFRESH: AutoRefreshSettings = { enabled: false, minutesBefore: 10 };

/** The token feature's state. Holds no secret and no usable token: a typed secret arrives as an argument. */
export interface TokenState {
  form: TokenForm;
  /** No profile is selected: the form is the ad-hoc one, and its edits are kept as the ad-hoc draft. */
  adHoc: boolean;
  /**
   * The ad-hoc form's fields, kept while a profile fills the form so that choosing Ad-hoc again brings them back.
   * Undefined until ad hoc has held anything (or a reload found one). Never a secret: the typed one stays in the form.
   */
  adHocDraft?: TokenForm;
  ready: boolean;
  appInfo?: AppInfo;
  environments: EnvironmentSummary[];
  /** Both embedded sandboxes, Local sandbox and Local production, by environment. */
  sandboxes: Partial<Record<LocalEnvironmentId, SandboxStatus>>;
  busy: boolean;
  lastAttempt?: TokenAttempt;
  attemptSource?: AttemptSource;
  /** The last Request token's end, kept after its error is dismissed (the line under the button still tells it). */
  lastRequest?: LastRequest;
  error?: TokenError;
  /** Production was confirmed once in this run; later requests to it go without asking. */
  productionConfirmed: boolean;
  /** Send asked "Send these credentials to MobilePay Production?" and waits for the answer. */
  confirmingProduction: boolean;
  /** Where the selected profile's saved secret may go (no secret): to say what a refused request changed. */
  profileBinding?: ProfileBinding;
  /** What automatic refresh last did, announced politely. */
  refreshNotice: string;
  /** Recently used merchant VATs, newest first: seeded from History on load, then kept for the session. */
  recentVats: string[];
  autoRefresh: AutoRefreshSettings;
  load(): Promise<void>;
  watchSandbox(): () => void;
  updateForm(patch: Partial<TokenForm>): void;
  /** Fills the form from a selected profile (its secret stays in main). */
  applyProfile(profile: ProfileSummary): void;
  /**
   * Ad hoc chosen (or the selected profile deleted): the ad-hoc draft comes back. With none yet, the form stays as it
   * is, a profile's fields as a starting point, and becomes the draft.
   */
  applyAdHoc(): void;
  /** Writes the ad-hoc draft for the next load of the window whenever the page goes away (a reload); see ad-hoc-draft.ts. */
  keepAdHocDraftOnReload(): () => void;
  /** The Local sandbox unless told otherwise. */
  startSandbox(environment?: LocalEnvironmentId): Promise<void>;
  fetchDemoClients(environment?: LocalEnvironmentId): Promise<DemoClient[]>;
  /** A typed secret (may be empty) and, when a profile is selected, its saved secret to fall back on. */
  requestToken(clientSecret: string, saved?: SavedSecret): Promise<TokenAttempt | undefined>;
  /** Shows an attempt opened from History in the viewer. */
  showAttempt(attempt: TokenAttempt, source: AttemptSource): void;
  /**
   * Sends the form with the held secret: checks it, asks about Production first (not when automatic), and after an
   * attempt lets verification follow (History updates from main's history:changed). Resolves to why nothing was sent (empty when it was).
   */
  send(options?: { automatic?: boolean }): Promise<string[]>;
  /** The Production question answered yes: remembered for the run, and the request goes. */
  confirmProduction(): void;
  cancelProduction(): void;
  seedRecentVats(newestFirst: readonly (string | undefined)[]): void;
  setAutoRefresh(patch: Partial<AutoRefreshSettings>): void;
  /** Main copies the attempt's usable token to the clipboard (and clears it later); the renderer never holds it. */
  copyToken(attemptId: string): Promise<IpcResult<{ clearsAfterMs: number }>>;
  dismissError(): void;
}

export const INITIAL_FORM: TokenForm = {
  environmentId: DEFAULT_ENVIRONMENT,
  customTokenUrl: '',
  clientId: '',
  merchantVat: '',
  basicEncoding: 'form',
  sendIbmClientId: false,
};
