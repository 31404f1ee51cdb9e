/**
 * Page tokens of the fake service: opaque to the client (base64url of the offset of the page's
 * first record), so a client that builds its own tokens instead of passing them on is caught.
 */

export function pageToken(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString("base64url");
}

/** The offset a token names, or undefined for a token the service never issued. */
export function offsetOfPageToken(token: string): number | undefined {
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  return match && pageToken(Number(match[1])) === token ? Number(match[1]) : undefined;
}
