import { lazy, Suspense } from 'react';

// The forms, their field tables and the schema's descriptions arrive in their own chunk:
// the first load (e2e/bundle.spec.ts) draws the diagram without them.
const Forms = lazy(() => import('./Inspector').then((m) => ({ default: m.Inspector })));

/** The inspector's place in the shell, there from the first paint; its forms follow. */
export function Inspector() {
  return (
    <Suspense
      fallback={
        <aside className="inspector" aria-label="Inspector">
          <p className="loading">Loading the inspector…</p>
        </aside>
      }
    >
      <Forms />
    </Suspense>
  );
}
