import { deserializationErrorClass, SerializationError } from "@smithy-gen/serde-core";
import { ServiceException, type ServiceExceptionOptions } from "@smithy/core/client";
import { HttpResponse } from "@smithy/core/protocols";
import { streamCollector, toUtf8 } from "@smithy/core/serde";
import type { Endpoint, SerdeContext } from "@smithy/types";
import { awsQueryCompatible, type AwsJsonService } from "../src/index.js";

export class TestServiceException extends ServiceException {
  static override readonly shapeId: string = "aws.protocoltests.json10#TestServiceException";
  constructor(options: ServiceExceptionOptions) {
    super(options);
  }
}

export class TestSerializationError extends SerializationError {
  override readonly name = "TestSerializationError";
}

export class TestDeserializationError extends deserializationErrorClass(TestServiceException, "TestDeserializationError") {}

/** A modelled error of the service. */
export class FooError extends TestServiceException {
  static override readonly shapeId: string = "aws.protocoltests.json10#FooError";
  readonly detail: string | undefined;
  constructor(options: Omit<ServiceExceptionOptions, "name" | "$fault"> & { detail?: string }) {
    super({ ...options, name: "FooError", $fault: "server" });
    this.detail = options.detail;
  }
}

export const service: AwsJsonService<TestServiceException> = {
  contentType: "application/x-amz-json-1.0",
  exception: TestServiceException,
  serializationError: TestSerializationError,
  deserializationError: TestDeserializationError,
};

export const queryCompatibleService: AwsJsonService<TestServiceException> = { ...service, queryCompatible: awsQueryCompatible };

export function context(endpoint: Partial<Endpoint> = {}, options: { disableHostPrefix?: boolean } = {}): SerdeContext {
  return {
    base64Encoder: () => "",
    base64Decoder: () => new Uint8Array(),
    utf8Encoder: toUtf8,
    utf8Decoder: (text) => new TextEncoder().encode(text),
    streamCollector,
    endpoint: async () => ({ protocol: "https:", hostname: "service.us-east-1.amazonaws.com", path: "/", ...endpoint }),
    requestHandler: { handle: async () => ({ response: new HttpResponse({ statusCode: 200, headers: {} }) }) },
    disableHostPrefix: options.disableHostPrefix ?? false,
  };
}

export function response(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return new HttpResponse({ statusCode, headers: { "content-type": "application/x-amz-json-1.0", ...headers }, body });
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
