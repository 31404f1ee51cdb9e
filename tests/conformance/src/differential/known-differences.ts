/**
 * The one reviewed list of differences between our generated clients and the official AWS SDK
 * clients that are explained: the official client is at fault, ours differs on purpose
 * (documented), or a generator finding not fixed yet (FINDINGS.md, for the target's owner).
 * Each entry says why, with evidence, and matches only the difference it describes. A matched difference is counted, not failed; `test/known-differences.test.ts`
 * reproduces each one on its own, so that a change on either side (a fix upstream, or ours
 * drifting) fails there and the entry is revisited.
 */
import { getTrait, hasTrait, type Model, type ShapeId } from "@smithy-gen/codegen";
import type { WireResponse } from "./http.js";
import type { OperationView } from "./service-model.js";
import { parseDifference, shapeAt, valueAt } from "./value-paths.js";
import { cborOf, encodeCborItem, keyEncodings } from "./wire-cbor.js";

/** A CBOR body given in hexadecimal, byte for byte as the reproduction needs it. */
const cborHex = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex.replace(/\s/g, ""), "hex"));
/** A CBOR body of a plain value, in preferred serialization. */
const cborBody = (value: unknown): Uint8Array => encodeCborItem(cborOf(value));
const CBOR_HEADERS = { "smithy-protocol": "rpc-v2-cbor" } as const;

export type CaseKind = "request" | "output" | "error";

/** `arbitrary`: the types package's arbitrary for the case could not generate a value. */
export type DifferenceKind = CaseKind | "arbitrary";

export interface DifferenceContext {
  readonly service: string;
  readonly model: Model;
  readonly operation: OperationView;
  readonly kind: DifferenceKind;
  /** One of `differences`' lines, `<path>: <ours> vs <official>`; for `arbitrary`, the error message. */
  readonly difference: string;
  /** What each client did (`RequestObservation` or `ResponseObservation`), as compared. */
  readonly ours?: unknown;
  readonly official?: unknown;
  /** For outputs and errors: the response both clients were given. */
  readonly response?: WireResponse;
}

/**
 * Whose the difference is: the official client's fault, our documented choice, or a generator
 * finding not fixed yet (described in FINDINGS.md, for the target's owner).
 */
export type DifferenceCategory = "official client at fault" | "deliberate" | "generator finding";

export interface KnownDifference {
  readonly id: string;
  readonly kinds: readonly DifferenceKind[];
  readonly category: DifferenceCategory;
  /** What differs and which side is right, in a sentence or two. */
  readonly summary: string;
  /** Why we are sure: the specification, the official client's code, a reproduction. */
  readonly evidence: string;
  readonly matches: (context: DifferenceContext) => boolean;
  /**
   * Concrete cases that show the difference, run by the named service's differential suite: each
   * must differ, and only by this entry, or that suite fails (the difference is gone or changed).
   */
  readonly reproductions: readonly Reproduction[];
}

/** A case of one service's suite: an input (request), a canned response (output, error), or an arbitrary that throws. */
export type Reproduction =
  | { readonly service: string; readonly kind: "request"; readonly operation: string; readonly input: unknown }
  | {
      readonly service: string;
      readonly kind: "output" | "error";
      readonly operation: string;
      readonly input?: unknown;
      readonly response: WireResponse;
      readonly error?: ShapeId;
      /**
       * Other known differences the case cannot help showing (an error shape with a `Message` member
       * shows `message-member-deleted`, say): they must show too, and nothing else.
       */
      readonly alongside?: readonly string[];
    }
  | { readonly service: string; readonly kind: "arbitrary"; readonly shape: string };

