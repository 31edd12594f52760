// Writes topologies as compact, deterministic JSON.

/**
 * Serializes a topology with a `meta` block placed first. Keys keep insertion
 * order and numbers print the same on every machine, so equal input gives
 * byte-identical output. Ends with a newline.
 */
export function serializeTopology(topology: object, meta: object): string {
  return `${JSON.stringify({ type: "Topology", meta, ...topology })}\n`;
}
