import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installTestHook } from './app/testHook';
import { startOfflineSupport } from './app/pwa/offline';
import { canvasLoaded } from './diagram/Diagram';
import { loadLinter } from './store/linter';
import { loadSimulator } from './store/simulator';
import { flushAutosave, usePodsmith } from './store/store';
import { startTabLease } from './store/tabLease';
import { watchIndentation } from './repair/offer';
import './app/theme/useTheme';
import './app/theme/theme.css';
import './app/app.css';

// The lint package is not part of the first load: it is asked for once the diagram's
// chunk is here, and everything is linted as soon as it arrives.
void canvasLoaded.then(loadLinter).then((linter) => usePodsmith.getState().setLinter(linter));
// The lifecycle simulator likewise: the timeline follows every edit once it is here.
void canvasLoaded.then(loadSimulator).then((simulator) => usePodsmith.getState().setSimulator(simulator));

// Only one tab writes the autosave; another one says so and lets its user choose (web/app/TabNotice.tsx).
startTabLease(flushAutosave);

// A text that lost its indentation (pasted from a web page) is offered a repair.
watchIndentation();

// window.__podsmith: the test and import hook (see web/app/testHook.ts).
installTestHook();

// The service worker that makes the app open offline (once the diagram's chunk is here), and the browser's install offer.
startOfflineSupport(canvasLoaded);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
