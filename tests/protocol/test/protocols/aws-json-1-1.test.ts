import { defineProtocolSuite } from "../../src/protocol-suite.js";

defineProtocolSuite("awsJson1_1");
