/** Placeholder until this surface lands. */
export function Inspector() {
  return <section aria-label="Inspector" />;
}
