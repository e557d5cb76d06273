import { FIELD_HELP } from './fieldHelp.generated';

/** The Kubernetes description of `Type.field` (`Container.image`), or undefined. */
export function helpFor(key: string): string | undefined {
  return Object.hasOwn(FIELD_HELP, key) ? FIELD_HELP[key] : undefined;
}

/**
 * The first sentence of a description, shown under a field (the whole text is on hover).
 * A full stop counts only before whitespace, so "e.g." and URLs do not cut it short.
 */
export function firstSentence(text: string): string {
  const end = /(?<!\be\.g|\bi\.e)[.!?](?=\s)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}
