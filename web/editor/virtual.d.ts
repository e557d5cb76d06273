/** Built by the `podsmith-k8s-schema` plugin in vite.config.ts from data/k8s-openapi/schemas.json. */
declare module 'virtual:podsmith/k8s-schema' {
  const schema: { [key: string]: unknown };
  export default schema;
}
