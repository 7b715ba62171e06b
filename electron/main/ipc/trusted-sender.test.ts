import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderLike } from './trusted-sender';

function event(
  overrides: {
    id?: number;
    url?: string;
    subframe?: boolean;
    frameDestroyed?: boolean;
    noFrame?: boolean;
    contentsDestroyed?: boolean;
  } = {},
): SenderLike {
  const mainFrame = {
    url: overrides.url ?? 'app://console/index.html',
    isDestroyed: () => overrides.frameDestroyed ?? false,
  };
  const frame = overrides.subframe ? { url: mainFrame.url, isDestroyed: () => false } : mainFrame;
  return {
    sender: { id: overrides.id ?? 1, isDestroyed: () => overrides.contentsDestroyed ?? false, mainFrame },
    senderFrame: overrides.noFrame ? null : frame,
  };
}

const ours = new Set([1]);

describe('isTrustedSender', () => {
  it('answers the top frame of our own window on our origin', () => {
    expect(isTrustedSender(event(), ours)).toBe(true);
  });

  it.each([
    ['a subframe', event({ subframe: true })],
    ['a destroyed frame', event({ frameDestroyed: true })],
    ['a frame that is gone', event({ noFrame: true })],
    ['destroyed web contents', event({ contentsDestroyed: true })],
    ['an unknown window', event({ id: 7 })],
    ['a foreign origin', event({ url: 'https://evil.example/' })],
    ['a file: page', event({ url: 'file:///tmp/x.html' })],
    ['a look-alike origin', event({ url: 'app://console.evil/index.html' })],
  ])('refuses %s', (_name, sender) => {
    expect(isTrustedSender(sender, ours)).toBe(false);
  });
});
