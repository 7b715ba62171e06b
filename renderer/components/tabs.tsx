import { useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

export interface TabItem {
  id: string;
  label: string;
  content: ReactNode;
}

interface TabsProps {
  label: string;
  items: TabItem[];
  initial?: string;
  /** Controlled: the selected tab, changed through onSelect (e.g. a shortcut or "Show response" picks a tab). */
  selected?: string;
  onSelect?: (id: string) => void;
  /** Keep every panel mounted (hidden when not selected), so a panel's own state survives a tab switch. */
  keepMounted?: boolean;
  className?: string;
  /** At the end of the tab row (outside the tablist): tools that belong to the pane. */
  extra?: ReactNode;
}

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; only the selected tab is in the tab order. */
export function Tabs({ label, items, initial, keepMounted = false, className, extra, ...control }: TabsProps) {
  const baseId = useId();
  const [own, setOwn] = useState(initial ?? items[0]?.id);
  const selected = control.selected ?? own;
  const setSelected = (id: string) => {
    setOwn(id);
    control.onSelect?.(id);
  };
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const current = items.find((item) => item.id === selected) ?? items[0];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = items.findIndex((item) => item.id === current?.id);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: items.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = items[(target + items.length) % items.length];
    if (!next) return;
    setSelected(next.id);
    tabRefs.current.get(next.id)?.focus();
  }

  return (
    <div className={`tabs${className ? ` ${className}` : ''}`}>
      <div className="tab-bar">
        <div role="tablist" aria-label={label} className="tab-list" onKeyDown={onKeyDown}>
          {items.map((item) => (
            <button
              key={item.id}
              ref={(node) => {
                if (node) tabRefs.current.set(item.id, node);
                else tabRefs.current.delete(item.id);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${item.id}`}
              aria-controls={`${baseId}-panel-${item.id}`}
              aria-selected={item.id === current?.id}
              tabIndex={item.id === current?.id ? 0 : -1}
              className="tab"
              onClick={() => setSelected(item.id)}
            >
              {item.label}
            </button>
          ))}
        </div>
        {extra}
      </div>
      {items.map((item) => (
        <div
          key={item.id}
          role="tabpanel"
          id={`${baseId}-panel-${item.id}`}
          aria-labelledby={`${baseId}-tab-${item.id}`}
          className="tab-panel"
          hidden={item.id !== current?.id}
        >
          {(keepMounted || item.id === current?.id) && item.content}
        </div>
      ))}
    </div>
  );
}
