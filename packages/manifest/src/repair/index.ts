/**
 * Repairing the indentation of a pasted manifest (`@podsmith/manifest/repair`): a
 * separate entry, loaded only when a text looks de-indented (looksDeindented, in the
 * main entry). The shape table is built from the Kubernetes OpenAPI schemas.
 */
export { repairIndentation, type IndentationRepair } from './repair';
export { buildShapeTable, type ShapeTable, type OpenApiSchemas } from './shapes';
