// Which topology the map draws: the first view's, every level's when a view needs another level, the detailed from zoom 7.
import type { Topology } from "topojson-specification";
import type { LayerSource } from "../scene/layers.ts";
import { type MapGeometry, mapGeometry, regionFeatures, withNeighbours } from "./geometry.ts";

/** The topologies, coarsest first: a finer one replaces a coarser one and is never replaced by it. */
export interface GeometryFiles {
  /** Every level's shapes at the first view's resolution. */
  atlas: string;
  /** Every level's shapes at full detail. */
  detailed: string;
  /** The neighbouring countries at country scale, and as the map shows them from the first move on. */
  neighboursFirst: string;
  neighbours: string;
}

export interface GeometrySourceOptions {
  /** The first view's topology (shapes of the first view's levels only). */
  first: Topology;
  /**
   * The first view's neighbours, fetched with the first view's files: drawn
   * from the first frame where they came before it (`value`), else when they
   * come.
   */
  firstNeighbours?: Arrived<Topology>;
  files: GeometryFiles;
  crossingAreas: ReadonlySet<string>;
  load(path: string): Promise<Topology>;
  /**
   * Checks a loaded Finland topology before anything draws it (throws why it
   * cannot be drawn); the neighbours are context and are not checked.
   */
  check?(value: unknown): Topology;
  /** A fuller geometry is ready (or the neighbours came): the map draws it. */
  onGeometry(geometry: MapGeometry): void;
}

/**
 * Keeps the geometry the map draws and upgrades it: `need` loads every level's
 * shapes when a scene asks for a source the geometry cannot draw; `detail`
 * loads the detailed shapes. Each file is fetched once; a coarser file that
 * arrives after a finer one is dropped. Neighbours likewise: the fine ones win.
 */
export function geometrySource(o: GeometrySourceOptions) {
  const early = o.firstNeighbours?.value;
  let geometry = mapGeometry(
    o.first,
    o.crossingAreas,
    early ? regionFeatures(early, "neighbours") : undefined,
  );
  /** 0: the first view's; 1: every level's; 2: detailed. */
  let rank = 0;
  let neighboursRank = early ? 0 : -1;
  const loads = new Map<string, Promise<void>>();

  function load(path: string, tier: number): Promise<void> {
    const known = loads.get(path);
    if (known) return known;
    const loading = o.load(path).then((loaded) => {
      const topology = o.check ? o.check(loaded) : loaded;
      if (tier <= rank) return;
      rank = tier;
      geometry = withNeighbours(mapGeometry(topology, o.crossingAreas), geometry.neighbours);
      o.onGeometry(geometry);
    });
    loads.set(path, loading);
    // A file that failed may be asked for again (a Retry, the next scene that needs it).
    loading.catch(() => loads.delete(path));
    return loading;
  }

  function neighbours(path: string, tier: number): void {
    if (loads.has(path) || tier <= neighboursRank) return;
    const arriving = tier === 0 && o.firstNeighbours ? o.firstNeighbours.promise : o.load(path);
    const loading = arriving.then((topology) => {
      if (tier <= neighboursRank) return;
      neighboursRank = tier;
      geometry = withNeighbours(geometry, regionFeatures(topology, "neighbours"));
      o.onGeometry(geometry);
    });
    // Context only: the map is complete without them.
    loads.set(
      path,
      loading.catch(() => undefined),
    );
  }

  return {
    current: () => geometry,
    /**
     * Null where the geometry draws every source; else a promise that settles
     * when a fuller geometry has come (rejected if it could not load).
     */
    need(sources: readonly LayerSource[]): Promise<void> | null {
      if (sources.every((s) => geometry.has(s))) return null;
      return rank >= 1 ? null : load(o.files.atlas, 1);
    },
    /**
     * Loads every level's shapes at the default resolution where the map still
     * draws the first view's coarser ones: the first move (or a page that opens
     * zoomed in) shows the shapes a closer look needs. A failure leaves the
     * first view's shapes, which are complete; a level that needs the file reports it.
     */
    upgrade(): void {
      if (rank < 1) load(o.files.atlas, 1).catch(() => undefined);
    },
    /**
     * Loads the detailed shapes (once while it succeeds); rejected, naming why,
     * when the file cannot be had, the geometry then left as it is.
     */
    detail(): Promise<void> {
      return load(o.files.detailed, 2);
    },
    /** Loads the neighbours of the first view, or (`fine`) those from the first move on. */
    neighbours(fine: boolean) {
      neighbours(fine ? o.files.neighbours : o.files.neighboursFirst, fine ? 1 : 0);
    },
  };
}

export type GeometrySource = ReturnType<typeof geometrySource>;

/** A promise, and its value once it has come (read synchronously, to draw it from the first frame). */
export interface Arrived<T> {
  promise: Promise<T>;
  value?: T;
}

/** Wraps a promise so that its value can be read as soon as it has come. */
export function arrived<T>(promise: Promise<T>): Arrived<T> {
  const wrapped: Arrived<T> = { promise };
  promise.then(
    (value) => {
      wrapped.value = value;
    },
    () => undefined,
  );
  return wrapped;
}
