import { fieldForKey, parseCredentialBlock, type CredentialBlock } from '../../../shared/domain/credential-import';
import type { ZipTextFile } from './zip-entries';

/**
 * A letter says "Your client ID is: 1234…" or puts the value on the line under "Client secret". Such lines are
 * rewritten as "client_id: value" so the paste parser reads them; everything else is the paste parser's job.
 */
const LETTER_LABEL =
  /(?:^|\b)(client[\s_-]*id|client[\s_-]*secret|merchant[\s_-]*vat)\b[^:=\n]{0,20}?[:=]?[ \t]*(.*)$/i;
const VALUE = /^\s*([^\s"'“”]+)\s*$/;

function letterToPairs(text: string): string | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const pairs: string[] = [];
  lines.forEach((line, i) => {
    const match = LETTER_LABEL.exec(line);
    if (!match) return;
    const field = fieldForKey(match[1] ?? '');
    const sameLine = match[2]?.replace(/^(?:is|are)\s*:?\s*/i, '').replace(/[.,;]$/, '') ?? '';
    const value = sameLine !== '' ? sameLine : VALUE.exec(lines[i + 1] ?? '')?.[1];
    if (field && value && VALUE.test(value)) pairs.push(`${field}: ${value.trim()}`);
  });
  return pairs.length > 0 ? pairs.join('\n') : undefined;
}

/** "client_id.txt" holding only the value. */
function fileNamedAfterField(file: ZipTextFile): string | undefined {
  const base =
    file.path
      .split('/')
      .pop()
      ?.replace(/\.[a-z0-9]{1,5}$/i, '') ?? '';
  const field = fieldForKey(base);
  const value = file.text.trim();
  return field && value !== '' && !/[\r\n]/.test(value) ? `${field}: ${value}` : undefined;
}

const complete = (block: CredentialBlock) => block.clientId !== undefined && block.clientSecret !== undefined;

export interface FoundCredentials {
  block: CredentialBlock;
  /** The file (or files) the credentials were read from, for "Read from …". */
  source: string;
  /** The text the block was parsed from: what the paste box would have held. */
  text: string;
}

/** The first file (or letter, or pair of one-value files) that yields both a client id and a secret. */
export function findCredentials(files: readonly ZipTextFile[]): FoundCredentials | undefined {
  for (const file of files) {
    for (const text of [file.text, letterToPairs(file.text)]) {
      if (text === undefined) continue;
      const block = parseCredentialBlock(text);
      if (complete(block)) return { block, source: file.path, text };
    }
  }
  const named = files
    .map((file) => ({ file, text: fileNamedAfterField(file) }))
    .filter((item) => item.text !== undefined);
  const text = named.map((item) => item.text).join('\n');
  const block = parseCredentialBlock(text);
  return complete(block) ? { block, source: named.map((item) => item.file.path).join(', '), text } : undefined;
}
