import { inspect } from 'node:util';

export type Style = 'red' | 'green' | 'yellow' | 'cyan' | 'bold' | 'dim';

/** Node's own ANSI table (util.inspect.colors); styleText would second-guess the stream and the environment. */
function paint(style: Style, text: string): string {
  const [open, close] = inspect.colors[style] ?? [0, 0];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

/** Colour only for a person at a terminal: never in a pipe, a file, CI logs, or with NO_COLOR set. */
export function colorFor(
  stream: NodeJS.WriteStream,
  env: NodeJS.ProcessEnv = process.env,
): (style: Style, text: string) => string {
  const on = stream.isTTY === true && !('NO_COLOR' in env && env.NO_COLOR !== '') && env.TERM !== 'dumb';
  return (style, text) => (on ? paint(style, text) : text);
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * Waits longer than half a second show a spinner on stderr, only when stderr is a terminal; stdout stays the
 * answer alone, so `$(integrator-console token --output token)` captures nothing else.
 */
export async function withSpinner<T>(
  label: string,
  work: Promise<T>,
  stream: NodeJS.WriteStream = process.stderr,
): Promise<T> {
  if (!stream.isTTY) return work;
  let frame = 0;
  let timer: NodeJS.Timeout | undefined;
  const delay = setTimeout(() => {
    timer = setInterval(() => {
      stream.write(`\r${FRAMES[frame % FRAMES.length] ?? ''} ${label}`);
      frame += 1;
    }, 80);
  }, 500);
  try {
    return await work;
  } finally {
    clearTimeout(delay);
    if (timer) {
      clearInterval(timer);
      stream.write('\r\x1b[2K');
    }
  }
}

/** All of stdin, as text; limited, since it is a secret, a header or a log excerpt. */
export async function readStdin(limitBytes = 1024 * 1024, input: NodeJS.ReadStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limitBytes) throw new RangeError(`stdin is larger than ${limitBytes} bytes.`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The first line of stdin without its line break: how `--secret-stdin` and `--password-stdin` read. */
export const firstLine = (text: string): string => text.split(/\r?\n/)[0] ?? '';

/** A password typed at the terminal, not echoed. */
export async function promptHidden(
  question: string,
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stderr,
): Promise<string> {
  if (!input.isTTY) throw new RangeError('No terminal to ask for the password: pipe it in with --password-stdin.');
  // Echo off before the prompt shows: a password typed (or pasted) the instant it appears is never echoed.
  input.setRawMode(true);
  output.write(question);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      output.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (key: string) => {
      for (const ch of key) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new RangeError('Cancelled.'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    input.on('data', onData);
  });
}

/** Yes/no before sending credentials; scripts say --yes instead. */
export async function confirm(
  question: string,
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stderr,
): Promise<boolean> {
  if (!input.isTTY) return false;
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input, output });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}
