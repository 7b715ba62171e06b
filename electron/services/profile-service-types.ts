import type { Profile, ProfileCreateInput, ProfilePatchInput, ProfileSummary } from '../../shared/domain/profile';
import type { SetAsideRecord } from '../../shared/domain/set-aside';
import type { SecretComparison, StoreNotice, VaultStatus } from '../../shared/domain/vault';
import type { BackupImportResult } from './profile-backup';
import type { ClipboardPort, TimerPort } from './secret-clipboard';
import type { SettingsService } from './settings';
import type { StoreFactory } from './store-factory';
import type { SecretCipher } from './vault-policy';

/** Profiles (metadata in conf) joined with their secrets (the vault). The renderer-facing results carry no secret. */
export interface ProfileServiceOptions {
  /** app.getPath('userData') in the app, a temp dir in tests. */
  dir: string;
  /** safeStorage in the app. */
  cipher: SecretCipher;
  clipboard: ClipboardPort;
  now?: () => number;
  timers?: TimerPort;
  /** The app's settings service; the service opens its own on `dir` when left out (tests). */
  settings?: SettingsService;
  /** How profiles.json and settings.json are opened: electron-store in the app, conf elsewhere (the default). */
  createStore?: StoreFactory;
}

/** For the token handler in main only: this object holds the secret and must never be sent to the renderer. */
export interface ProfileCredentials {
  profileId: string;
  environment: Profile['environment'];
  customTokenUrl?: string;
  clientId: string;
  clientSecret: string;
  merchantVat?: string;
  sendIbmClientId: boolean;
  basicEncoding: Profile['basicEncoding'];
}

export type { ClipboardPort, SecretCipher };

export interface ProfileService {
  list(): ProfileSummary[];
  get(id: string): ProfileSummary;
  create(input: ProfileCreateInput): ProfileSummary;
  update(id: string, patch: ProfilePatchInput): ProfileSummary;
  duplicate(id: string): ProfileSummary;
  delete(id: string): void;
  select(id: string): ProfileSummary;
  /** Ad-hoc credentials chosen: no profile is selected on the next start. */
  deselect(): void;
  lastSelected(): ProfileSummary | null;
  getCredentials(id: string): ProfileCredentials;
  copySecret(id: string): { clearsAfterMs: number };
  compareSecret(id: string, candidate: string): SecretComparison;
  vaultStatus(): VaultStatus;
  setAllowWeakEncryption(allow: boolean): VaultStatus;
  /** Profiles of profiles.json that failed their checks at start and were left out, and why. */
  setAside(): SetAsideRecord[];
  /** Where the file as it was is kept (a name in the data folder), when profiles were set aside. */
  setAsideKeptAs(): string | undefined;
  /** Corrupt files moved aside at start; returned once. */
  notices(): StoreNotice[];
  exportBackup(): string;
  importBackup(json: string): BackupImportResult;
  /** At quit: clears the clipboard now if it still holds a copied secret. */
  dispose(): void;
}
