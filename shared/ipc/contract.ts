import type { z } from 'zod';
import type { AppInfo } from '../domain/app-info';
import type { PosAttempt, TokenAttempt } from '../domain/attempts';
import type { CodeSnippet } from '../domain/code-snippet';
import type { DemoClient, SandboxStatus } from '../domain/sandbox-status';
import type { EnvironmentId } from '../domain/environments';
import type { Finding } from '../domain/diagnosis';
import type { HistoryChange, HistoryEntry, HistorySummary } from '../domain/history';
import type { BasicHeaderReport } from '../domain/basic-header';
import type { ClientAuthProbeResult } from '../domain/probes';
import type { BackupImportSummary, ProfileSummary, UiSettings } from '../domain/profile';
import type { LocalEnvironmentId } from '../domain/sandbox-faults';
import type { SetAsideRecord } from '../domain/set-aside';
import type { VerificationResult } from '../domain/verification';
import type { SecretComparison, StoreNotice, VaultStatus } from '../domain/vault';
import type { TokenView } from '../domain/token-view';
import type { IpcResult } from './result';
import type { RequestSchemas } from './schemas';

/** The whole IPC surface: every invoke channel once, with one request and one response type. */

// Domain types the answers carry live in shared/domain; re-exported for the renderer's convenience.
export type { AppInfo, BackupImportSummary, CodeSnippet, DemoClient, PosAttempt, SandboxStatus, TokenAttempt };

export interface EnvironmentSummary {
  id: EnvironmentId;
  label: string;
  badge: string;
  production: boolean;
  description: string;
  /** Known for MobilePay's hosts and for the local sandbox once it runs; custom is typed by the user. */
  tokenUrl?: string;
}

export interface ProfilesState {
  profiles: ProfileSummary[];
  /** The last used profile, selected on start. */
  selectedId?: string;
  vault: VaultStatus;
  /** Profiles of the file that failed their checks at start and were left out (the rest loaded); only when any. */
  setAside?: SetAsideRecord[];
  /** The profiles file as it was before they were left out: a copy kept beside it in the data folder (its name). */
  setAsideKeptAs?: string;
}

export interface InspectedToken {
  token?: TokenView;
  /** From its iss: "Minted by Local production (iss …), checked against Local sandbox's keys." */
  mintedBy?: string;
  problem?: string;
  verification?: VerificationResult;
}

/** The channels whose first answers the start-up needs; `app:bootstrap` answers them all at once. */
export const BOOTSTRAP_CHANNELS = [
  'app:info',
  'environments:list',
  'profiles:list',
  'app:notices',
  'history:list',
  'settings:get',
] as const;
export type BootstrapChannel = (typeof BOOTSTRAP_CHANNELS)[number];

/**
 * Everything the first screen needs in one round trip: each part exactly as its own channel would have answered it
 * (so one failing part fails alone), and the status of both local sandboxes (read, never started or polled).
 */
export interface BootstrapAnswer {
  answers: { [C in BootstrapChannel]: IpcResult<InvokeResponses[C]> };
  sandboxes: Record<LocalEnvironmentId, IpcResult<SandboxStatus>>;
}
/**
 * The onboarding zip opened in main, in memory. `found` hands the credential text to the import dialog exactly
 * as a paste would (same parser, same hygiene checks, same save); every other status is a plain answer, not an
 * error, so the dialog can ask for the password again.
 */
export type CredentialsZipAnswer =
  | { status: 'found'; text: string; source: string; encryption: 'none' | 'zipcrypto' | 'aes' }
  | { status: 'password-needed' | 'wrong-password' | 'damaged' | 'too-large' | 'no-credentials'; message: string };

