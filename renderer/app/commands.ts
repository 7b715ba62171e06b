/** Ctrl (⌘ on a Mac) with this key, and Shift when asked. */
export interface KeyCombo {
  key: string;
  shift?: boolean;
}

/** An action the command palette lists by name and a shortcut may run. */
export interface Command {
  id: string;
  label: string;
  /** The app's shortcut listener runs the command on these keys. */
  keys?: KeyCombo;
  /** Shown only: a shortcut handled where it acts (Ctrl+Enter by the request form). */
  shortcut?: string;
  run: () => void;
}

/**
 * Where the parts of the app put their commands: each part replaces its own group on every render (closures over
 * its latest state), and the palette reads the list when it opens. No re-render goes with a registration.
 */
export function createCommandRegistry() {
  const groups = new Map<string, Command[]>();
  return {
    register(group: string, commands: Command[]) {
      groups.set(group, commands);
    },
    list(): Command[] {
      return [...groups.values()].flat();
    },
    run(id: string): boolean {
      const command = this.list().find((item) => item.id === id);
      command?.run();
      return command !== undefined;
    },
  };
}

export type CommandRegistry = ReturnType<typeof createCommandRegistry>;

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** "Ctrl+K" or "⌘K" */
export const mod = (key: string) => (IS_MAC ? `⌘${key}` : `Ctrl+${key}`);

/** How a command's shortcut is written: "Ctrl+Shift+E", "⌘⇧E". */
export function shortcutText(command: Pick<Command, 'keys' | 'shortcut'>): string | undefined {
  if (command.shortcut) return command.shortcut;
  if (!command.keys) return undefined;
  const key = command.keys.key.length === 1 ? command.keys.key.toUpperCase() : command.keys.key;
  if (IS_MAC) return `⌘${command.keys.shift ? '⇧' : ''}${key}`;
  return `Ctrl+${command.keys.shift ? 'Shift+' : ''}${key}`;
}

/** The key event is Ctrl/⌘ (+ Shift) + this key, and nothing else. */
export function matches(event: KeyboardEvent, keys: KeyCombo): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
  if (Boolean(keys.shift) !== event.shiftKey) return false;
  return event.key.toLowerCase() === keys.key.toLowerCase();
}
