$version: "2.0"

namespace com.amazonaws.lightsail

use smithy.rules#endpointRuleSet

// How a client finds the Lightsail endpoint, in the standard shape of AWS regional services:
//
// 1. An endpoint override (`SDK::Endpoint`) is used as it is; it cannot be combined with FIPS
//    or dual-stack, since the client cannot know whether the custom host offers either.
// 2. Otherwise a Region is required. `aws.partition` maps it to its partition (aws, aws-cn,
//    aws-us-gov, the ISO partitions, ...), which gives the DNS suffixes and whether the
//    partition has FIPS and dual-stack endpoints.
// 3. FIPS and dual-stack each change the host: FIPS adds `-fips` to the service label,
//    dual-stack swaps the DNS suffix for the partition's dual-stack one. Asking for a variant
//    the partition does not have is an error, not a silent fallback.
// 4. With neither, the endpoint is `https://lightsail.{Region}.{dnsSuffix}`.
apply Lightsail_20161128 @endpointRuleSet({
    version: "1.0"
    parameters: {
        Region: {
            type: "string"
            builtIn: "AWS::Region"
            required: false
            documentation: "The AWS Region to send the request to."
        }
        UseDualStack: {
            type: "boolean"
            builtIn: "AWS::UseDualStack"
            required: true
            default: false
            documentation: "Whether to send the request to a dual-stack (IPv4 and IPv6) endpoint. Resolution fails when the partition has no dual-stack endpoints."
        }
        UseFIPS: {
            type: "boolean"
            builtIn: "AWS::UseFIPS"
            required: true
            default: false
            documentation: "Whether to send the request to a FIPS-compliant endpoint. Resolution fails when the partition has no FIPS endpoints."
        }
        Endpoint: {
            type: "string"
            builtIn: "SDK::Endpoint"
            required: false
            documentation: "A URL to send the request to instead of the resolved endpoint."
        }
    }
    rules: [
        {
            type: "tree"
            documentation: "An endpoint override wins, unless combined with FIPS or dual-stack."
            conditions: [
                { fn: "isSet", argv: [{ ref: "Endpoint" }] }
            ]
            rules: [
                {
                    type: "error"
                    conditions: [
                        { fn: "booleanEquals", argv: [{ ref: "UseFIPS" }, true] }
                    ]
                    error: "Invalid Configuration: FIPS and custom endpoint are not supported"
                }
                {
                    type: "error"
                    conditions: [
                        { fn: "booleanEquals", argv: [{ ref: "UseDualStack" }, true] }
                    ]
                    error: "Invalid Configuration: Dualstack and custom endpoint are not supported"
                }
                {
                    type: "endpoint"
                    conditions: []
                    endpoint: { url: { ref: "Endpoint" } }
                }
            ]
        }
        {
            type: "tree"
            documentation: "Regional endpoints, from the partition of the Region."
            conditions: [
                { fn: "isSet", argv: [{ ref: "Region" }] }
                { fn: "aws.partition", argv: [{ ref: "Region" }], assign: "PartitionResult" }
            ]
            rules: [
                {
                    type: "tree"
                    conditions: [
                        { fn: "booleanEquals", argv: [{ ref: "UseFIPS" }, true] }
                        { fn: "booleanEquals", argv: [{ ref: "UseDualStack" }, true] }
                    ]
                    rules: [
                        {
                            type: "endpoint"
                            conditions: [
                                {
                                    fn: "booleanEquals"
                                    argv: [{ fn: "getAttr", argv: [{ ref: "PartitionResult" }, "supportsFIPS"] }, true]
                                }
                                {
                                    fn: "booleanEquals"
                                    argv: [{ fn: "getAttr", argv: [{ ref: "PartitionResult" }, "supportsDualStack"] }, true]
                                }
                            ]
                            endpoint: { url: "https://lightsail-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" }
                        }
                        {
                            type: "error"
                            conditions: []
                            error: "Invalid Configuration: the partition of this Region does not offer endpoints that are both FIPS and dual-stack"
                        }
                    ]
                }
                {
                    type: "tree"
                    conditions: [
                        { fn: "booleanEquals", argv: [{ ref: "UseFIPS" }, true] }
                    ]
                    rules: [
                        {
                            type: "endpoint"
                            conditions: [
                                {
                                    fn: "booleanEquals"
                                    argv: [{ fn: "getAttr", argv: [{ ref: "PartitionResult" }, "supportsFIPS"] }, true]
                                }
                            ]
                            endpoint: { url: "https://lightsail-fips.{Region}.{PartitionResult#dnsSuffix}" }
                        }
                        {
                            type: "error"
                            conditions: []
                            error: "Invalid Configuration: the partition of this Region does not offer FIPS endpoints"
                        }
                    ]
                }
                {
                    type: "tree"
                    conditions: [
                        { fn: "booleanEquals", argv: [{ ref: "UseDualStack" }, true] }
                    ]
                    rules: [
                        {
                            type: "endpoint"
                            conditions: [
                                {
                                    fn: "booleanEquals"
                                    argv: [{ fn: "getAttr", argv: [{ ref: "PartitionResult" }, "supportsDualStack"] }, true]
                                }
                            ]
                            endpoint: { url: "https://lightsail.{Region}.{PartitionResult#dualStackDnsSuffix}" }
                        }
                        {
                            type: "error"
                            conditions: []
                            error: "Invalid Configuration: the partition of this Region does not offer dual-stack endpoints"
                        }
                    ]
                }
                {
                    type: "endpoint"
                    conditions: []
                    endpoint: { url: "https://lightsail.{Region}.{PartitionResult#dnsSuffix}" }
                }
            ]
        }
        {
            type: "error"
            conditions: []
            error: "Invalid Configuration: Missing Region"
        }
    ]
})
