/**
 * A copy of a value for deep comparison across the two clients: `undefined` members dropped,
 * byte arrays (Node.js `Buffer` included) as `{ bytes: <base64> }`, dates as
 * `{ date: <epoch ms> }` (an invalid date as `{ date: "invalid" }`), `NaN` and `-0` spelled
 * out, other objects as plain objects of their own enumerable fields.
 */
export function comparable(value: unknown): unknown {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return { number: "NaN" };
    if (Object.is(value, -0)) return { number: "-0" };
    return value;
  }
  if (typeof value === "bigint") return { bigint: value.toString() };
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return { date: Number.isNaN(value.getTime()) ? "invalid" : value.getTime() };
  if (value instanceof Uint8Array) return { bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64") };
  if (Array.isArray(value)) return value.map(comparable);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    // defineProperty: a map key "__proto__" must stay a key.
    if (item !== undefined) Object.defineProperty(out, key, { value: comparable(item), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Every place two comparable values differ, as `<path>: <left> vs <right>` (JSON), at most
 * `limit` of them; empty when they are equal. Object keys are compared as sets, arrays position
 * by position. Paths read `$.a.b[0]["odd key"]`.
 */
export function differences(left: unknown, right: unknown, limit = 20): string[] {
  const found: string[] = [];
  collect(left, right, "$", found, limit);
  return found;
}

function collect(left: unknown, right: unknown, path: string, found: string[], limit: number): void {
  if (found.length >= limit || Object.is(left, right)) return;
  const bothObjects = left !== null && right !== null && typeof left === "object" && typeof right === "object";
  if (!bothObjects || Array.isArray(left) !== Array.isArray(right)) {
    found.push(`${path}: ${show(left)} vs ${show(right)}`);
    return;
  }
  if (Array.isArray(left) && Array.isArray(right)) {
    if (left.length !== right.length) {
      found.push(`${path}: ${left.length} items vs ${right.length} items`);
      return;
    }
    left.forEach((item, i) => collect(item, right[i], `${path}[${i}]`, found, limit));
    return;
  }
  const a = left as Record<string, unknown>;
  const b = right as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const child = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
    if (!hasOwn(a, key)) found.push(`${child}: absent vs ${show(b[key])}`);
    else if (!hasOwn(b, key)) found.push(`${child}: ${show(a[key])} vs absent`);
    else collect(a[key], b[key], child, found, limit);
    if (found.length >= limit) return;
  }
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
