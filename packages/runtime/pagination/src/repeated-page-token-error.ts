/**
 * Thrown by a paginator when the service returns a next token that it already returned for an
 * earlier page of the same walk: following it would request the same pages again, forever.
 */
export class RepeatedPageTokenError extends Error {
  override readonly name = "RepeatedPageTokenError";
  /** The operation being paginated. */
  declare readonly operationName: string;
  /** The repeated token, as the service returned it. */
  declare readonly token: unknown;
  /** The number of the page (from 1) that returned the repeated token. */
  declare readonly pageNumber: number;

  constructor(operationName: string, token: unknown, pageNumber: number) {
    super(
      `${operationName}: page ${pageNumber} returned the next token ${JSON.stringify(token)}, which an earlier page already returned; ` +
        "stopped instead of requesting the same pages again (set stopOnSameToken to end without an error)",
    );
    this.operationName = operationName;
    this.token = token;
    this.pageNumber = pageNumber;
  }
}
