/** Placeholder until the Monaco editor lands. */
export default function Editor() {
  return <section aria-label="Editor" />;
}
