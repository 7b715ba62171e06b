import { describe, expect, it } from 'vitest';
import { commandWord } from './lazy-commands';

describe('commandWord: which command a command line runs (only its code is loaded)', () => {
  it.each<[string[], string | undefined]>([
    [['token', '--demo'], 'token'],
    [['--json', 'diagnose'], 'diagnose'],
    [['--sandbox', 'http://127.0.0.1:8080', 'pos', 'stores'], 'pos'],
    [['--data-dir', '/tmp/app', '--json', 'inspect', '-'], 'inspect'],
    [['--data-dir=/tmp/app', 'import-zip', 'a.zip'], 'import-zip'],
    [['--help'], undefined],
    [['--json', '--', 'token'], undefined],
    [[], undefined],
  ])('%j → %s', (argv, word) => {
    expect(commandWord(argv)).toBe(word);
  });
});
