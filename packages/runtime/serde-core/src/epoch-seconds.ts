/**
 * The milliseconds since the epoch of a time in seconds, rounded to the millisecond. The whole
 * seconds and the fraction are scaled apart: `seconds * 1000` in one step can land on a half
 * millisecond for times far from the epoch (-4424816564069.011 s gives -4424816564069010.5 ms,
 * which rounds to ...010), so a `Date` sent as `ms / 1000` would not come back as itself.
 */
export function epochSecondsToMillis(seconds: number): number {
  const whole = Math.trunc(seconds);
  return whole * 1000 + Math.round((seconds - whole) * 1000);
}