interface InvokeResponses {
  'app:bootstrap': BootstrapAnswer;
  'app:info': AppInfo;
  'environments:list': EnvironmentSummary[];
  'sandbox:status': SandboxStatus;
  'sandbox:start': SandboxStatus;
  'sandbox:demo-clients': DemoClient[];
  'sandbox:set-faults': SandboxStatus;
  'sandbox:rotate-key': SandboxStatus;
  'token:request': TokenAttempt;
  /** The refused attempt's findings, settled by one extra request with the other Basic encoding (recorded in History). */
  'token:settle-encoding': { findings: Finding[]; retry: TokenAttempt };
  'app:notices': StoreNotice[];
  'profiles:list': ProfilesState;
  'profiles:create': ProfileSummary;
  'profiles:update': ProfileSummary;
  'profiles:duplicate': ProfileSummary;
  'profiles:delete': { deleted: true };
  'profiles:select': ProfileSummary;
  'profiles:deselect': { deselected: true };
  'profiles:copy-secret': { clearsAfterMs: number };
  'profiles:compare-secret': { result: SecretComparison };
  'profiles:export': { json: string; fileName: string };
  'profiles:import': BackupImportSummary;
  'vault:allow-weak-encryption': VaultStatus;
  'token:verify': VerificationResult;
  'token:copy': { clearsAfterMs: number };
  'token:inspect': InspectedToken;
  'token:snippets': CodeSnippet[];
  'pos:snippets': CodeSnippet[];
  'history:list': HistorySummary[];
  'history:get': HistoryEntry<TokenAttempt>;
  'history:delete': { deleted: true };
  'history:clear': { cleared: true };
  'probe:client-auth': ClientAuthProbeResult;
  'probe:decode-basic': BasicHeaderReport;
  'pos:call': PosAttempt;
  'export:har': { json: string; fileName: string };
  'export:support-text': { text: string };
  'settings:get': UiSettings;
  'settings:update': UiSettings;
  'credentials:open-zip': CredentialsZipAnswer;
}

export type Channel = keyof RequestSchemas & keyof InvokeResponses;
export type RequestOf<C extends Channel> = z.infer<RequestSchemas[C]>;
export type ResponseOf<C extends Channel> = InvokeResponses[C];

/** Allowlist for the preload and the preview; a missing or extra channel is a compile error. */
export const CHANNELS = {
  'app:bootstrap': true,
  'app:info': true,
  'environments:list': true,
  'sandbox:status': true,
  'sandbox:start': true,
  'sandbox:demo-clients': true,
  'sandbox:set-faults': true,
  'sandbox:rotate-key': true,
  'token:request': true,
  'token:settle-encoding': true,
  'app:notices': true,
  'profiles:list': true,
  'profiles:create': true,
  'profiles:update': true,
  'profiles:duplicate': true,
  'profiles:delete': true,
  'profiles:select': true,
  'profiles:deselect': true,
  'profiles:copy-secret': true,
  'profiles:compare-secret': true,
  'profiles:export': true,
  'profiles:import': true,
  'vault:allow-weak-encryption': true,
  'token:verify': true,
  'token:copy': true,
  'token:inspect': true,
  'token:snippets': true,
  'pos:snippets': true,
  'history:list': true,
  'history:get': true,
  'history:delete': true,
  'history:clear': true,
  'probe:client-auth': true,
  'probe:decode-basic': true,
  'pos:call': true,
  'export:har': true,
  'export:support-text': true,
  'settings:get': true,
  'settings:update': true,
  'credentials:open-zip': true,
} as const satisfies Record<Channel, true> & Record<keyof RequestSchemas, true>;

/** Events pushed from main, named in the past tense. */
export interface EventPayloads {
  'sandbox:changed': SandboxStatus;
  /** After every change to History (an attempt added, one deleted, all cleared), so no one re-reads the list. */
  'history:changed': HistoryChange;
}

export type EventName = keyof EventPayloads;

const EVENTS = { 'sandbox:changed': true, 'history:changed': true } as const satisfies Record<EventName, true>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(CHANNELS, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(EVENTS, name);
}

/** What the preload exposes as window.api, and what the preview transport implements. */
export interface ConsoleApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