export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    id: "code-member-read-as-error-code",
    kinds: ["error"],
    category: "official client at fault",
    summary:
      "An error response that names its error in the `X-Amzn-Errortype` header, without `__type`, for an error shape with a " +
      "modelled `code` member (Lightsail's errors all have one): the official client takes the `code` member's value as " +
      "the error code and throws an unmodelled error of that name; ours reads the header and throws the modelled error.",
    evidence:
      "@smithy/core's loadJsonRpcErrorCode looks in the order `__type`, then any body field named `code` (case-insensitive), " +
      "then the header, so a modelled member shadows the header. The awsJson1_0/1_1 specifications allow all three " +
      "locations; the header names the error unambiguously, while the body's `code` here is data of the error " +
      "(Lightsail documents it as its own error code). The real service sends `__type`, where both clients agree.",
    matches: ({ difference, response }) =>
      difference.startsWith("$.thrown.") &&
      response !== undefined &&
      Object.keys(response.headers).some((name) => name.toLowerCase() === "x-amzn-errortype") &&
      hasBodyCodeWithoutType(response.body),
    reproductions: [
      {
        service: "lightsail",
        kind: "error",
        operation: "GetInstance",
        input: { instanceName: "web-1" },
        response: {
          status: 400,
          headers: { "x-amzn-errortype": "NotFoundException:http://internal.amazon.com/coral/com.amazonaws.lightsail/" },
          body: JSON.stringify({ code: "NoSuchInstance", message: "no instance web-1" }),
        },
        error: "com.amazonaws.lightsail#NotFoundException",
      },
    ],
  },
  {
    id: "message-member-deleted",
    kinds: ["error"],
    category: "official client at fault",
    summary:
      "An error shape with a member named `Message` (DynamoDB's TransactionCanceledException and three others): the " +
      "official client's error has no `Message` property at run time although its type declares `Message?: string`; " +
      "ours keeps the member (and, like the official client, gives its text as `message`).",
    evidence:
      "@smithy/core's decorateServiceException ends with `delete exception.Message` after copying it to `message`; " +
      "@aws-sdk/client-dynamodb's errors.d.ts declares `Message?: string | undefined` on those classes.",
    matches: ({ difference }) => /^\$\.thrown\.members\.Message: .* vs undefined$/.test(difference),
    reproductions: [
      {
        service: "dynamodb",
        kind: "error",
        operation: "TransactWriteItems",
        input: { TransactItems: [] },
        response: { status: 400, headers: {}, body: JSON.stringify({ __type: "com.amazonaws.dynamodb#TransactionCanceledException", Message: "Transaction cancelled" }) },
        error: "com.amazonaws.dynamodb#TransactionCanceledException",
      },
    ],
  },
  {
    id: "dynamodb-codec-unknown-attribute-value",
    kinds: ["request", "output"],
    category: "official client at fault",
    summary:
      "DynamoDB's AttributeValue union with a member the client does not know: the official client writes a `$unknown` " +
      "member into the request as the literal key `\"$unknown\": [name, value]` instead of `name: value`, and reads an " +
      "unknown member as a plain key instead of `$unknown: [name, value]`; ours handles AttributeValue like every other union.",
    evidence:
      "@aws-sdk/client-dynamodb's runtimeConfig.shared.js replaces the JSON codec with @aws-sdk/dynamodb-codec's " +
      "DynamoDBJsonCodec2, which special-cases AttributeValue. Every other union of the official SDK goes through " +
      "@smithy/core's UnionSerde (`$unknown` on read) and JsonShapeSerializer2 (writes `$unknown` back). Reproduced by " +
      "test/known-differences.test.ts.",
    matches: (context) => context.service === "dynamodb" && unknownAttributeValueMember(context),
    reproductions: [
      { service: "dynamodb", kind: "request", operation: "GetItem", input: { TableName: "t", Key: { id: { $unknown: ["VECTOR", [1, 2]] } } } },
      {
        service: "dynamodb",
        kind: "output",
        operation: "GetItem",
        input: { TableName: "t", Key: { id: { S: "1" } } },
        response: { status: 200, headers: {}, body: JSON.stringify({ Item: { id: { VECTOR: [1, 2] } } }) },
      },
    ],
  },
  {
    id: "proto-map-key-dropped",
    kinds: ["request", "output"],
    category: "official client at fault",
    summary:
      "A map entry whose key is `__proto__` (DynamoDB item attributes are a map with arbitrary names): the official client " +
      "loses it, ours keeps it as an entry.",
    evidence:
      "The official client assigns map entries with `out[key] = value`, which for `__proto__` sets the object's prototype " +
      "instead of adding an entry; ours defines the entry (setEntry in the serde's json-read). Reproduced by " +
      "test/known-differences in the DynamoDB suite.",
    matches: ({ difference }) => {
      const parsed = parseDifference(difference);
      return parsed !== undefined && parsed.segments[parsed.segments.length - 1] === "__proto__" && parsed.official === "absent";
    },
    reproductions: [
      {
        service: "dynamodb",
        kind: "output",
        operation: "GetItem",
        input: { TableName: "t", Key: { id: { S: "1" } } },
        response: { status: 200, headers: {}, body: '{"Item":{"id":{"S":"1"},"__proto__":{"S":"x"}}}' },
      },
    ],
  },
  {
    id: "default-filled-in",
    kinds: ["request", "output"],
    category: "deliberate",
    summary:
      "A member with a `@default` (not `null`, not `@clientOptional`) that the data leaves out: ours fills the default in, " +
      "reading a response (at any depth) and writing a request (in structures nested in the input, not the input's own " +
      "members); the official client leaves the member out both ways.",
    evidence:
      "The Smithy protocol tests require it of clients: AwsJson10ClientPopulatesDefaultsValuesWhenMissingInResponse and " +
      "AwsJson10ClientPopulatesNestedDefaultsWhenMissingInResponseBody (responses), AwsJson10ClientPopulatesDefaultValuesInInput " +
      "and AwsJson10ClientPopulatesNestedDefaultValuesWhenMissing (requests), with AwsJson10ClientSkipsTopLevelDefaultValuesInInput " +
      "and AwsJson10ClientIgnoresNonTopLevelDefaultsOnMembersWithClientOptional for the members left alone " +
      "(smithy-aws-protocol-tests awsJson1_0/defaults.smithy and nestedDefaults.smithy; pnpm protocol-tests). The official " +
      "client's schema serde (@smithy/core) writes and reads only the members present.",
    matches: filledDefault,
    reproductions: [
      {
        service: "lightsail",
        kind: "request",
        operation: "PutInstancePublicPorts",
        input: { instanceName: "web-1", portInfos: [{ protocol: "tcp", fromPort: 22 }] },
      },
      {
        service: "lightsail",
        kind: "output",
        operation: "GetInstancePortStates",
        input: { instanceName: "web-1" },
        response: { status: 200, headers: {}, body: JSON.stringify({ portStates: [{ protocol: "tcp", state: "open" }] }) },
      },
    ],
  },
  {
    id: "cbor-wide-head-key-dropped",
    kinds: ["output"],
    category: "official client at fault",
    summary:
      "A structure member whose key is encoded with a wider length head than it needs (`0x78 0x09 \"NextToken\"` for " +
      "`0x69 \"NextToken\"`): the official client drops the member (an unknown key to it), or for a union's member " +
      "gives `$unknown: [name, value]`; ours reads it.",
    evidence:
      "RFC 8949 section 4.1: preferred serialization is a choice of the encoder, not a condition of validity; a map key is " +
      "the text it holds, whatever its head. @smithy/core's CborShapeDeserializer2 (cbor submodule, readStruct) finds " +
      "members by comparing the key's encoded bytes with the preferred encoding of each member name (matchStructKey); a " +
      "key encoded otherwise is read as an unknown key and dropped (kept only as a union's `$unknown`). Ours decodes the " +
      "map first (serde-cbor's decodeCbor) and reads members by name.",
    matches: ({ difference, response, official }) => {
      const parsed = parseDifference(difference);
      const key = parsed?.segments[parsed.segments.length - 1];
      if (!parsed || typeof key !== "string" || response === undefined || typeof response.body === "string") return false;
      const wide = keyEncodings(response.body).get("wide head") ?? new Set<string>();
      // A member dropped, or (a union's) read as `$unknown: [key, value]` where ours has the member.
      if (parsed.official === "absent") return wide.has(key);
      const unknown = valueAt(official, parsed.segments) as unknown[] | undefined;
      return key === "$unknown" && parsed.ours === "absent" && Array.isArray(unknown) && typeof unknown[0] === "string" && wide.has(unknown[0]);
    },
    reproductions: [
      {
        service: "cloudwatch-rpcv2cbor",
        kind: "output",
        operation: "DescribeAlarms",
        input: {},
        // {"NextToken": "x"}, the key's length in a one-byte argument (0x78 0x09).
        response: { status: 200, headers: CBOR_HEADERS, body: cborHex("a1 78 09 4e657874546f6b656e 61 78") },
      },
      {
        service: "cloudwatch-rpcv2cbor",
        kind: "output",
        operation: "DescribeAlarms",
        input: {},
        // {"MetricAlarms": [{"EvaluationCriteria": {"PromQLCriteria": {"Query": "up"}}}]}, the union member's key in a
        // two-byte argument (0x79 0x00 0x0e).
        response: {
          status: 200,
          headers: CBOR_HEADERS,
          body: cborHex("a1 6c 4d6574726963416c61726d73 81 a1 72 4576616c756174696f6e4372697465726961 a1 79000e 50726f6d514c4372697465726961 a1 65 5175657279 62 7570"),
        },
      },
    ],
  },
  {
    id: "cbor-indefinite-length-key-refused",
    kinds: ["output", "error"],
    category: "official client at fault",
    summary:
      "A response with a map key encoded as an indefinite-length text string (`0x7f`, chunks, `0xff`): the official " +
      "client throws a plain `Error` (\"unexpected minor value 31\", no `$fault`, not a `CloudWatchServiceException`), " +
      "even for an error response; ours reads the body (the output, or the error it carries).",
    evidence:
      "RFC 8949 section 3.2.3 allows any text string as a map key, chunked or not, and the Smithy protocol test " +
      "RpcV2CborSimpleScalarPropertiesUsingIndefiniteLength has a server read one (no client test sends one). " +
      "@smithy/core's CborShapeDeserializer2 reads a key with readUtf8String, which takes the head as a definite length " +
      "and throws \"unexpected minor value 31.\". serde-cbor refused such keys too (with the service's typed " +
      "deserialization error) until this suite found the large-map case below; it now joins the chunks of every " +
      "indefinite-length text string before decoding (packages/runtime/serde-cbor README, the guards table).",
    matches: ({ difference, response, ours, official }) =>
      (difference.startsWith("$.thrown") || difference.startsWith("$.output")) &&
      response !== undefined &&
      typeof response.body !== "string" &&
      (keyEncodings(response.body).get("indefinite length")?.size ?? 0) > 0 &&
      /^unexpected minor value 31\./.test(thrownMessage(official)) &&
      !/cannot read the response/.test(thrownMessage(ours)),
    reproductions: [
      {
        service: "cloudwatch-rpcv2cbor",
        kind: "output",
        operation: "DescribeAlarms",
        input: {},
        // {"NextToken": "x"}, the key in two chunks: 7f 64 "Next" 65 "Token" ff.
        response: { status: 200, headers: CBOR_HEADERS, body: cborHex("a1 7f 64 4e657874 65 546f6b656e ff 61 78") },
      },
    ],
  },
  {
    id: "query-error-code-read-as-shape-name",
    kinds: ["error"],
    category: "official client at fault",
    summary:
      "An `x-amzn-query-error` code that is the `@awsQueryError` code of the operation's error and also the name of " +
      "another error shape of the service (CloudWatch's DashboardNotFoundError has the awsQuery code ResourceNotFound, " +
      "and the service has an error shape named ResourceNotFound): the official client throws that other error, which " +
      "the operation does not declare, even when `__type` names the operation's error; ours throws the operation's " +
      "error the code stands for.",
    evidence:
      "The header carries the awsQuery error code (`<code>;<Sender|Receiver>`; aws.protocols#awsQueryCompatible), and " +
      "GetDashboard and DeleteDashboards declare DashboardNotFoundError (`@awsQueryError(code: \"ResourceNotFound\")`), " +
      "not ResourceNotFound. @aws-sdk/core's AwsSmithyRpcV2CborProtocol.handleError takes the error name from the header " +
      "alone, and ProtocolLib.findQueryCompatibleError looks it up first as a shape name in the whole namespace " +
      "(registry.getSchema), and only then by awsQueryError code. Ours looks the code up in the operation's error " +
      "table, which lists each error under its shape name and its awsQuery code.",
    matches: ({ difference, response, operation, model, ours, official }) => {
      if (difference !== "$.thrown.ofModelledClass: true vs false" && !difference.startsWith("$.thrown.name: ")) return false;
      const header = Object.entries(response?.headers ?? {}).find(([name]) => name.toLowerCase() === "x-amzn-query-error")?.[1];
      const code = header?.split(";")[0];
      const oursName = (ours as { thrown?: { name?: unknown } } | undefined)?.thrown?.name;
      const officialName = (official as { thrown?: { name?: unknown } } | undefined)?.thrown?.name;
      if (!code || officialName !== code || oursName === code) return false;
      const declared = operation.errors.find((id) => id.endsWith(`#${String(oursName)}`));
      const other = `${operation.id.slice(0, operation.id.indexOf("#"))}#${code}`;
      const queryCode = declared && (getTrait(model.expectShape(declared), "aws.protocols#awsQueryError") as { code?: string } | undefined)?.code;
      return queryCode === code && !operation.errors.includes(other) && model.getShape(other) !== undefined && hasTrait(model.expectShape(other), "smithy.api#error");
    },
    reproductions: [
      {
        service: "cloudwatch-rpcv2cbor",
        kind: "error",
        operation: "GetDashboard",
        input: { DashboardName: "d" },
        response: {
          status: 404,
          headers: { ...CBOR_HEADERS, "x-amzn-query-error": "ResourceNotFound;Sender" },
          body: cborBody({ __type: "com.amazonaws.cloudwatch#DashboardNotFoundError", message: "no dashboard d" }),
        },
        error: "com.amazonaws.cloudwatch#DashboardNotFoundError",
      },
    ],
  },
  {
    id: "cbor-large-integer-as-bigint",
    kinds: ["output", "error"],
    category: "official client at fault",
    summary:
      "An integer beyond 2^53 where the model has a double, float or long (a CBOR integer, as an encoder may write an " +
      "integral double): the official client gives a `bigint`, which the member's type (`number`) does not allow; ours " +
      "gives the nearest number, as `JSON.parse` does for awsJson.",
    evidence:
      "@smithy/core's CBOR decoder returns integers beyond Number.MAX_SAFE_INTEGER as bigints and CborShapeDeserializer2 " +
      "passes them on for any numeric member; @aws-sdk/client-cloudwatch declares `Values?: number[] | undefined` " +
      "(MetricDataResult). serde-cbor's readFloat and readInteger take a bigint as Number(value) (documented there).",
    matches: ({ difference, ours: oursSide, official: officialSide }) => {
      const parsed = parseDifference(difference);
      if (!parsed) return false;
      // The values themselves: `differences` shortens long ones.
      const official = valueAt(officialSide, parsed.segments) as { bigint?: unknown } | undefined;
      const ours = valueAt(oursSide, parsed.segments);
      return typeof official?.bigint === "string" && typeof ours === "number" && Number(BigInt(official.bigint)) === ours && !Number.isSafeInteger(ours);
    },
    reproductions: [
      {
        service: "cloudwatch-rpcv2cbor",
        kind: "output",
        operation: "GetMetricData",
        input: { MetricDataQueries: [], StartTime: new Date(0), EndTime: new Date(60_000) },
        response: { status: 200, headers: CBOR_HEADERS, body: cborBody({ MetricDataResults: [{ Id: "m", Values: [1.5, 9007199254740993n] }] }) },
      },
    ],
  },
];

