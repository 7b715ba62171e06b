import type { Argv } from 'yargs';
import type { GlobalFlags } from '../run-command';
import { COMMAND_HELP, type CommandName } from './command-help';

type Register = (yargs: Argv<GlobalFlags>) => Argv<GlobalFlags>;

/**
 * Each command's code is its own chunk of dist-cli/, imported only when that command runs: `token` does not load
 * the zip reader, and nothing here loads the sandbox (main.ts imports it for `sandbox` alone).
 */
const MODULES: readonly { commands: readonly CommandName[]; load: () => Promise<Register> }[] = [
  { commands: ['token', 'diagnose'], load: async () => (await import('./token')).registerTokenCommands },
  { commands: ['probe'], load: async () => (await import('./probe')).registerProbeCommand },
  { commands: ['decode-basic', 'inspect'], load: async () => (await import('./tools')).registerToolCommands },
  { commands: ['pos'], load: async () => (await import('./pos')).registerPosCommand },
  { commands: ['import-zip'], load: async () => (await import('./import-zip')).registerImportZipCommand },
];

const VALUE_OPTIONS = new Set(['--data-dir', '--sandbox']);

/** The command argv names: its first word that is not an option or a global option's value. */
export function commandWord(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') return undefined;
    if (VALUE_OPTIONS.has(arg)) index++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

const isCommandName = (word: string): word is CommandName => Object.hasOwn(COMMAND_HELP, word);

/**
 * Registers the named command's module for real and every other command by its help line only. With no command
 * (`--help`, `--version`) nothing is loaded; with a word that names none (a typo, `completion`), everything is, so
 * suggestions and completion see every option.
 */
export async function registerCommands(yargs: Argv<GlobalFlags>, word: string | undefined): Promise<Argv<GlobalFlags>> {
  const wanted =
    word === undefined ? [] : isCommandName(word) ? MODULES.filter(({ commands }) => commands.includes(word)) : MODULES;
  const registers = await Promise.all(wanted.map(({ load }) => load()));
  const loaded = new Set(wanted.flatMap(({ commands }) => commands));
  const listed = (Object.keys(COMMAND_HELP) as CommandName[]).filter((name) => !loaded.has(name));
  const withStubs = listed.reduce(
    (y, name) =>
      y.command(COMMAND_HELP[name].command, COMMAND_HELP[name].describe, {}, () => {
        throw new Error(`${name} was not loaded; put the command first: integrator-console ${name} [options]`);
      }),
    yargs,
  );
  return registers.reduce((y, register) => register(y), withStubs);
}
