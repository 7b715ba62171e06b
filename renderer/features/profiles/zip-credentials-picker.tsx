import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import type { CredentialsZipAnswer } from '../../../shared/ipc/contract';
import { api } from '../../lib/api';

/** Both transports carry ~1 MB; onboarding zips are a few KB. */
const MAX_ZIP_BYTES = 700 * 1024;
const ENCRYPTION_LABELS = { none: 'not encrypted', zipcrypto: 'ZipCrypto', aes: 'AES' } as const;

interface ZipCredentialsPickerProps {
  /** The credentials text from inside the zip: the dialog treats it exactly as a paste. */
  onFound: (text: string, source: string) => void;
}

function base64Of(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

type Step =
  | { kind: 'idle' }
  | { kind: 'password'; message?: string }
  | { kind: 'done'; note: string }
  | { kind: 'failed'; message: string };

/**
 * "Open the onboarding zip": pick it or drop it, type the password that came by SMS, and main reads it in memory.
 * The password lives in this component until the zip is open, then is dropped; nothing is written to disk.
 */
export function ZipCredentialsPicker({ onFound }: ZipCredentialsPickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const [zip, setZip] = useState<{ name: string; data: string }>();
  const [password, setPassword] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  async function open(data: string, name: string, typed?: string) {
    setBusy(true);
    const result = await api.invoke('credentials:open-zip', { data, ...(typed ? { password: typed } : {}) });
    setBusy(false);
    if (!result.ok) return setStep({ kind: 'failed', message: result.error.message });
    const answer: CredentialsZipAnswer = result.value;
    if (answer.status === 'found') {
      setPassword('');
      setStep({
        kind: 'done',
        note: `Read from ${name} › ${answer.source} (${ENCRYPTION_LABELS[answer.encryption]}), in memory only.`,
      });
      return onFound(answer.text, answer.source);
    }
    if (answer.status === 'password-needed') return setStep({ kind: 'password' });
    if (answer.status === 'wrong-password') return setStep({ kind: 'password', message: answer.message });
    setStep({ kind: 'failed', message: answer.message });
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_ZIP_BYTES)
      return setStep({
        kind: 'failed',
        message: 'This file is larger than 700 KB; an onboarding zip is a few KB. Choose the zip you received.',
      });
    const data = base64Of(await file.arrayBuffer());
    setZip({ name: file.name, data });
    await open(data, file.name);
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    void choose(event.dataTransfer.files[0]);
  }

  function submitPassword(event: { preventDefault(): void }) {
    event.preventDefault();
    if (zip && password !== '') void open(zip.data, zip.name, password);
  }

  return (
    <div
      className="zip-picker"
      role="group"
      aria-label="Onboarding zip"
      onDragOver={(event) => event.preventDefault()}
      onDrop={drop}
    >
      <p className="field-hint">
        Received a password-protected zip? Drop it here or{' '}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => input.current?.click()}
          disabled={busy}
        >
          Open zip…
        </button>
      </p>
      <input
        ref={input}
        type="file"
        accept=".zip,application/zip"
        hidden
        aria-label="Zip file"
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      {step.kind === 'password' && (
        <div className="field">
          <label className="field-label" htmlFor="zip-password">
            Zip password
          </label>
          <input
            id="zip-password"
            className="input"
            type="password"
            autoComplete="off"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            onKeyDown={(event) => event.key === 'Enter' && submitPassword(event)}
          />
          <button
            type="button"
            className="button button-secondary"
            disabled={busy || password === ''}
            onClick={submitPassword}
          >
            Open
          </button>
          {step.message && (
            <p className="field-message field-message-error" role="alert">
              {step.message}
            </p>
          )}
        </div>
      )}
      {step.kind === 'failed' && (
        <p className="field-message field-message-error" role="alert">
          {step.message}
        </p>
      )}
      {step.kind === 'done' && (
        <p className="field-hint" role="status">
          {step.note}
        </p>
      )}
    </div>
  );
}
