import { useEffect, useEffectEvent } from 'react';
import { shortcutBlocked } from '../lib/shortcut-guard';
import { matches } from './commands';
import type { CommandRegistry } from './commands';

interface ShortcutHandlers {
  registry: CommandRegistry;
  openPalette: () => void;
  openSheet: () => void;
}

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * One listener for the app's shortcuts: Ctrl/⌘+K opens the palette, Ctrl/⌘+/ (or "?" outside a field) the
 * shortcut sheet, and each command's keys run it. Nothing acts while a dialog is open: the page behind it is inert.
 */
export function useAppShortcuts({ registry, openPalette, openSheet }: ShortcutHandlers): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || shortcutBlocked()) return;
    const mod = (event.ctrlKey || event.metaKey) && !event.altKey;
    if (mod && !event.shiftKey && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      openPalette();
      return;
    }
    if ((mod && event.key === '/') || (event.key === '?' && !mod && !typing(event.target))) {
      event.preventDefault();
      openSheet();
      return;
    }
    const command = registry.list().find((item) => item.keys && matches(event, item.keys));
    if (!command) return;
    event.preventDefault();
    command.run();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
