import { test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface PreviewProcess {
  url: string;
  origin: string;
  dataDir: string;
  /** Everything the preview printed (stdout and stderr), for checks that no secret reaches a log. */
  logs(): string;
  /** Quits and starts again on the same data directory (a new URL and key). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

interface Running {
  child: ChildProcess;
  url: string;
}

/** A fresh preview prints its URL within ~2 s on a quiet machine; a busy one gets ten times that before it fails. */
const READY_TIMEOUT_MS = 20_000;
/** SIGTERM closes the servers at once; a preview still alive after this is killed so the next test is not held up. */
const STOP_TIMEOUT_MS = 5_000;

/** The bundle global-setup.ts built for this run, else the source through tsx (e.g. when bench/ui.ts starts one). */
function previewCommand(): string[] {
  const bundle = process.env.IC_PREVIEW_CLI;
  return bundle ? [bundle] : ['--import', 'tsx', 'electron/preview/cli.ts'];
}

async function launch(dataDir: string, sink: { text: string }): Promise<Running> {
  const child = spawn(process.execPath, [...previewCommand(), '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => (sink.text += chunk.toString()));
  const started = Date.now();
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`preview printed no URL within ${READY_TIMEOUT_MS / 1000} s: ${sink.text}`));
    }, READY_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      sink.text += `${line}\n`;
      const match = /open: (\S+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code} after ${Date.now() - started} ms: ${sink.text}`));
    });
  });
  return { child, url };
}

/** Starts the real preview CLI (built renderer + real handlers) on a free port with a fresh data directory. */
export async function startPreview(): Promise<PreviewProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ic-e2e-'));
  const sink = { text: '' };
  let current = await launch(dataDir, sink);
  const preview: PreviewProcess = {
    url: current.url,
    origin: new URL(current.url).origin,
    dataDir,
    logs: () => sink.text,
    restart: async () => {
      await stopChild(current.child);
      current = await launch(dataDir, sink);
      preview.url = current.url;
      preview.origin = new URL(current.url).origin;
    },
    stop: async () => {
      await stopChild(current.child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return preview;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(killer);
}

/**
 * One fresh preview (and data directory) per test in this file: registers the hooks and returns a stand-in that
 * always reads the current test's preview (its url changes after restart()).
 */
export function usePreview(): PreviewProcess {
  let current: PreviewProcess | undefined;
  test.beforeEach(async () => {
    current = await startPreview();
  });
  test.afterEach(async () => {
    await current?.stop();
    current = undefined;
  });
  return new Proxy({} as PreviewProcess, {
    get(_target, key: keyof PreviewProcess) {
      if (!current) throw new Error('The preview runs only inside a test.');
      const value = current[key];
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}
