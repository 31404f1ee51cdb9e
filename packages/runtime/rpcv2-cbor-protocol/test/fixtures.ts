import { deserializationErrorClass, SerializationError } from "@smithy-gen/serde-core";
import { ServiceException, type ServiceExceptionOptions } from "@smithy/core/client";
import { HttpResponse } from "@smithy/core/protocols";
import { streamCollector, toUtf8 } from "@smithy/core/serde";
import type { Endpoint, SerdeContext } from "@smithy/types";
import { awsQueryCompatible, type RpcV2CborService } from "../src/index.js";

export class TestServiceException extends ServiceException {
  static override readonly shapeId: string = "smithy.protocoltests.rpcv2Cbor#TestServiceException";
  constructor(options: ServiceExceptionOptions) {
    super(options);
  }
}

export class TestSerializationError extends SerializationError {
  override readonly name = "TestSerializationError";
}

export class TestDeserializationError extends deserializationErrorClass(TestServiceException, "TestDeserializationError") {}

/** The InvalidGreeting error of the rpcv2Cbor protocol tests: a modelled `Message` member. */
export class InvalidGreeting extends TestServiceException {
  static override readonly shapeId: string = "smithy.protocoltests.rpcv2Cbor#InvalidGreeting";
  Message: string | undefined;
  constructor(options: Omit<ServiceExceptionOptions, "name" | "$fault"> & { Message?: string }) {
    super({ ...options, name: "InvalidGreeting", $fault: "client" });
    this.Message = options.Message;
  }
}

/** The ComplexError of the rpcv2Cbor protocol tests: no message member, a nested structure. */
export class ComplexError extends TestServiceException {
  static override readonly shapeId: string = "smithy.protocoltests.rpcv2Cbor#ComplexError";
  TopLevel: string | undefined;
  Nested: { Foo?: string } | undefined;
  constructor(options: Omit<ServiceExceptionOptions, "name" | "$fault"> & { TopLevel?: string; Nested?: { Foo?: string } }) {
    super({ ...options, name: "ComplexError", $fault: "client" });
    this.TopLevel = options.TopLevel;
    this.Nested = options.Nested;
  }
}

/** The CustomCodeError of the query-compatible protocol tests (`@awsQueryError(code: "Customized")`). */
export class CustomCodeError extends TestServiceException {
  static override readonly shapeId: string = "aws.protocoltests.rpcv2cbor#CustomCodeError";
  constructor(options: Omit<ServiceExceptionOptions, "name" | "$fault">) {
    super({ ...options, name: "CustomCodeError", $fault: "client" });
  }
}

export const service: RpcV2CborService<TestServiceException> = {
  serviceName: "RpcV2Protocol",
  exception: TestServiceException,
  serializationError: TestSerializationError,
  deserializationError: TestDeserializationError,
};

export const queryCompatibleService: RpcV2CborService<TestServiceException> = { ...service, serviceName: "QueryCompatibleRpcV2Protocol", queryCompatible: awsQueryCompatible };

export function context(endpoint: Partial<Endpoint> = {}): SerdeContext {
  return {
    base64Encoder: () => "",
    base64Decoder: () => new Uint8Array(),
    utf8Encoder: toUtf8,
    utf8Decoder: (text) => new TextEncoder().encode(text),
    streamCollector,
    endpoint: async () => ({ protocol: "https:", hostname: "service.us-east-1.amazonaws.com", path: "/", ...endpoint }),
    requestHandler: { handle: async () => ({ response: new HttpResponse({ statusCode: 200, headers: {} }) }) },
    disableHostPrefix: false,
  };
}

/** A response as an rpcv2Cbor service sends it. */
export function response(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return new HttpResponse({ statusCode, headers: { "smithy-protocol": "rpc-v2-cbor", "content-type": "application/cbor", ...headers }, body });
}

/** The bytes of a protocol test's base64 `body`. */
export function base64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "base64"));
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}
