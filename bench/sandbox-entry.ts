import { runSandboxCli } from '../electron/sandbox/cli';
import { reportStartFailure } from '../electron/sandbox/cli-output';

/** The sandbox alone, bundled by the bench: its idle memory without the rest of the integrator-console command. */
runSandboxCli(process.argv.slice(2)).catch(reportStartFailure);
