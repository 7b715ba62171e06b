import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { api } from './lib/api';
import { ApiProvider } from './lib/api-context';
import './styles.css';
import './workbench.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={api}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
