import { randomUUID } from 'node:crypto';
import type { JsonWebKey } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { SandboxFlavor } from './clients';
import { generateSigningMaterial, signingMaterialFrom } from './signing-certificate';
import type { SigningMaterial } from './signing-certificate';

/** Persists the signing key + certificate so tokens minted before a restart still verify after it. */
export const KEY_FILE_NAME = 'sandbox-keys.json';
/** "Local production" keeps its own key beside the sandbox's, so tokens of one never verify at the other. */
export const PRODUCTION_KEY_FILE_NAME = 'sandbox-keys-production.json';

export function keyFileNameFor(flavor: SandboxFlavor): string {
  return flavor === 'production' ? PRODUCTION_KEY_FILE_NAME : KEY_FILE_NAME;
}

const FILE_FORMAT = 'integrator-console-sandbox-keys';
const FILE_VERSION = 1;

export interface LoadedSigningMaterial {
  material: SigningMaterial;
  keyFile: string;
  /** 'loaded' = reused the file; 'created' = none existed; 'replaced-corrupt' = the old file was moved aside. */
  origin: 'loaded' | 'created' | 'replaced-corrupt';
  /** Where an unreadable key file was moved (`sandbox-keys.json.corrupt-<timestamp>`). */
  corruptFileMovedTo?: string;
}

export async function loadOrCreateSigningMaterial(
  dataDir: string,
  fileName: string = KEY_FILE_NAME,
): Promise<LoadedSigningMaterial> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const keyFile = join(dataDir, fileName);
  let text: string | undefined;
  try {
    text = await readFile(keyFile, 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return replaceCorrupt(keyFile);
  }
  if (text === undefined) {
    const material = await generateSigningMaterial();
    await writeKeyFile(keyFile, material);
    return { material, keyFile, origin: 'created' };
  }
  try {
    return { material: parseKeyFile(text), keyFile, origin: 'loaded' };
  } catch {
    return replaceCorrupt(keyFile);
  }
}

/**
 * Key rotation: a new key + certificate replace the file's (atomically). The old key is not kept: after a
 * rotation only the new key is published, so tokens signed with the old one stop verifying.
 */
export async function replaceSigningMaterial(keyFile: string): Promise<SigningMaterial> {
  const material = await generateSigningMaterial();
  await writeKeyFile(keyFile, material);
  return material;
}

async function replaceCorrupt(keyFile: string): Promise<LoadedSigningMaterial> {
  const corruptFileMovedTo = `${keyFile}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await rename(keyFile, corruptFileMovedTo);
  const material = await generateSigningMaterial();
  await writeKeyFile(keyFile, material);
  return { material, keyFile, origin: 'replaced-corrupt', corruptFileMovedTo };
}

function parseKeyFile(text: string): SigningMaterial {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('key file is not an object');
  const record = parsed as Record<string, unknown>;
  if (record.format !== FILE_FORMAT || record.version !== FILE_VERSION) throw new Error('unknown key file format');
  if (typeof record.certificate !== 'string' || typeof record.privateKey !== 'object' || record.privateKey === null) {
    throw new Error('key file lacks certificate or privateKey');
  }
  return signingMaterialFrom(Buffer.from(record.certificate, 'base64'), record.privateKey as JsonWebKey);
}

/** Atomic: write a private temp file beside the target, flush it, then rename over the target. */
async function writeKeyFile(keyFile: string, material: SigningMaterial): Promise<void> {
  const body = JSON.stringify(
    {
      format: FILE_FORMAT,
      version: FILE_VERSION,
      createdAt: new Date().toISOString(),
      kid: material.kid, // informational; recomputed from the certificate on load
      certificate: material.certificateDer.toString('base64'),
      privateKey: material.privateJwk,
    },
    null,
    2,
  );
  const temp = `${keyFile}.${process.pid}.${randomUUID()}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(`${body}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await chmod(temp, 0o600); // the umask can only remove bits, but be explicit
    await rename(temp, keyFile);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}
