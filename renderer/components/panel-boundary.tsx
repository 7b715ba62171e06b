import { Component, Fragment } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { ModalDialog } from './modal-dialog';

interface PanelBoundaryProps {
  /** What the panel is, for its region when it failed (e.g. "Sidebar"). */
  name: string;
  children: ReactNode;
  /** The failed panel keeps the pane's place in the layout (e.g. "sidebar"). */
  className?: string;
  /** For dialogs: the failure shows as a dialog of its own, and Close ends it like the dialog's own Close. */
  onCloseDialog?: () => void;
  /** A change (another dialog opened, another attempt shown) gives the panel a fresh start. */
  resetKey?: string;
}

interface PanelBoundaryState {
  error?: Error;
  resetKey?: string;
  /** Bumped by Reload panel: the children mount again from scratch. */
  generation: number;
}

const MAX_MESSAGE = 300;

/** The thrown value's message, short: it is shown as it is (React errors carry no secret, but keep it brief). */
function messageOf(error: Error): string {
  const message = error.message || String(error);
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
}

/**
 * One panel of the workbench (sidebar, request, a response tab, the dialogs): when something in it throws while
 * rendering, only it shows "This panel failed: …" with Reload panel; the rest of the app keeps working.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  override state: PanelBoundaryState = { generation: 0, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<PanelBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: PanelBoundaryProps,
    state: PanelBoundaryState,
  ): Partial<PanelBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For whoever has the developer tools open; the window itself only says which panel failed and why.
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  private reload = () => this.setState((state) => ({ error: undefined, generation: state.generation + 1 }));

  private renderFailure(error: Error): ReactNode {
    const body = (
      <div className="panel-failed-body">
        <p role="alert">This panel failed: {messageOf(error)}</p>
        <button type="button" className="button button-secondary" onClick={this.reload}>
          Reload panel
        </button>
      </div>
    );
    if (this.props.onCloseDialog) {
      return (
        <ModalDialog title={`${this.props.name} failed`} onClose={this.props.onCloseDialog} closeLabel="Close">
          {body}
        </ModalDialog>
      );
    }
    return (
      <section
        className={`panel-failed${this.props.className ? ` ${this.props.className}` : ''}`}
        aria-label={`${this.props.name} (failed)`}
      >
        {body}
      </section>
    );
  }

  override render(): ReactNode {
    const { error, generation } = this.state;
    if (error) return this.renderFailure(error);
    return <Fragment key={generation}>{this.props.children}</Fragment>;
  }
}
