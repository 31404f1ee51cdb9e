import { defineProtocolSuite } from "../../src/protocol-suite.js";

defineProtocolSuite("rpcv2Cbor");
