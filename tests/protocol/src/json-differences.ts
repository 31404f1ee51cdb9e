/**
 * The differences between two parsed JSON values, each as `<path>: expected X, got Y`. Object key
 * order does not matter; numbers compare by value (`1.0` and `1` are the same JSON number).
 */
export function jsonDifferences(expected: unknown, actual: unknown, path = "$"): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${describe(actual)}`];
    const out: string[] = [];
    if (expected.length !== actual.length) out.push(`${path}: expected ${expected.length} items, got ${actual.length}`);
    for (let i = 0; i < Math.min(expected.length, actual.length); i++) out.push(...jsonDifferences(expected[i], actual[i], `${path}[${i}]`));
    return out;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return [`${path}: expected an object, got ${describe(actual)}`];
    const out: string[] = [];
    for (const key of Object.keys(expected)) {
      const child = `${path}.${key}`;
      if (!Object.prototype.hasOwnProperty.call(actual, key)) out.push(`${child}: expected ${describe(expected[key])}, got nothing`);
      else out.push(...jsonDifferences(expected[key], actual[key], child));
    }
    for (const key of Object.keys(actual)) {
      if (!Object.prototype.hasOwnProperty.call(expected, key)) out.push(`${path}.${key}: expected nothing, got ${describe(actual[key])}`);
    }
    return out;
  }
  if (expected === actual) return [];
  return [`${path}: expected ${describe(expected)}, got ${describe(actual)}`];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
