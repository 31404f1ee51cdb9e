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
  | { readonly service: string; readonly kind: "output" | "error"; readonly operation: string; readonly input?: unknown; readonly response: WireResponse; readonly error?: ShapeId }
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
];

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

function hasBodyCodeWithoutType(body: string): boolean {
  const json = JSON.parse(body) as Record<string, unknown>;
  return !("__type" in json) && Object.keys(json).some((key) => key.toLowerCase() === "code");
}

export function knownDifference(context: DifferenceContext): KnownDifference | undefined {
  return KNOWN_DIFFERENCES.find((entry) => entry.kinds.includes(context.kind) && entry.matches(context));
}
