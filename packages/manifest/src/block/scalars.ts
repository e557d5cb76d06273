/**
 * Plain scalars resolved exactly as `yaml` resolves them with YAML_OPTIONS: by the same
 * YAML 1.1 tags (`yes` and `on` are true, `0644` is octal, `2024-01-02` a timestamp),
 * taken from a Document's own schema, and turned into plain data as `toJS` turns them.
 */
import { Document, isScalar } from 'yaml';
import { YAML_OPTIONS } from '../yamlOptions';
import { LeftToYaml } from './leftToYaml';

interface ScalarTag {
  readonly default?: boolean | 'key';
  readonly test?: RegExp;
  resolve(source: string, onError: (message: string) => void, options: unknown): unknown;
}

const schemaDocument = new Document(null, YAML_OPTIONS);
const TAGS = (schemaDocument.schema.tags as unknown as ScalarTag[]).filter((tag) => tag.default === true && tag.test);
const OPTIONS = schemaDocument.options;

/**
 * A scalar no default tag's test can match is a string. The tags' tests (null, bool,
 * int, float, timestamp) match a number, `~`, or a word of at most 5 letters that starts
 * with one of `nNyYtToOfF` (`null`, `yes`, `true`, `on`, `FALSE`...): `name` is tested,
 * `namespace` is not.
 */
function surelyString(source: string): boolean {
  const c = source.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return false;
  switch (c) {
    case 0x7e: // ~
    case 0x2b: // +
    case 0x2d: // -
    case 0x2e: // .
      return false;
    case 0x6e: case 0x4e: // n N
    case 0x79: case 0x59: // y Y
    case 0x74: case 0x54: // t T
    case 0x6f: case 0x4f: // o O
    case 0x66: case 0x46: // f F
      return source.length > 5;
    default:
      return true;
  }
}

/** A plain scalar's value as plain data. */
export function resolvePlainValue(source: string): unknown {
  if (surelyString(source)) return source;
  const tag = TAGS.find((t) => t.test!.test(source));
  if (!tag) return source;
  const resolved = tag.resolve(source, () => {
    throw new LeftToYaml();
  }, OPTIONS);
  // Some tags give a Scalar (the booleans, to keep their source's form).
  const value = isScalar(resolved) ? resolved.value : resolved;
  // A timestamp stays a Date, as in yaml's toJS.
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) throw new LeftToYaml();
  return typeof value === 'bigint' ? Number(value) : value;
}

/**
 * A plain key that yaml reads as a string. A key it reads as something else (`80`, `on`,
 * the merge key `<<`) is left to yaml: toJS would make a string of it, but a path
 * through the yaml nodes would not find it by that string.
 */
export function resolvePlainKey(source: string): string {
  const value = source === '<<' ? undefined : resolvePlainValue(source);
  if (typeof value === 'string') return value;
  throw new LeftToYaml();
}
