import type { CredentialsZipAnswer, RequestOf } from '../../shared/ipc/contract';
import { readCredentialsZip, ZipImportError } from '../services/zip-import/index';

/**
 * Import credentials → "Open the zip…": decrypted and read in memory; the text with the credentials goes to the
 * dialog as if pasted. Nothing is written to disk; the password is used once and not kept.
 */
export async function openCredentialsZip({
  data,
  password,
}: RequestOf<'credentials:open-zip'>): Promise<CredentialsZipAnswer> {
  try {
    const found = await readCredentialsZip(Buffer.from(data, 'base64'), password === '' ? undefined : password);
    return { status: 'found', text: found.text, source: found.source, encryption: found.encryption };
  } catch (error) {
    if (error instanceof ZipImportError) return { status: error.reason, message: error.message };
    throw error;
  }
}
