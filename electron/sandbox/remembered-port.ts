import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SandboxFlavor } from './clients';

/**
 * The embedded sandbox listens on the port it had last time when that port is free, so its URLs — and the `iss` and
 * `aud` of the tokens it minted — stay the same from one start of the app to the next. One small file per flavor in
 * the sandbox's data directory; a missing or unreadable file just means "any free port".
 */
export function portFileNameFor(flavor: SandboxFlavor): string {
  return flavor === 'production' ? 'sandbox-port-production.json' : 'sandbox-port.json';
}

/** The port the last start used, if the file holds a plausible one (ports the OS hands out are never below 1024). */
export async function readRememberedPort(dataDir: string, flavor: SandboxFlavor): Promise<number | undefined> {
  try {
    const { port } = JSON.parse(await readFile(join(dataDir, portFileNameFor(flavor)), 'utf8')) as { port?: unknown };
    return Number.isInteger(port) && (port as number) >= 1024 && (port as number) <= 65_535
      ? (port as number)
      : undefined;
  } catch {
    return undefined;
  }
}

export async function rememberPort(dataDir: string, flavor: SandboxFlavor, port: number): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await writeFile(join(dataDir, portFileNameFor(flavor)), `${JSON.stringify({ port })}\n`, { mode: 0o600 });
}
