import { describe, expect, it } from "vitest";
import { createServiceIndex, selectService } from "../../src/knowledge/service-index.js";
import { createSymbolProvider, packageStemFromSdkId, serviceNameFromSdkId } from "../../src/core/symbols.js";
import { load } from "../support/load.js";

const MODEL = `$version: "2"
namespace example.weather

use aws.api#service
use aws.protocols#awsJson1_1

@awsJson1_1
@service(sdkId: "Weather Forecast")
service WeatherService {
    version: "2024-01-01"
    operations: [GetForecast]
    rename: { "example.other#Forecast": "OtherForecast" }
}

operation GetForecast {
    input: GetForecastInput
    output: GetForecastOutput
    errors: [NoSuchCity]
}

structure GetForecastInput {
    city: String
}

structure GetForecastOutput {
    forecast: Forecast
    other: example.other#Forecast
    object: Object
}

structure Forecast {}

structure Object {}

@error("client")
structure NoSuchCity {}
`;

const OTHER = `$version: "2"
namespace example.other
structure Forecast {}
`;

function provider(scope?: string) {
  const model = load({ "weather.smithy": MODEL, "other.smithy": OTHER }).model;
  const index = createServiceIndex(model, selectService(model));
  return { symbols: createSymbolProvider(index, scope ? { scope } : undefined), index };
}

describe("symbol provider", () => {
  const { symbols, index } = provider();
  const operation = index.operations[0]!;

  it("derives the service name and package names from the sdkId", () => {
    expect(serviceNameFromSdkId("Cognito Identity Provider")).toBe("CognitoIdentityProvider");
    expect(serviceNameFromSdkId("ECR PUBLIC")).toBe("ECRPUBLIC");
    expect(packageStemFromSdkId("Cognito Identity Provider")).toBe("cognito-identity-provider");
    expect(symbols.serviceName).toBe("WeatherForecast");
    expect(symbols.packageName("types")).toBe("@smithy-gen/weather-forecast-types");
    expect(symbols.packageDir("client")).toBe("weather-forecast-client");
    expect(provider("@acme").symbols.packageName("serde")).toBe("@acme/weather-forecast-serde");
  });

  it("names the packages and their directories after a package prefix when given one, and nothing else", () => {
    const model = load({ "weather.smithy": MODEL, "other.smithy": OTHER }).model;
    const prefixed = createSymbolProvider(createServiceIndex(model, selectService(model)), { scope: "@acme", packagePrefix: "wx" });
    expect(prefixed.packageName("client")).toBe("@acme/wx-client");
    expect(prefixed.packageDir("types")).toBe("wx-types");
    expect(prefixed.packagePrefix).toBe("wx");
    expect(prefixed.packageStem).toBe("weather-forecast");
    expect(prefixed.clientHome().file).toBe("src/weather-forecast-client.ts");
    expect(prefixed.symbol(prefixed.typeHome("example.weather#Forecast"), "client").from).toBe("@acme/wx-types");
  });

  it("puts types in src/models, errors in src/errors, each in a file of its own kebab-case name", () => {
    expect(symbols.typeHome("example.weather#GetForecastInput")).toEqual({
      role: "types",
      file: "src/models/get-forecast-input.ts",
      name: "GetForecastInput",
      exportPath: ".",
    });
    expect(symbols.typeHome("example.weather#NoSuchCity").file).toBe("src/errors/no-such-city.ts");
    expect(symbols.serviceExceptionHome()).toMatchObject({ file: "src/errors/weather-forecast-service-exception.ts", name: "WeatherForecastServiceException" });
  });

  it("applies the service's rename, and escapes names that shadow globals", () => {
    expect(symbols.shapeName("example.other#Forecast")).toBe("OtherForecast");
    expect(symbols.typeHome("example.other#Forecast")).toMatchObject({ file: "src/models/other-forecast.ts", name: "OtherForecast" });
    expect(symbols.typeName("example.weather#Object")).toBe("_Object");
    expect(symbols.shapeName("example.weather#Object")).toBe("Object");
  });

  it("names arbitraries after the shape, under the ./arbitraries export path", () => {
    expect(symbols.arbitraryHome("example.weather#Forecast")).toEqual({
      role: "types",
      file: "src/arbitraries/forecast.ts",
      name: "arbitraryForecast",
      exportPath: "./arbitraries",
    });
  });

  it("names operation symbols as the official SDK does", () => {
    expect(symbols.commandHome(operation)).toMatchObject({ role: "client", file: "src/commands/get-forecast-command.ts", name: "GetForecastCommand" });
    expect(symbols.commandInputHome(operation).name).toBe("GetForecastCommandInput");
    expect(symbols.methodName(operation)).toBe("getForecast");
    expect(symbols.requestSerializerHome(operation).name).toBe("buildGetForecastRequest");
    expect(symbols.serializerHome("example.weather#Forecast").name).toBe("serializeForecast");
    expect(symbols.paginatorHome(operation).name).toBe("paginateGetForecast");
    expect(symbols.clientHome().name).toBe("WeatherForecastClient");
  });

  it("refers to a symbol of the same package by file, and to another package's by package name and export path", () => {
    const type = symbols.typeHome("example.weather#Forecast");
    expect(symbols.symbol(type, "types")).toEqual({ name: "Forecast", from: "src/models/forecast.ts" });
    expect(symbols.symbol(type, "serde")).toEqual({ name: "Forecast", from: "@smithy-gen/weather-forecast-types" });
    expect(symbols.symbol(symbols.arbitraryHome("example.weather#Forecast"), "client")).toEqual({
      name: "arbitraryForecast",
      from: "@smithy-gen/weather-forecast-types/arbitraries",
    });
  });

  it("names every shape the same whatever order it is asked in", () => {
    const ids = index.closure.filter((s) => s.type === "structure").map((s) => s.id);
    const forward = ids.map((id) => symbols.typeHome(id));
    const fresh = provider().symbols;
    const backward = [...ids].reverse().map((id) => fresh.typeHome(id)).reverse();
    expect(backward).toEqual(forward);
  });
});
