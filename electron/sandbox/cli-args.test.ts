import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from './cli-args';

describe('parseCliArgs', () => {
  it('defaults to a free port and a per-user data dir', () => {
    expect(parseCliArgs([], '/work', '/home/ada')).toEqual({
      port: 0,
      json: false,
      dataDir: '/home/ada/.integrator-console/sandbox',
      help: false,
      flavor: 'sandbox',
      faults: {},
      rotateKey: false,
    });
  });

  it('reads --port, --json and a relative --data-dir', () => {
    expect(parseCliArgs(['--port', '7070', '--json', '--data-dir', 'tmp/sb'], '/work', '/home/ada')).toMatchObject({
      port: 7070,
      json: true,
      dataDir: '/work/tmp/sb',
      help: false,
    });
    expect(parseCliArgs(['--port=0'], '/work').port).toBe(0);
  });

  it.each([
    [['--port']],
    [['--port', 'abc']],
    [['--port', '70000']],
    [['--port', '-1']],
    [['--port', '7070.5']],
    [['--data-dir', '']],
    [['--verbose']],
    [['serve']],
    [['--json=yes']],
    [['--flavor', 'staging']],
    [['--rotate-key=yes']],
  ])('rejects %j as a usage error', (argv) => {
    expect(() => parseCliArgs(argv, '/work', '/home/ada')).toThrow(CliUsageError);
  });

  it('reads every fault flag', () => {
    const options = parseCliArgs([
      '--flavor',
      'production',
      '--token-lifetime',
      '5',
      '--clock-skew',
      '+300',
      '--server-error',
      '500',
      '--delay-ms',
      '1500',
      '--drop-connection',
      '--require-ibm-client-id',
      '--basic-decoding',
      'form',
      '--rotate-key',
    ]);
    expect(options).toMatchObject({ flavor: 'production', rotateKey: true });
    expect(options.faults).toEqual({
      tokenLifetimeSeconds: 5,
      clockSkewSeconds: 300,
      serverError: 500,
      delayMs: 1500,
      dropConnection: true,
      requireIbmClientId: true,
      basicDecoding: 'form',
    });
  });

  it.each([
    [['--clock-skew', '-90'], -90],
    [['--clock-skew=-90'], -90],
    [['--clock-skew', '0'], 0],
  ])('reads a signed clock skew from %j', (argv, skew) => {
    expect(parseCliArgs(argv).faults.clockSkewSeconds).toBe(skew);
  });

  it.each([
    [['--token-lifetime', '0'], /--token-lifetime must be a whole number of seconds from 1 to 86400, got '0'/],
    [['--token-lifetime', '1h'], /--token-lifetime/],
    [['--clock-skew', '5m'], /--clock-skew must be a whole number/],
    [['--clock-skew', '99999999'], /--clock-skew/],
    [['--clock-skew'], /argument missing/],
    [['--server-error', '404'], /--server-error must be 500 or 503/],
    [['--delay-ms', '-5'], /--delay-ms/],
    [['--delay-ms', '1.5'], /--delay-ms must be a whole number of milliseconds/],
    [['--delay-ms', '999999'], /--delay-ms/],
    [['--basic-decoding', 'url'], /--basic-decoding must be 'raw' or 'form'/],
    [['--drop-connection=true'], /does not take an argument/],
  ])('rejects %j with a message naming the flag', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(CliUsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
