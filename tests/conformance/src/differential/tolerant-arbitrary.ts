import { Arbitrary, Stream, Value, type Random } from "fast-check";

/** A value the wrapped arbitrary could not generate: it threw this error instead. */
export class GenerationFailure {
  constructor(readonly error: Error) {}
}

/**
 * Wraps an arbitrary so that an error thrown while generating becomes a `GenerationFailure`
 * value instead of failing the whole property: a generated arbitrary that cannot satisfy a
 * model constraint is then a case the property can classify (a known generator finding, or a
 * failure naming the shape), while the other runs still compare the clients.
 */
export function tolerant<T>(arbitrary: Arbitrary<T>): Arbitrary<T | GenerationFailure> {
  return new TolerantArbitrary(arbitrary);
}

class TolerantArbitrary<T> extends Arbitrary<T | GenerationFailure> {
  constructor(private readonly inner: Arbitrary<T>) {
    super();
  }

  generate(random: Random, biasFactor: number | undefined): Value<T | GenerationFailure> {
    try {
      return this.inner.generate(random, biasFactor);
    } catch (error) {
      return new Value(new GenerationFailure(error instanceof Error ? error : new Error(String(error))), undefined);
    }
  }

  canShrinkWithoutContext(value: unknown): value is T | GenerationFailure {
    return !(value instanceof GenerationFailure) && this.inner.canShrinkWithoutContext(value);
  }

  shrink(value: T | GenerationFailure, context: unknown): Stream<Value<T | GenerationFailure>> {
    if (value instanceof GenerationFailure) return Stream.nil();
    return this.inner.shrink(value, context);
  }
}
