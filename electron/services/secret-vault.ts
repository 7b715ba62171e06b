import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HandlerError } from '../../shared/ipc/result';
import type { SecretComparison, SecretDescription, StoreNotice, VaultStatus } from '../../shared/domain/vault';
import { moveAsideCorrupt, writeFileAtomic } from './atomic-file';
import { fingerprintSecret } from './basic-auth';
import {
  decideVaultPolicy,
  describeVaultPolicy,
  hasWeakBackend,
  persistsSecrets,
  type SecretCipher,
} from './vault-policy';

/**
 * Client secrets by profile id, in a file of their own (secrets.json), each a versioned envelope
 * `{ v: 1, data: <base64 of safeStorage output> }`. Where nothing protects them (no encryption, or Linux basic_text
 * without the user's opt-in) they are kept in memory for the session instead, never silently written.
 */
export const SECRETS_FILE = 'secrets.json';
const FILE_FORMAT = 'integrator-console-secrets';
const ENVELOPE_VERSION = 1;

type SecretLookup = { state: 'present'; secret: string } | { state: 'missing' } | { state: 'needs-reentry' };

export interface SecretVaultOptions {
  dir: string;
  cipher: SecretCipher;
  allowWeakEncryption?: boolean;
  now?: () => number;
}

export interface SecretVault {
  status(): VaultStatus;
  set(id: string, secret: string): SecretDescription;
  get(id: string): SecretLookup;
  delete(id: string): boolean;
  describe(id: string): SecretDescription;
  compare(id: string, candidate: string): SecretComparison;
  setAllowWeakEncryption(allow: boolean): VaultStatus;
  /** Returns the pending notices (a corrupt file moved aside) once, then forgets them. */
  notices(): StoreNotice[];
}

type Entries = Map<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseSecretsFile(text: string): Entries | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isRecord(parsed) || !isRecord(parsed.entries)) return undefined;
    return new Map(Object.entries(parsed.entries));
  } catch {
    return undefined;
  }
}

function loadEntries(path: string, now: number, notices: StoreNotice[]): Entries {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const entries = parseSecretsFile(text);
  if (entries) return entries;
  const movedTo = moveAsideCorrupt(path, now);
  notices.push({
    source: 'secrets',
    movedTo,
    message: `The saved client secrets could not be read, so the file was moved aside as ${movedTo}. Enter the secrets again; profiles and settings are not affected.`,
  });
  return new Map();
}

/** The ciphertext of a v1 envelope; undefined for anything else (a newer version, a damaged entry). */
function openEnvelope(entry: unknown): Buffer | undefined {
  if (!isRecord(entry) || entry.v !== ENVELOPE_VERSION || typeof entry.data !== 'string') return undefined;
  if (entry.data === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(entry.data)) return undefined;
  return Buffer.from(entry.data, 'base64');
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export function createSecretVault(options: SecretVaultOptions): SecretVault {
  const path = join(options.dir, SECRETS_FILE);
  const now = options.now ?? Date.now;
  let allowWeak = options.allowWeakEncryption ?? false;
  const pending: StoreNotice[] = [];
  let disk = loadEntries(path, now(), pending);
  const session = new Map<string, string>();
  const policy = () => decideVaultPolicy(options.cipher, allowWeak);
  // Electron encrypts with basic_text only once told to, so the opt-in (saved in settings) is applied at every start.
  const usePlainText = (on: boolean) => {
    if (hasWeakBackend(options.cipher)) options.cipher.setUsePlainTextEncryption?.(on);
  };
  if (allowWeak) usePlainText(true);

  const persist = (next: Entries) => {
    writeFileAtomic(path, `${JSON.stringify({ format: FILE_FORMAT, entries: Object.fromEntries(next) }, null, 2)}\n`);
    disk = next;
  };

  const seal = (secret: string) => {
    try {
      return { v: ENVELOPE_VERSION, data: options.cipher.encryptString(secret).toString('base64') };
    } catch {
      throw new HandlerError(
        'ENCRYPTION_UNAVAILABLE',
        'The system keychain could not encrypt the client secret, so it was not saved.',
      );
    }
  };

  const unseal = (entry: unknown): SecretLookup => {
    const cipherText = openEnvelope(entry);
    if (!cipherText || policy().mode === 'session-only') return { state: 'needs-reentry' };
    try {
      return { state: 'present', secret: options.cipher.decryptString(cipherText) };
    } catch {
      return { state: 'needs-reentry' };
    }
  };

  const get = (id: string): SecretLookup => {
    const held = session.get(id);
    if (held !== undefined) return { state: 'present', secret: held };
    return disk.has(id) ? unseal(disk.get(id)) : { state: 'missing' };
  };

  const describe = (id: string): SecretDescription => {
    const found = get(id);
    if (found.state !== 'present') return { state: found.state };
    return { state: 'present', ...fingerprintSecret(found.secret), persisted: !session.has(id) };
  };

  const set = (id: string, secret: string): SecretDescription => {
    if (typeof secret !== 'string' || secret === '') throw new HandlerError('INVALID_INPUT', 'Client secret is empty.');
    const next = new Map(disk);
    if (persistsSecrets(policy().mode)) {
      next.set(id, seal(secret));
      persist(next);
      session.delete(id);
    } else {
      session.set(id, secret);
      // A stale saved secret would come back after a restart, so the new one replaces it in memory only.
      if (next.delete(id)) persist(next);
    }
    return describe(id);
  };

  /** Opt-in saves what the session held; opting out moves readable saved secrets back into memory. */
  const setAllowWeakEncryption = (allow: boolean): VaultStatus => {
    const before = policy().mode;
    if (allow) usePlainText(true);
    allowWeak = allow;
    const after = policy().mode;
    const next = new Map(disk);
    if (before === 'weak-refused' && after === 'weak-opted-in' && session.size > 0) {
      for (const [id, secret] of session) next.set(id, seal(secret));
      persist(next);
      session.clear();
    } else if (before === 'weak-opted-in' && after === 'weak-refused') {
      for (const [id, entry] of disk) {
        const found = unseal(entry);
        if (found.state === 'present' && next.delete(id)) session.set(id, found.secret);
      }
      if (next.size !== disk.size) persist(next);
    }
    // Off only now: opting out still had to read the saved secrets back into memory.
    if (!allow) usePlainText(false);
    return describeVaultPolicy(policy());
  };

  return {
    status: () => describeVaultPolicy(policy()),
    set,
    get,
    describe,
    setAllowWeakEncryption,
    delete: (id) => {
      const held = session.delete(id);
      const next = new Map(disk);
      if (!next.delete(id)) return held;
      persist(next);
      return true;
    },
    compare: (id, candidate) => {
      const found = get(id);
      if (found.state !== 'present') return 'unavailable';
      return timingSafeEqual(digest(found.secret), digest(candidate)) ? 'match' : 'no-match';
    },
    notices: () => pending.splice(0, pending.length),
  };
}
