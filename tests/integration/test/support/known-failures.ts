/**
 * Behaviour the generated packages do not have yet, each with the reason. The tests that show it
 * run as expected-to-fail (`it.fails`), so that a fix is noticed: the case then "fails" and must
 * move out of this list.
 */
export const KNOWN_FAILURES = {} as const;
