import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installTestHook } from './app/testHook';
import './app/app.css';

// window.__podsmith: the test and import hook (see web/app/testHook.ts).
installTestHook();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
