/** What the user has selected in the diagram; the inspector edits it. */
export type Selection =
  | { readonly type: 'pod' }
  | { readonly type: 'container'; readonly id: string }
  | { readonly type: 'volume'; readonly name: string }
  | { readonly type: 'mount'; readonly containerId: string; readonly index: number }
  | { readonly type: 'network' };
