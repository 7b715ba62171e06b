import { configure, Uint8ArrayReader, ZipReader, type Entry, type FileEntry } from '@zip.js/zip.js';

// No web workers in Node or in main: decryption and inflation run in this process, in memory.
configure({ useWebWorkers: false });

/** A zip bomb stops at these bounds: declared sizes are checked first, actual bytes while inflating. */
export interface ZipLimits {
  maxZipBytes: number;
  maxEntries: number;
  /** Per text file: credentials are a few hundred bytes; a 256 KB "letter" is already generous. */
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxZipBytes: 5 * 1024 * 1024,
  maxEntries: 200,
  maxEntryBytes: 256 * 1024,
  maxTotalBytes: 16 * 1024 * 1024,
};

export type ZipFailureReason = 'password-needed' | 'wrong-password' | 'damaged' | 'too-large' | 'no-credentials';

export class ZipImportError extends Error {
  constructor(
    readonly reason: ZipFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'ZipImportError';
  }
}

export interface ZipTextFile {
  path: string;
  text: string;
}

export interface OpenedZip {
  files: ZipTextFile[];
  /** Files not read as text: too large for credentials, or a binary format (a PDF letter, an image). */
  skipped: string[];
  encryption: 'none' | 'zipcrypto' | 'aes';
}

const tooLarge = (what: string) =>
  new ZipImportError(
    'too-large',
    `This zip is ${what}, far more than credentials need, so it was not opened (it may be a zip bomb).`,
  );
const damaged = () =>
  new ZipImportError(
    'damaged',
    'This file is not a readable zip: it is damaged or incomplete. Ask for it again, or save the attachment once more.',
  );

function classify(error: unknown): ZipImportError {
  if (error instanceof ZipImportError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/invalid password/i.test(message))
    return new ZipImportError(
      'wrong-password',
      'That password does not open this zip. It came separately (by SMS): check it and try again.',
    );
  // zip.js checks each entry's inflated size against its header as it goes: a header that lies is a bomb's trick.
  if (/invalid uncompressed size/i.test(message)) return tooLarge('larger unpacked than its headers say');
  if (/encrypted entry/i.test(message))
    return new ZipImportError(
      'password-needed',
      'This zip is password-protected: enter the password that came with it.',
    );
  // Everything else zip.js says (no central directory, bad signature, overlapping entries…) means an unreadable file.
  return damaged();
}

function checkDeclared(entries: FileEntry[], limits: ZipLimits): void {
  if (entries.length > limits.maxEntries) throw tooLarge(`${entries.length.toLocaleString('en-US')} files`);
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxTotalBytes) throw tooLarge(`${(total / 1024 / 1024).toFixed(1)} MB unpacked`);
}

/**
 * ZipCrypto checks a password against one byte, so about one wrong password in 256 gets past the check and only
 * the inflated data (or its CRC) comes out wrong: for such an entry that, too, means the password is wrong.
 */
function wrongZipCryptoPassword(entry: FileEntry, error: unknown): ZipImportError | undefined {
  if (!entry.zipCrypto || error instanceof ZipImportError) return undefined;
  const reason = classify(error);
  return reason.reason === 'damaged' ? classify(new Error('Invalid password')) : undefined;
}

/** Inflates one entry into memory, refusing past `limit` bytes whatever its header claimed. */
async function readEntry(entry: FileEntry, password: string | undefined, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const writable = new WritableStream<Uint8Array>({
    write(chunk) {
      size += chunk.length;
      if (size > limit) throw tooLarge('larger unpacked than its headers say');
      chunks.push(chunk);
    },
  });
  await entry.getData({ writable }, password === undefined ? {} : { password, checkSignature: true });
  return Buffer.concat(chunks);
}

const BINARY = /\.(pdf|png|jpe?g|gif|docx?|xlsx?|zip|p12|pfx|cer|der)$/i;
const isFile = (entry: Entry): entry is FileEntry => !entry.directory;
const encryptionOf = (entries: FileEntry[]): OpenedZip['encryption'] => {
  const encrypted = entries.filter((entry) => entry.encrypted);
  if (encrypted.length === 0) return 'none';
  return encrypted.every((entry) => entry.zipCrypto) ? 'zipcrypto' : 'aes';
};

/** Every file of the zip as text, in memory only. Nothing is written anywhere. */
export async function openZip(
  bytes: Uint8Array,
  password: string | undefined,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<OpenedZip> {
  if (bytes.length > limits.maxZipBytes) throw tooLarge(`${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
  const reader = new ZipReader(new Uint8ArrayReader(bytes));
  try {
    const entries = (await reader.getEntries()).filter(isFile);
    checkDeclared(entries, limits);
    if (entries.some((entry) => entry.encrypted) && !password) throw classify(new Error('encrypted entry'));
    const files: ZipTextFile[] = [];
    const skipped: string[] = [];
    let total = 0;
    for (const entry of entries) {
      if (entry.uncompressedSize > limits.maxEntryBytes || BINARY.test(entry.filename)) {
        skipped.push(entry.filename);
        continue;
      }
      const data = await readEntry(
        entry,
        entry.encrypted ? password : undefined,
        Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total),
      ).catch((error: unknown) => {
        throw wrongZipCryptoPassword(entry, error) ?? error;
      });
      total += data.length;
      files.push({ path: entry.filename, text: new TextDecoder('utf-8', { fatal: false }).decode(data) });
    }
    return { files, skipped, encryption: encryptionOf(entries) };
  } catch (error) {
    throw classify(error);
  } finally {
    await reader.close().catch(() => undefined);
  }
}