/** The message of the error a side threw (an observation `{ thrown: { message } }`), or "". */
function thrownMessage(side: unknown): string {
  const message = (side as { thrown?: { message?: unknown } } | undefined)?.thrown?.message;
  return typeof message === "string" ? message : "";
}

/**
 * A difference once listed above as a generator finding, now fixed: its reproductions (the cases
 * that showed it) are run by the named service's suite and must now compare equal, so that the
 * finding stays fixed.
 */
export interface FixedDifference {
  readonly id: string;
  /** The finding in FINDINGS.md (which names the fixing commit). */
  readonly fixed: string;
  readonly reproductions: readonly Exclude<Reproduction, { kind: "arbitrary" }>[];
}

export const FIXED_DIFFERENCES: readonly FixedDifference[] = [
  {
    // The official client gives an `@awsQueryCompatible` service's error an awsQuery-style `Error` object and
    // `RequestId` (@aws-sdk/core's ProtocolLib: setQueryCompatError, decorateServiceException in query-compatible
    // mode); ours now does too, in both protocols (@smithy-gen/serde-core's addQueryCompatibleFields).
    id: "query-compatible-error-object",
    fixed: "FINDINGS.md F13",
    reproductions: [
      {
        service: "cloudwatch-rpcv2cbor",
        kind: "error",
        operation: "DeleteAlarms",
        input: { AlarmNames: ["a"] },
        response: {
          status: 404,
          headers: { ...CBOR_HEADERS, "x-amzn-requestid": "r-1", "x-amzn-query-error": "ResourceNotFound;Sender" },
          body: cborBody({ __type: "com.amazonaws.cloudwatch#ResourceNotFound", message: "no alarm a" }),
        },
        error: "com.amazonaws.cloudwatch#ResourceNotFound",
      },
      {
        // No header: `Error` has only the body's `Message`, which is the message too (before `message`).
        service: "cloudwatch-rpcv2cbor",
        kind: "error",
        operation: "DeleteAlarms",
        input: { AlarmNames: ["a"] },
        response: {
          status: 404,
          headers: { ...CBOR_HEADERS, "x-amzn-requestid": "r-1" },
          body: cborBody({ __type: "com.amazonaws.cloudwatch#ResourceNotFound", message: "no alarm a", Message: "No alarm a" }),
        },
        error: "com.amazonaws.cloudwatch#ResourceNotFound",
      },
      {
        // An error the model does not know, named by the header: every field of the body but `__type` is in `Error`.
        service: "cloudwatch-rpcv2cbor",
        kind: "error",
        operation: "DeleteAlarms",
        input: { AlarmNames: ["a"] },
        response: {
          status: 400,
          headers: { ...CBOR_HEADERS, "x-amzn-requestid": "r-1", "x-amzn-query-error": "Throttling;Sender" },
          body: cborBody({ __type: "com.amazonaws.cloudwatch#Throttling", Message: "slow down", docs: "https://docs.example/t", retryAfterSeconds: 3 }),
        },
      },
    ],
  },
  {
    id: "cbor-wide-head-bignum",
    fixed: "FINDINGS.md F14",
    reproductions: [
      {
        service: "cloudwatch-rpcv2cbor",
        kind: "output",
        operation: "DescribeAlarms",
        input: {},
        // {"MetricAlarms": [{"EvaluationCriteria": {"X": -(2^64) - 1}}]}: an unknown union member whose value is a
        // bignum under a two-byte tag head (d8 03); @smithy/core/cbor's decoder made it a { tag: 3, value } object.
        response: {
          status: 200,
          headers: CBOR_HEADERS,
          body: cborHex("a1 6c 4d6574726963416c61726d73 81 a1 72 4576616c756174696f6e4372697465726961 a1 61 58 d8 03 49 01 0000000000000000"),
        },
      },
    ],
  },
  {
    id: "cbor-large-map-indefinite-text",
    fixed: "FINDINGS.md F14",
    reproductions: [
      {
        service: "cloudwatch-rpcv2cbor",
        kind: "output",
        operation: "DescribeAlarms",
        input: {},
        // A map of 25 entries (NextToken and 24 the output does not model) whose NextToken is an indefinite-length
        // text string: @smithy/core/cbor's decoder reads text values of maps of 25 or more entries as definite.
        response: {
          status: 200,
          headers: CBOR_HEADERS,
          body: cborHex(`b8 19 69 4e657874546f6b656e 7f 62 6e74 61 31 ff ${Array.from({ length: 24 }, (_, i) => `63 ${Buffer.from(`u${String(i).padStart(2, "0")}`).toString("hex")} 00`).join(" ")}`),
        },
      },
    ],
  },
  {
    id: "unknown-error-body-dropped",
    fixed: "FINDINGS.md F12",
    reproductions: [
      {
        service: "lightsail",
        kind: "error",
        operation: "GetInstance",
        input: { instanceName: "web-1" },
        response: {
          status: 400,
          headers: {},
          body: JSON.stringify({ __type: "ThrottlingException", message: "it failed", code: "DoesNotExist", docs: "https://docs.example/t", tip: "slow down" }),
        },
      },
      {
        service: "lightsail",
        kind: "error",
        operation: "GetInstance",
        input: { instanceName: "web-1" },
        response: { status: 400, headers: {}, body: JSON.stringify({ __type: "com.amazonaws.lightsail#NotFoundException", message: "gone", resourceName: "web-1" }) },
        error: "com.amazonaws.lightsail#NotFoundException",
      },
    ],
  },
  {
    id: "empty-error-message",
    fixed: "FINDINGS.md F2",
    reproductions: [
      {
        service: "lightsail",
        kind: "error",
        operation: "GetInstance",
        input: { instanceName: "web-1" },
        response: { status: 400, headers: {}, body: JSON.stringify({ __type: "com.amazonaws.lightsail#NotFoundException", message: "" }) },
        error: "com.amazonaws.lightsail#NotFoundException",
      },
    ],
  },
  {
    id: "null-document-member",
    fixed: "FINDINGS.md F4",
    reproductions: [
      { service: "cognito-identity-provider", kind: "request", operation: "UpdateManagedLoginBranding", input: { ManagedLoginBrandingId: "b", Settings: null } },
      {
        service: "cognito-identity-provider",
        kind: "output",
        operation: "DescribeManagedLoginBranding",
        input: { UserPoolId: "us-west-2_a", ManagedLoginBrandingId: "b" },
        // UseCognitoProvidedValues is sent: left out, ours would fill in its default (default-filled-in).
        response: { status: 200, headers: {}, body: JSON.stringify({ ManagedLoginBranding: { ManagedLoginBrandingId: "b", Settings: null, UseCognitoProvidedValues: false } }) },
      },
    ],
  },
  {
    id: "retryable-without-throttling",
    fixed: "FINDINGS.md F5",
    reproductions: [
      {
        service: "dynamodb",
        kind: "error",
        operation: "PutItem",
        input: { TableName: "t", Item: { id: { S: "1" } } },
        response: { status: 400, headers: {}, body: JSON.stringify({ __type: "com.amazonaws.dynamodb#ReplicatedWriteConflictException", message: "conflict" }) },
        error: "com.amazonaws.dynamodb#ReplicatedWriteConflictException",
      },
    ],
  },
];

