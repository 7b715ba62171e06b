import { mod } from './commands';
import type { Command } from './commands';
import type { ResponseTab } from './response-pane';
import type { ToolDialog } from './workbench-dialogs';

interface WorkbenchControls {
  setDialog: (dialog: ToolDialog) => void;
  setTab: (tab: ResponseTab) => void;
  showResponse: () => void;
}

const TABS: { id: ResponseTab; label: string }[] = [
  { id: 'token', label: 'Token' },
  { id: 'pos', label: 'PoS' },
  { id: 'exports', label: 'Exports' },
];

function focusElement(selector: string): void {
  const element = document.querySelector<HTMLElement>(selector);
  element?.focus();
  if (element instanceof HTMLInputElement) element.select();
}

/** The console's commands: what the palette lists and the shortcuts run. */
export function workbenchCommands({ setDialog, setTab, showResponse }: WorkbenchControls): Command[] {
  return [
    {
      id: 'request-token',
      label: 'Request token',
      shortcut: mod('Enter'),
      // Through the form's submit, so it is checked (and Production confirmed) exactly as the button would be.
      run: () => document.querySelector<HTMLFormElement>('form.request-pane')?.requestSubmit(),
    },
    {
      id: 'switch-environment',
      label: 'Switch environment',
      keys: { key: 'e', shift: true },
      run: () => focusElement('#environment'),
    },
    { id: 'focus-response', label: 'Show the response', keys: { key: 's', shift: true }, run: showResponse },
    ...TABS.map((tab) => ({
      id: `tab-${tab.id}`,
      label: `Show the ${tab.label} tab`,
      run: () => {
        setTab(tab.id);
        requestAnimationFrame(() => focusElement('.pane-tabs [role="tab"][aria-selected="true"]'));
      },
    })),
    {
      id: 'filter-history',
      label: 'Filter History',
      keys: { key: 'h', shift: true },
      run: () => focusElement('#history-filter'),
    },
    {
      id: 'inspect-token',
      label: 'Inspect a pasted token…',
      keys: { key: 'x', shift: true },
      run: () => setDialog('inspect'),
    },
    {
      id: 'decode-basic',
      label: 'Decode a Basic header…',
      keys: { key: 'b', shift: true },
      run: () => setDialog('decode-basic'),
    },
    { id: 'copy-as-code', label: 'Copy as code…', run: () => setDialog('snippets') },
    { id: 'use-demo', label: 'Use demo credentials', run: () => clickButton('Use demo credentials') },
  ];
}

function clickButton(name: string): void {
  const button = [...document.querySelectorAll<HTMLButtonElement>('.request-pane button')].find(
    (item) => item.textContent?.trim() === name,
  );
  button?.click();
}
