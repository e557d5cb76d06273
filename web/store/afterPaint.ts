/**
 * Work that must not delay the next frame: typing's derivation (parse, project, lint,
 * simulate) runs right after the frame that paints the typed character, so the echo is
 * Monaco's alone and the diagram follows one frame later.
 */

/** Hidden tabs get no frames; their work still runs, a moment later. */
const NO_FRAME_MS = 100;

/**
 * Run `work` once, after the next frame has been painted: a rAF callback runs just before
 * the frame is drawn, and a task queued from it runs after. Without frames (a hidden tab,
 * Node) it runs after NO_FRAME_MS (or at once in a setTimeout where rAF does not exist).
 */
export function afterNextPaint(work: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(once, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, NO_FRAME_MS);
}
