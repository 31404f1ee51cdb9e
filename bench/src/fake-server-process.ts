/**
 * The fake Lightsail service in a process of its own, so that the throughput benchmark measures
 * the client's process only (the server's JSON and signature checks run on the other core).
 * Started with `fork`; tells its endpoint over IPC and, on "stop", the problems it saw.
 */
import { startFakeLightsail } from "@smithy-gen/integration-tests/fake-lightsail";

export interface FakeServerReady {
  readonly kind: "ready";
  readonly endpoint: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export interface FakeServerStopped {
  readonly kind: "stopped";
  readonly requests: number;
  readonly problems: string[];
}

const [recordCount, pageSize] = process.argv.slice(2).map(Number);
const fake = await startFakeLightsail({ recordCount: recordCount ?? 10_000, pageSize: pageSize ?? 100 });
const send = (message: FakeServerReady | FakeServerStopped) => process.send?.(message);
send({ kind: "ready", endpoint: fake.endpoint, ...fake.credentials });
process.on("message", async (message) => {
  if (message !== "stop") return;
  const stopped: FakeServerStopped = { kind: "stopped", requests: fake.requests.length, problems: fake.problems().slice(0, 10) };
  await fake.close();
  send(stopped);
  process.disconnect();
});
process.on("disconnect", () => void fake.close());
