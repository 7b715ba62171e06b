import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The design system first, so the layout and feature styles that come with the app build on it.
import './styles.css';
import './workbench.css';
import { App } from './app/app';
import { api } from './lib/api';
import { ApiProvider } from './lib/api-context';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={api}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
