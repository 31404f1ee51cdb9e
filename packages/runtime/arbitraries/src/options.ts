import type { Arbitrary } from "fast-check";

/** Options of every arbitrary of this package. All of them are optional. */
export interface ArbitraryOptions {
  /**
   * How many levels deep values of recursive shapes nest: each structure or union that contains
   * itself (directly or through other shapes) spends one level. Deeper values leave out optional
   * recursive members and use empty lists and maps. Default {@link DEFAULT_MAX_DEPTH}.
   */
  readonly maxDepth?: number;
  /**
   * Also generate enum values the model does not list, as a newer version of the service may
   * send them. Default false: only known values.
   */
  readonly unknownEnumValues?: boolean;
  /**
   * Also generate union values whose member this version of the client does not know
   * (`{ $unknown: [name, value] }`). Default false.
   */
  readonly unknownUnionMembers?: boolean;
}

/** The default {@link ArbitraryOptions.maxDepth}. */
export const DEFAULT_MAX_DEPTH = 3;

/** The depth budget an arbitrary of a recursive shape starts with. */
export function maxDepthOf(options: ArbitraryOptions): number {
  return options.maxDepth ?? DEFAULT_MAX_DEPTH;
}

const built = new WeakMap<ArbitraryOptions, Map<string, Arbitrary<unknown>>>();

/**
 * The arbitrary `build` makes, made once per options object and `key` (shape and depth):
 * shapes of a cycle refer to each other at every depth, and building each reference anew would
 * take time exponential in the depth.
 */
export function builtOnce<T>(options: ArbitraryOptions, key: string, build: () => Arbitrary<T>): Arbitrary<T> {
  let cache = built.get(options);
  if (!cache) {
    cache = new Map();
    built.set(options, cache);
  }
  let arbitrary = cache.get(key) as Arbitrary<T> | undefined;
  if (!arbitrary) {
    arbitrary = build();
    cache.set(key, arbitrary);
  }
  return arbitrary;
}
