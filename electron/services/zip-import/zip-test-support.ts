import { TextReader, Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';

export interface ZipFileSpec {
  path: string;
  text?: string;
  bytes?: Uint8Array;
}

export type ZipEncryption = 'zipcrypto' | 'aes' | 'none';

/** Builds a zip in memory the way onboarding zips arrive: password-protected with ZipCrypto or AES-256. */
export async function makeZip(
  files: readonly ZipFileSpec[],
  encryption: ZipEncryption,
  password = 'sms-password-4711',
): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter());
  const options =
    encryption === 'none'
      ? {}
      : encryption === 'zipcrypto'
        ? { password, zipCrypto: true }
        : { password, encryptionStrength: 3 as const };
  for (const file of files) {
    const reader = file.bytes ? new Uint8ArrayReader(file.bytes) : new TextReader(file.text ?? '');
    await writer.add(file.path, reader, options);
  }
  return writer.close();
}

export const TEST_CLIENT_ID = '5f0c7e42-3b1a-4c55-9d1e-1e6a2f9b7c30';
/** Test-only value shaped like a real secret; it opens nothing. */
export const TEST_CLIENT_SECRET = 'qW3rTy-Zx9_Uv8Ab7Cd6Ef5Gh4Ij3Kl2Mn1Op0Qr9St8';