/**
 * The difference is a member ours filled in with its `@default` (as the wire or the output has it)
 * where the official client has nothing: a request body's member (below the input's own members)
 * or an output's member, found by walking the model along the path.
 */
function filledDefault({ difference, model, operation, kind }: DifferenceContext): boolean {
  const parsed = parseDifference(difference);
  if (!parsed || parsed.official !== "absent" || parsed.ours === "absent") return false;
  const [where, part, ...rest] = parsed.segments;
  const inBody = kind === "request" && where === "request" && part === "body" && rest.length >= 2;
  const inOutput = kind === "output" && where === "output" && part !== undefined;
  if (!inBody && !inOutput) return false;
  const path = inBody ? rest : [part!, ...rest];
  const parentId = shapeAt(model, inBody ? operation.input : operation.output, path.slice(0, -1));
  const parent = parentId === undefined ? undefined : model.getShape(parentId);
  const name = path[path.length - 1];
  const member = parent?.type === "structure" && typeof name === "string" ? parent.members.get(name) : undefined;
  if (!member || hasTrait(member, "smithy.api#clientOptional")) return false;
  const value = getTrait(member, "smithy.api#default");
  if (value === undefined || value === null) return false;
  // Dates and bytes read from a response are compared in another form; the other types show as the default's JSON.
  const target = model.getShape(member.target)?.type;
  if (target === "timestamp") return true;
  if (target === "blob" && inOutput) return parsed.ours === JSON.stringify({ bytes: value });
  return parsed.ours === JSON.stringify(value);
}

