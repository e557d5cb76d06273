/** Placeholder until this surface lands. */
export function Diagram() {
  return <section aria-label="Diagram" />;
}
