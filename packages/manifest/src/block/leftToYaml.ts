/**
 * Thrown inside the block reader when the text leaves what it reads exactly as `yaml`
 * does; readBlockYaml catches it and returns undefined, so `yaml` parses the text.
 */
export class LeftToYaml extends Error {}
