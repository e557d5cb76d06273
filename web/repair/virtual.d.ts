/** Built by the `podsmith-k8s-shapes` plugin in vite.config.ts from data/k8s-openapi/schemas.json. */
declare module 'virtual:podsmith/k8s-shapes' {
  const table: import('@podsmith/manifest/repair').ShapeTable;
  export default table;
}
