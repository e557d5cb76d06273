/** Placeholder until this surface lands. */
export function Palette() {
  return <section aria-label="Palette" />;
}
