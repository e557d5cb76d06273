/** Said once, politely, when the text stops parsing; the canvas underneath is greyed by CSS. */
export function StaleBanner() {
  return (
    <p className="diagram__banner" role="status">
      <span aria-hidden="true">⚠ </span>
      The YAML has errors — the diagram shows the last valid version
    </p>
  );
}
