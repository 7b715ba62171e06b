// First: sends the one start-up request while React and the app's modules are still evaluating.
import { api } from './lib/api';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The design system first, so the layout and feature styles that come with the app build on it.
import './styles.css';
import './workbench.css';
import { App } from './app/app';
import { ApiProvider } from './lib/api-context';
import { bootstrapSettled } from './lib/bootstrap-api';

/** How long the first render waits for the start-up answer before it renders without it (and loads as before). */
const START_ANSWER_WAIT_MS = 1_000;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// The stores read their first state from the start-up answer, so the first render is the usable screen.
// (A promise, not a top-level await: that would make the bundler split the initial code into many more chunks.)
void Promise.race([bootstrapSettled(api), new Promise((resolve) => setTimeout(resolve, START_ANSWER_WAIT_MS))]).then(
  () =>
    createRoot(root).render(
      <StrictMode>
        <ApiProvider api={api}>
          <App />
        </ApiProvider>
      </StrictMode>,
    ),
);
