import { ENVIRONMENTS } from '../../../shared/domain/environments';
import { ModalDialog } from '../../components/modal-dialog';
import { ExternalLink, HELP_LINKS } from './help-links';
import './welcome.css';

/** First run only: what the environments are and why the local sandbox is the one that always works. */
export function WelcomeDialog({ onGetStarted }: { onGetStarted: () => void }) {
  return (
    <ModalDialog
      title="Welcome to Integrator Console"
      description="A console for MobilePay PoS V10 Integrator Authentication: request a token, see exactly what was sent and what came back, and find out why a request fails."
      onClose={onGetStarted}
      className="dialog-wide welcome-dialog"
    >
      <h3 className="welcome-heading">Environments</h3>
      <dl className="welcome-environments">
        {ENVIRONMENTS.map((environment) => (
          <div key={environment.id}>
            <dt>
              {environment.label}
              {environment.id === 'local' && <span className="muted"> (the default)</span>}
            </dt>
            <dd>{environment.description}</dd>
          </div>
        ))}
      </dl>
      <h3 className="welcome-heading">The local sandbox</h3>
      <p>
        MobilePay retired PoS V10 in 2024, so its own SandBox and Production hosts are probably gone. This app has a
        sandbox built in that behaves like them — token endpoint, signing keys and a PoS V10 subset — on a loopback
        port, offline. Choose <strong>Use demo credentials</strong> under Local sandbox to fill in a demo client: those
        credentials are public and work only against this sandbox. The <strong>Guided flow</strong> view runs all five
        steps with them in one click.
      </p>
      <h3 className="welcome-heading">Help</h3>
      <ul className="welcome-links">
        {HELP_LINKS.map((link) => (
          <li key={link.url}>
            <ExternalLink href={link.url}>{link.label}</ExternalLink>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onGetStarted} data-autofocus>
          Get started
        </button>
      </div>
    </ModalDialog>
  );
}
