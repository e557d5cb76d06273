/** The shape table the app builds at build time, built here from the same OpenAPI data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildShapeTable, type ShapeTable } from '../../src/repair';
import { FREE, QUANTITY, SCALAR } from '../../src/repair/shapes';

export const TABLE: ShapeTable = buildShapeTable(JSON.parse(readFileSync(join(import.meta.dirname, '../../../../data/k8s-openapi/schemas.json'), 'utf8')));

/** Whether plain data has only the fields the schema knows, each of the right kind (scalar, object, list). */
export function conforms(shape: number, value: unknown): boolean {
  const s = TABLE.shapes[shape];
  if (value === null || value === undefined || s === FREE || s === undefined) return true;
  if (s === SCALAR || s === QUANTITY) return typeof value !== 'object';
  if ('list' in s) return Array.isArray(value) && value.every((v) => conforms(s.list, v));
  if (Array.isArray(value) || typeof value !== 'object') return false;
  if ('map' in s) return Object.values(value).every((v) => conforms(s.map, v));
  return Object.entries(value).every(([k, v]) => Object.hasOwn(s.fields, k) && conforms(s.fields[k]!, v));
}

/** Whether a document is of a kind the table knows, and conforms to it. */
export function documentConforms(value: unknown): boolean {
  if (value === null || value === undefined) return true; // an empty document
  if (typeof value !== 'object' || value === null) return false;
  const { apiVersion, kind } = value as Record<string, unknown>;
  const name = `${String(apiVersion)} ${String(kind)}`;
  return Object.hasOwn(TABLE.kinds, name) && conforms(TABLE.kinds[name]!, value);
}
