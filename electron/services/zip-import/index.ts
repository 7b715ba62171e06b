import { findCredentials, type FoundCredentials } from './find-credentials';
import { DEFAULT_ZIP_LIMITS, openZip, ZipImportError, type ZipLimits } from './zip-entries';

export { ZipImportError, type ZipFailureReason, type ZipLimits } from './zip-entries';

export interface CredentialsZip extends FoundCredentials {
  encryption: 'none' | 'zipcrypto' | 'aes';
  fileCount: number;
}

/**
 * The onboarding zip as it arrives (password-protected, ZipCrypto or AES), opened in memory: the credentials in
 * whatever layout the files use. Throws ZipImportError with a reason the caller can switch on.
 */
export async function readCredentialsZip(
  bytes: Uint8Array,
  password: string | undefined,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<CredentialsZip> {
  const opened = await openZip(bytes, password, limits);
  const found = findCredentials(opened.files);
  if (!found) {
    const names = opened.files.map((file) => file.path).join(', ') || 'no files';
    const skipped = opened.skipped.length > 0 ? ` (not read: ${opened.skipped.join(', ')})` : '';
    throw new ZipImportError(
      'no-credentials',
      `No client id and client secret were found in this zip (it holds ${names}${skipped}). Paste them instead.`,
    );
  }
  return { ...found, encryption: opened.encryption, fileCount: opened.files.length + opened.skipped.length };
}
