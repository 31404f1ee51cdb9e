import { runtimeModule } from "../../../core/runtime-symbols.js";

/** The building blocks of every arbitrary: the runtime package `@smithy-gen/arbitraries`. */
export const arbitraryRuntime = runtimeModule("@smithy-gen/arbitraries");

export const FAST_CHECK = "fast-check";
