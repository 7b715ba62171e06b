import type { ProfileCreateInput, ProfileSummary } from '../../shared/domain/profile';
import type { StoreNotice, VaultStatus } from '../../shared/domain/vault';
import type { IpcResult } from '../../shared/ipc/result';
import type { FakeHandlers } from './fake-api';
import { SESSION_ONLY_VAULT } from './fake-api';

/**
 * An in-memory stand-in for main's profile service, for renderer tests: secrets are kept here (as main keeps them
 * in its vault) and only descriptions go back, so a test can check the renderer never receives one.
 */
export interface FakeProfilesOptions {
  profiles?: ProfileSummary[];
  selectedId?: string;
  vault?: VaultStatus;
  notices?: StoreNotice[];
  /** Secrets by profile id, for profiles passed in. */
  secrets?: Record<string, string>;
}

/** Not SHA-256: a stable 8-hex stand-in, so tests can match the text the UI builds from it. */
export function fakeFingerprint(secret: string): string {
  let hash = 0x811c9dc5;
  for (const ch of secret) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

const at = '2026-01-01T00:00:00.000Z';

export function profileFixture(id: string, overrides: Partial<ProfileSummary> = {}): ProfileSummary {
  return {
    id,
    name: `Profile ${id}`,
    environment: 'local',
    clientId: `client-${id}`,
    sendIbmClientId: false,
    basicEncoding: 'form',
    notes: '',
    merchants: [],
    createdAt: at,
    updatedAt: at,
    secret: { state: 'missing' },
    ...overrides,
  };
}

const notFound = { ok: false, error: { code: 'NOT_FOUND', message: 'This profile no longer exists.' } } as const;

export function fakeProfiles(options: FakeProfilesOptions = {}) {
  const profiles = new Map((options.profiles ?? []).map((p) => [p.id, { ...p }]));
  const secrets = new Map(Object.entries(options.secrets ?? {}));
  let selectedId = options.selectedId;
  let vault: VaultStatus = options.vault ?? SESSION_ONLY_VAULT;
  let next = 1;
  const summary = (profile: ProfileSummary): ProfileSummary => {
    const secret = secrets.get(profile.id);
    if (secret === undefined)
      return { ...profile, secret: profile.secret.state === 'needs-reentry' ? profile.secret : { state: 'missing' } };
    return {
      ...profile,
      secret: {
        state: 'present',
        fingerprint: fakeFingerprint(secret),
        length: secret.length,
        persisted: vault.mode === 'encrypted',
      },
    };
  };
  const found = (id: string): IpcResult<ProfileSummary> => {
    const profile = profiles.get(id);
    return profile ? { ok: true, value: summary(profile) } : notFound;
  };
  const insert = ({ clientSecret, ...draft }: ProfileCreateInput): ProfileSummary => {
    const id = `p${next++}`;
    const profile = profileFixture(id, { sendIbmClientId: false, basicEncoding: 'form', notes: '', ...draft });
    profiles.set(id, profile);
    if (clientSecret !== undefined) secrets.set(id, clientSecret);
    return summary(profile);
  };

  const handlers: FakeHandlers = {
    'app:notices': () => ({ ok: true, value: options.notices ?? [] }),
    'profiles:list': () => ({
      ok: true,
      value: { profiles: [...profiles.values()].map(summary), vault, ...(selectedId ? { selectedId } : {}) },
    }),
    'profiles:create': (input) => ({ ok: true, value: insert(input) }),
    'profiles:update': ({ id, patch }) => {
      const profile = profiles.get(id);
      if (!profile) return notFound;
      const { clientSecret, customTokenUrl, defaultMerchantVat, ...rest } = patch;
      const updated: ProfileSummary = { ...profile, ...rest };
      if (customTokenUrl === null) delete updated.customTokenUrl;
      else if (customTokenUrl !== undefined) updated.customTokenUrl = customTokenUrl;
      if (defaultMerchantVat === null) delete updated.defaultMerchantVat;
      else if (defaultMerchantVat !== undefined) updated.defaultMerchantVat = defaultMerchantVat;
      if (clientSecret !== undefined) {
        secrets.set(id, clientSecret);
        updated.secret = { state: 'present' };
      }
      profiles.set(id, updated);
      return found(id);
    },
    'profiles:duplicate': ({ id }) => {
      const profile = profiles.get(id);
      if (!profile) return notFound;
      const { id: _id, secret: _secret, createdAt: _created, updatedAt: _updated, ...fields } = profile;
      const copy = insert({ ...fields, name: `${profile.name} (copy)` });
      const secret = secrets.get(id);
      if (secret !== undefined) secrets.set(copy.id, secret);
      return found(copy.id);
    },
    'profiles:delete': ({ id }) => {
      if (!profiles.delete(id)) return notFound;
      secrets.delete(id);
      if (selectedId === id) selectedId = undefined;
      return { ok: true, value: { deleted: true } };
    },
    'profiles:select': ({ id }) => {
      if (profiles.has(id)) selectedId = id;
      return found(id);
    },
    'profiles:deselect': () => {
      selectedId = undefined;
      return { ok: true, value: { deselected: true } };
    },
    'profiles:copy-secret': ({ id }) => (profiles.has(id) ? { ok: true, value: { clearsAfterMs: 30_000 } } : notFound),
    'profiles:compare-secret': ({ id, candidate }) => {
      if (!profiles.has(id)) return notFound;
      const secret = secrets.get(id);
      return {
        ok: true,
        value: { result: secret === undefined ? 'unavailable' : secret === candidate ? 'match' : 'no-match' },
      };
    },
    'vault:allow-weak-encryption': ({ allow }) => {
      vault = {
        mode: allow ? 'weak-opted-in' : 'weak-refused',
        message: allow ? 'Saved, only obscured.' : 'Kept until you quit.',
      };
      return { ok: true, value: vault };
    },
  };
  return { handlers, secrets, profiles };
}
