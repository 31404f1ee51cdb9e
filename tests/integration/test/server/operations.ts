import * as generatedClient from "@smithy-gen/lightsail-client";
import { lightsailConstraints, lightsailServerService } from "@smithy-gen/lightsail-server";
import * as arbitraries from "@smithy-gen/lightsail-types/arbitraries";
import type { ArbitraryOptions } from "@smithy-gen/lightsail-types/arbitraries";
import type { Arbitrary } from "fast-check";

/** Every operation the generated server serves, by name, sorted. */
export const OPERATIONS = Object.values(lightsailServerService.operations).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** Only the values the model lists: the server rejects what it does not know, as the service does. */
export const ARBITRARY_OPTIONS: ArbitraryOptions = { maxDepth: 1 };

/** The arbitrary of an operation's input (`{}` for an operation without input). */
export function inputArbitrary(operation: (typeof OPERATIONS)[number]): Arbitrary<Record<string, unknown>> | undefined {
  if (operation.inputShape === undefined) return undefined;
  const make = (arbitraries as Record<string, unknown>)[`arbitrary${operation.inputShape}`];
  if (typeof make !== "function") throw new Error(`no arbitrary${operation.inputShape} in the types package`);
  return (make as (options: ArbitraryOptions) => Arbitrary<Record<string, unknown>>)(ARBITRARY_OPTIONS);
}

type CommandClass = new (input: object) => never;

/** `<Operation>Command` of a client package's exports. */
export function commandOf(exports: Record<string, unknown>, operation: string): CommandClass {
  const command = exports[`${operation}Command`];
  if (typeof command !== "function") throw new Error(`no ${operation}Command`);
  return command as CommandClass;
}

/** The generated client's command of an operation. */
export function generatedCommand(operation: string): CommandClass {
  return commandOf(generatedClient as Record<string, unknown>, operation);
}

/** The members of a structure in the constraint table, with whether each is required. */
export function membersOf(shape: string): { name: string; required: boolean; shape?: string }[] {
  const entry = lightsailConstraints[shape];
  if (!entry || entry.type !== "structure") return [];
  return Object.entries(entry.members).map(([name, member]) => ({ name, required: member.required === true, ...(member.shape ? { shape: member.shape } : {}) }));
}
