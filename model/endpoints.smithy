// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

use smithy.rules#endpointRuleSet

apply Lightsail_20161128 @endpointRuleSet(
    version: "1.0"
    parameters: {
        Region: {
            builtIn: "AWS::Region"
            required: false
            documentation: "The AWS region used to dispatch the request."
            type: "string"
        }
        UseDualStack: {
            builtIn: "AWS::UseDualStack"
            required: true
            default: false
            documentation: "When true, use the dual-stack endpoint. If the configured endpoint does not support dual-stack, dispatching the request MAY return an error."
            type: "boolean"
        }
        UseFIPS: {
            builtIn: "AWS::UseFIPS"
            required: true
            default: false
            documentation: "When true, send this request to the FIPS-compliant regional endpoint. If the configured endpoint does not have a FIPS compliant endpoint, dispatching the request will return an error."
            type: "boolean"
        }
        Endpoint: {
            builtIn: "SDK::Endpoint"
            required: false
            documentation: "Override the endpoint used to send this request"
            type: "string"
        }
    }
    rules: [
        {
            conditions: [{ fn: "isSet", argv: [{ ref: "Endpoint" }] }]
            rules: [
                {
                    conditions: [{ fn: "booleanEquals", argv: [{ ref: "UseFIPS" }, true] }]
                    error: "Invalid Configuration: FIPS and custom endpoint are not supported"
                    type: "error"
                }
                {
                    conditions: [{ fn: "booleanEquals", argv: [{ ref: "UseDualStack" }, true] }]
                    error: "Invalid Configuration: Dualstack and custom endpoint are not supported"
                    type: "error"
                }
                {
                    conditions: []
                    endpoint: { url: { ref: "Endpoint" }, properties: {}, headers: {} }
                    type: "endpoint"
                }
            ]
            type: "tree"
        }
        {
            conditions: [{ fn: "isSet", argv: [{ ref: "Region" }] }]
            rules: [
                {
                    conditions: [{ fn: "aws.partition", argv: [{ ref: "Region" }], assign: "PartitionResult" }]
                    rules: [
                        {
                            conditions: [
                                { fn: "booleanEquals", argv: [{ ref: "UseFIPS" }, true] }
                                { fn: "booleanEquals", argv: [{ ref: "UseDualStack" }, true] }
                            ]
                            rules: [
                                {
                                    conditions: [
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                true
                                                { fn: "getAttr", argv: [{ ref: "PartitionResult" }, "supportsFIPS"] }
                                            ]
                                        }
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                true
                                                {
                                                    fn: "getAttr"
                                                    argv: [{ ref: "PartitionResult" }, "supportsDualStack"]
                                                }
                                            ]
                                        }
                                    ]
                                    rules: [
                                        {
                                            conditions: []
                                            endpoint: {
                                                url: "https://lightsail-fips.{Region}.{PartitionResult#dualStackDnsSuffix}"
                                                properties: {}
                                                headers: {}
                                            }
                                            type: "endpoint"
                                        }
                                    ]
                                    type: "tree"
                                }
                                {
                                    conditions: []
                                    error: "FIPS and DualStack are enabled, but this partition does not support one or both"
                                    type: "error"
                                }
                            ]
                            type: "tree"
                        }
                        {
                            conditions: [{ fn: "booleanEquals", argv: [{ ref: "UseFIPS" }, true] }]
                            rules: [
                                {
                                    conditions: [
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                { fn: "getAttr", argv: [{ ref: "PartitionResult" }, "supportsFIPS"] }
                                                true
                                            ]
                                        }
                                    ]
                                    rules: [
                                        {
                                            conditions: []
                                            endpoint: {
                                                url: "https://lightsail-fips.{Region}.{PartitionResult#dnsSuffix}"
                                                properties: {}
                                                headers: {}
                                            }
                                            type: "endpoint"
                                        }
                                    ]
                                    type: "tree"
                                }
                                {
                                    conditions: []
                                    error: "FIPS is enabled but this partition does not support FIPS"
                                    type: "error"
                                }
                            ]
                            type: "tree"
                        }
                        {
                            conditions: [{ fn: "booleanEquals", argv: [{ ref: "UseDualStack" }, true] }]
                            rules: [
                                {
                                    conditions: [
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                true
                                                {
                                                    fn: "getAttr"
                                                    argv: [{ ref: "PartitionResult" }, "supportsDualStack"]
                                                }
                                            ]
                                        }
                                    ]
                                    rules: [
                                        {
                                            conditions: []
                                            endpoint: {
                                                url: "https://lightsail.{Region}.{PartitionResult#dualStackDnsSuffix}"
                                                properties: {}
                                                headers: {}
                                            }
                                            type: "endpoint"
                                        }
                                    ]
                                    type: "tree"
                                }
                                {
                                    conditions: []
                                    error: "DualStack is enabled but this partition does not support DualStack"
                                    type: "error"
                                }
                            ]
                            type: "tree"
                        }
                        {
                            conditions: []
                            endpoint: {
                                url: "https://lightsail.{Region}.{PartitionResult#dnsSuffix}"
                                properties: {}
                                headers: {}
                            }
                            type: "endpoint"
                        }
                    ]
                    type: "tree"
                }
            ]
            type: "tree"
        }
        { conditions: [], error: "Invalid Configuration: Missing Region", type: "error" }
    ]
)
