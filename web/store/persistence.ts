/**
 * Autosave: the text is kept in localStorage after every change, the target Kubernetes
 * version whenever it is chosen, the pane widths whenever a divider moves and the colour
 * theme whenever it is picked; all are restored on reload.
 */
const KEY = 'podsmith.manifest.v1';
const VERSION_KEY = 'podsmith.k8sVersion.v1';
const PANES_KEY = 'podsmith.panes.v1';
const HINT_KEY = 'podsmith.firstVisitHint.v1';
const DISMISSED = 'dismissed';

type Reader = Pick<Storage, 'getItem'> | undefined;
type Writer = Pick<Storage, 'setItem'> | undefined;

function read(key: string, storage: Reader): string | undefined {
  try {
    return storage?.getItem(key) ?? undefined;
  } catch {
    return undefined; // storage disabled (private mode): start from the defaults
  }
}

function write(key: string, value: string, storage: Writer): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Quota exceeded or storage disabled: the app still holds the value.
  }
}

export function loadSavedText(storage: Reader = globalThis.localStorage): string | undefined {
  return read(KEY, storage);
}

export function saveText(text: string, storage: Writer = globalThis.localStorage): void {
  write(KEY, text, storage);
}

/** Where the autosave timer and the page's "about to go" event come from; tests pass their own. */
export interface AutosaveHost {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Calls `run` when the page is hidden or left, the last moment a pending save can land. */
  onLeave(run: () => void): void;
}

const browserHost: AutosaveHost = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
  onLeave(run) {
    globalThis.addEventListener?.('pagehide', run);
    globalThis.document?.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') run();
    });
  },
};

/**
 * Save the text a moment after the typing stops, not on every keystroke: writing a
 * large manifest to localStorage costs milliseconds the keystroke should not wait for.
 * A pending save is written at once when the page is hidden or left, so a reload or a
 * closed tab still finds the last text.
 */
export function createAutosave(delayMs: number, storage: Writer = globalThis.localStorage, host: AutosaveHost = browserHost) {
  let pending: string | undefined;
  let timer: unknown;
  const flush = () => {
    if (timer !== undefined) host.clearTimeout(timer);
    timer = undefined;
    if (pending === undefined) return;
    saveText(pending, storage);
    pending = undefined;
  };
  host.onLeave(flush);
  return {
    save(text: string) {
      pending = text;
      if (timer !== undefined) host.clearTimeout(timer);
      timer = host.setTimeout(flush, delayMs);
    },
    flush,
  };
}

/** The saved target version, if it is one of `supported` (an old or edited value is ignored). */
export function loadSavedVersion<V extends string>(supported: readonly V[], storage: Reader = globalThis.localStorage): V | undefined {
  const saved = read(VERSION_KEY, storage);
  return supported.find((v) => v === saved);
}

export function saveVersion(version: string, storage: Writer = globalThis.localStorage): void {
  write(VERSION_KEY, version, storage);
}

/** The pane widths as saved (JSON, unchecked: web/app/panes/paneSizes.ts reads it). */
export function loadSavedPaneSizes(storage: Reader = globalThis.localStorage): string | undefined {
  return read(PANES_KEY, storage);
}

export function savePaneSizes(json: string, storage: Writer = globalThis.localStorage): void {
  write(PANES_KEY, json, storage);
}

/** Whether the first-visit hint was dismissed: only the exact value written counts, anything else shows it again. */
export function loadHintDismissed(storage: Reader = globalThis.localStorage): boolean {
  return read(HINT_KEY, storage) === DISMISSED;
}

export function saveHintDismissed(storage: Writer = globalThis.localStorage): void {
  write(HINT_KEY, DISMISSED, storage);
}

const VIEWPORT_KEY = 'podsmith.viewports.v1';
/** Viewports kept, the most recently saved last: enough for the documents a user switches between. */
const VIEWPORTS_KEPT = 20;

export interface SavedViewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

function savedViewports(storage: Reader): Record<string, SavedViewport> {
  try {
    const parsed: unknown = JSON.parse(read(VIEWPORT_KEY, storage) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    // A null prototype: a document key such as `__proto__` is a plain key here.
    const viewports: Record<string, SavedViewport> = Object.create(null) as Record<string, SavedViewport>;
    for (const [key, value] of Object.entries(parsed)) {
      const v = value as Partial<SavedViewport> | null;
      if (v && [v.x, v.y, v.zoom].every((n) => typeof n === 'number' && Number.isFinite(n)) && v.zoom! > 0) viewports[key] = { x: v.x!, y: v.y!, zoom: v.zoom! };
    }
    return viewports;
  } catch {
    return {};
  }
}

/** The diagram's pan and zoom the user left `documentKey` at, if they moved it. */
export function loadViewport(documentKey: string, storage: Reader = globalThis.localStorage): SavedViewport | undefined {
  return savedViewports(storage)[documentKey];
}

/** Keep the user's pan and zoom for `documentKey`; undefined forgets it (the diagram is fitted again). */
export function saveViewport(
  documentKey: string,
  viewport: SavedViewport | undefined,
  storage: (Reader & Writer) | undefined = globalThis.localStorage,
): void {
  const viewports = Object.entries(savedViewports(storage)).filter(([key]) => key !== documentKey);
  if (viewport) viewports.push([documentKey, { x: viewport.x, y: viewport.y, zoom: viewport.zoom }]);
  write(VIEWPORT_KEY, JSON.stringify(Object.fromEntries(viewports.slice(-VIEWPORTS_KEPT))), storage);
}

const THEME_KEY = 'podsmith.theme.v1';

/** The colour theme the user chose (unchecked: web/app/theme/theme.ts reads it). */
export function loadSavedTheme(storage: Reader = globalThis.localStorage): string | undefined {
  return read(THEME_KEY, storage);
}

export function saveTheme(theme: string, storage: Writer = globalThis.localStorage): void {
  write(THEME_KEY, theme, storage);
}
