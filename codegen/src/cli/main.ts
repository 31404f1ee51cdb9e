/** Entry point of the `smithy-gen` CLI; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  process.stderr.write(`smithy-gen: no command implemented yet (${argv.join(" ")})\n`);
  return 1;
}