const ATTRIBUTE_VALUE_MEMBERS = new Set(["S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL"]);

/**
 * The difference lies in an AttributeValue holding a member the client does not know: on a side
 * that has the differing key, the value around it is a one-key object whose key is no
 * AttributeValue member, or is `$unknown` (ours reads unknown members so; the official codec
 * writes the `$unknown` property into requests as it is).
 */
function unknownAttributeValueMember({ difference, ours, official }: DifferenceContext): boolean {
  const parsed = parseDifference(difference);
  if (!parsed || parsed.segments.length === 0) return false;
  const last = parsed.segments[parsed.segments.length - 1];
  const parent = parsed.segments.slice(0, -1);
  const isUnknownMember = (side: unknown): boolean => {
    const value = valueAt(side, parent);
    if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
    const keys = Object.keys(value);
    return keys.length === 1 && keys[0] === last && (last === "$unknown" || !ATTRIBUTE_VALUE_MEMBERS.has(last));
  };
  return (parsed.ours === "absent" && isUnknownMember(official)) || (parsed.official === "absent" && isUnknownMember(ours));
}

function hasBodyCodeWithoutType(body: string | Uint8Array): boolean {
  if (typeof body !== "string") return false;
  const json = JSON.parse(body) as Record<string, unknown>;
  return !("__type" in json) && Object.keys(json).some((key) => key.toLowerCase() === "code");
}

export function knownDifference(context: DifferenceContext): KnownDifference | undefined {
  return KNOWN_DIFFERENCES.find((entry) => entry.kinds.includes(context.kind) && entry.matches(context));
}
