export {
  checkConstraints,
  type BlobConstraints,
  type ConstraintTable,
  type ConstraintViolation,
  type ListConstraints,
  type MapConstraints,
  type MemberConstraints,
  type NumberConstraints,
  type Range,
  type ShapeConstraints,
  type ShapeRef,
  type StringConstraints,
  type StructureConstraints,
  type UnionConstraints,
} from "./constraints.js";
export { handleAwsJsonRequest, ProtocolError, type HandleOptions, type HandlerTable, type ServerResponse } from "./handle.js";
export type { AwsJsonContentType, AwsJsonServerService, ErrorClass, OperationHandler, ServerContext, ServerError, ServerEventStream, ServerOperation } from "./service.js";
export { createFakeAwsJsonServer, type FakeDefinition, type FakeOperation, type FakeOptions, type FakePages } from "./fake.js";
export {
  mockAwsJsonClient,
  MockStubError,
  type ClientMock,
  type CommandClass,
  type DeepPartial,
  type MockableClient,
  type MockCall,
  type MockStub,
} from "./mock.js";
export { sigV4Verifier, type SigV4Options } from "./sigv4.js";
export { createAwsJsonServer, type AwsJsonServer, type AwsJsonServerOptions } from "./server.js";
export { createNodeServer, InProcessHttpHandler, listen, type ListeningServer, type RequestListener } from "./transport.js";
