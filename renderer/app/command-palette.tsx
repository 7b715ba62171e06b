import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { ModalDialog } from '../components/modal-dialog';
import { shortcutText } from './commands';
import type { Command } from './commands';

interface CommandPaletteProps {
  commands: Command[];
  onClose: () => void;
  /** Runs a command once the palette has closed (focus back where it was, then the command moves it). */
  onRun: (command: Command) => void;
}

function matching(commands: Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((command) => words.every((word) => command.label.toLowerCase().includes(word)));
}

/** Every action by name: type to narrow, arrows to move, Enter to run, Escape to close. */
export function CommandPalette({ commands, onClose, onRun }: CommandPaletteProps) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = matching(commands, query);
  const current = shown[Math.min(active, shown.length - 1)];
  const optionId = (command: Command) => `${listId}-${command.id}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: shown.length - 1,
    };
    if (event.key === 'Enter') {
      event.preventDefault();
      if (current) onRun(current);
      return;
    }
    const target = moves[event.key];
    if (target === undefined || shown.length === 0) return;
    event.preventDefault();
    setActive((target + shown.length) % shown.length);
  }

  return (
    <ModalDialog title="Command palette" onClose={onClose} className="dialog-wide palette">
      <input
        className="input palette-input"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(current) : undefined}
        placeholder="Type a command…"
        value={query}
        data-autofocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
        {shown.map((command) => (
          <li
            key={command.id}
            id={optionId(command)}
            role="option"
            aria-selected={command === current}
            className="palette-option"
            onClick={() => onRun(command)}
          >
            <span>{command.label}</span>
            {shortcutText(command) && <kbd>{shortcutText(command)}</kbd>}
          </li>
        ))}
        {shown.length === 0 && <li className="muted palette-empty">No command matches.</li>}
      </ul>
    </ModalDialog>
  );
}

/** Every shortcut, in one sheet. */
export function ShortcutSheet({ commands, onClose }: { commands: Command[]; onClose: () => void }) {
  const withKeys = commands.filter((command) => shortcutText(command));
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose} className="dialog-wide" closeLabel="Close">
      <table className="claims shortcut-table">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Shortcut</th>
          </tr>
        </thead>
        <tbody>
          {withKeys.map((command) => (
            <tr key={command.id}>
              <td>{command.label}</td>
              <td>
                <kbd>{shortcutText(command)}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
