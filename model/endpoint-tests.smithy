$version: "2.0"

namespace com.amazonaws.lightsail

use smithy.rules#endpointTests

// Test cases for the rule set in endpoints.smithy. The expected URLs are what the AWS partition
// data (the dnsSuffix, dualStackDnsSuffix, supportsFIPS and supportsDualStack of each partition)
// gives for each Region; every case that the official model also has expects the same result.
// Every partition offers FIPS and dual-stack today, so the rule set's "partition does not offer"
// errors have no case here.
apply Lightsail_20161128 @endpointTests({
    version: "1.0"
    testCases: [
        {
            documentation: "us-east-1 (aws), FIPS off, dual-stack off"
            params: { Region: "us-east-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.us-east-1.amazonaws.com" } }
        }
        {
            documentation: "us-east-2 (aws), FIPS off, dual-stack off"
            params: { Region: "us-east-2", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.us-east-2.amazonaws.com" } }
        }
        {
            documentation: "us-west-1 (aws), FIPS off, dual-stack off"
            params: { Region: "us-west-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.us-west-1.amazonaws.com" } }
        }
        {
            documentation: "us-west-2 (aws), FIPS off, dual-stack off"
            params: { Region: "us-west-2", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.us-west-2.amazonaws.com" } }
        }
        {
            documentation: "eu-west-1 (aws), FIPS off, dual-stack off"
            params: { Region: "eu-west-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.eu-west-1.amazonaws.com" } }
        }
        {
            documentation: "eu-west-2 (aws), FIPS off, dual-stack off"
            params: { Region: "eu-west-2", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.eu-west-2.amazonaws.com" } }
        }
        {
            documentation: "eu-west-3 (aws), FIPS off, dual-stack off"
            params: { Region: "eu-west-3", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.eu-west-3.amazonaws.com" } }
        }
        {
            documentation: "eu-central-1 (aws), FIPS off, dual-stack off"
            params: { Region: "eu-central-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.eu-central-1.amazonaws.com" } }
        }
        {
            documentation: "ca-central-1 (aws), FIPS off, dual-stack off"
            params: { Region: "ca-central-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.ca-central-1.amazonaws.com" } }
        }
        {
            documentation: "ap-south-1 (aws), FIPS off, dual-stack off"
            params: { Region: "ap-south-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.ap-south-1.amazonaws.com" } }
        }
        {
            documentation: "ap-southeast-1 (aws), FIPS off, dual-stack off"
            params: { Region: "ap-southeast-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.ap-southeast-1.amazonaws.com" } }
        }
        {
            documentation: "ap-southeast-2 (aws), FIPS off, dual-stack off"
            params: { Region: "ap-southeast-2", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.ap-southeast-2.amazonaws.com" } }
        }
        {
            documentation: "ap-northeast-1 (aws), FIPS off, dual-stack off"
            params: { Region: "ap-northeast-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.ap-northeast-1.amazonaws.com" } }
        }
        {
            documentation: "ap-northeast-2 (aws), FIPS off, dual-stack off"
            params: { Region: "ap-northeast-2", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.ap-northeast-2.amazonaws.com" } }
        }
        {
            documentation: "eu-north-1 (aws), FIPS off, dual-stack off"
            params: { Region: "eu-north-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.eu-north-1.amazonaws.com" } }
        }
        {
            documentation: "ap-southeast-3 (aws), FIPS off, dual-stack off"
            params: { Region: "ap-southeast-3", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.ap-southeast-3.amazonaws.com" } }
        }
        {
            documentation: "us-east-1 (aws), FIPS on, dual-stack on"
            params: { Region: "us-east-1", UseFIPS: true, UseDualStack: true }
            expect: { endpoint: { url: "https://lightsail-fips.us-east-1.api.aws" } }
        }
        {
            documentation: "us-east-1 (aws), FIPS on, dual-stack off"
            params: { Region: "us-east-1", UseFIPS: true, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail-fips.us-east-1.amazonaws.com" } }
        }
        {
            documentation: "us-east-1 (aws), FIPS off, dual-stack on"
            params: { Region: "us-east-1", UseFIPS: false, UseDualStack: true }
            expect: { endpoint: { url: "https://lightsail.us-east-1.api.aws" } }
        }
        {
            documentation: "cn-north-1 (aws-cn), FIPS on, dual-stack on"
            params: { Region: "cn-north-1", UseFIPS: true, UseDualStack: true }
            expect: { endpoint: { url: "https://lightsail-fips.cn-north-1.api.amazonwebservices.com.cn" } }
        }
        {
            documentation: "cn-north-1 (aws-cn), FIPS on, dual-stack off"
            params: { Region: "cn-north-1", UseFIPS: true, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail-fips.cn-north-1.amazonaws.com.cn" } }
        }
        {
            documentation: "cn-north-1 (aws-cn), FIPS off, dual-stack on"
            params: { Region: "cn-north-1", UseFIPS: false, UseDualStack: true }
            expect: { endpoint: { url: "https://lightsail.cn-north-1.api.amazonwebservices.com.cn" } }
        }
        {
            documentation: "cn-north-1 (aws-cn), FIPS off, dual-stack off"
            params: { Region: "cn-north-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.cn-north-1.amazonaws.com.cn" } }
        }
        {
            documentation: "cn-northwest-1 (aws-cn), FIPS off, dual-stack off"
            params: { Region: "cn-northwest-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.cn-northwest-1.amazonaws.com.cn" } }
        }
        {
            documentation: "us-gov-east-1 (aws-us-gov), FIPS on, dual-stack on"
            params: { Region: "us-gov-east-1", UseFIPS: true, UseDualStack: true }
            expect: { endpoint: { url: "https://lightsail-fips.us-gov-east-1.api.aws" } }
        }
        {
            documentation: "us-gov-east-1 (aws-us-gov), FIPS on, dual-stack off"
            params: { Region: "us-gov-east-1", UseFIPS: true, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail-fips.us-gov-east-1.amazonaws.com" } }
        }
        {
            documentation: "us-gov-east-1 (aws-us-gov), FIPS off, dual-stack on"
            params: { Region: "us-gov-east-1", UseFIPS: false, UseDualStack: true }
            expect: { endpoint: { url: "https://lightsail.us-gov-east-1.api.aws" } }
        }
        {
            documentation: "us-gov-east-1 (aws-us-gov), FIPS off, dual-stack off"
            params: { Region: "us-gov-east-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.us-gov-east-1.amazonaws.com" } }
        }
        {
            documentation: "us-gov-west-1 (aws-us-gov), FIPS off, dual-stack off"
            params: { Region: "us-gov-west-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.us-gov-west-1.amazonaws.com" } }
        }
        {
            documentation: "us-iso-east-1 (aws-iso), FIPS on, dual-stack on"
            params: { Region: "us-iso-east-1", UseFIPS: true, UseDualStack: true }
            expect: { endpoint: { url: "https://lightsail-fips.us-iso-east-1.api.aws.ic.gov" } }
        }
        {
            documentation: "us-iso-east-1 (aws-iso), FIPS on, dual-stack off"
            params: { Region: "us-iso-east-1", UseFIPS: true, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail-fips.us-iso-east-1.c2s.ic.gov" } }
        }
        {
            documentation: "us-iso-east-1 (aws-iso), FIPS off, dual-stack on"
            params: { Region: "us-iso-east-1", UseFIPS: false, UseDualStack: true }
            expect: { endpoint: { url: "https://lightsail.us-iso-east-1.api.aws.ic.gov" } }
        }
        {
            documentation: "us-iso-east-1 (aws-iso), FIPS off, dual-stack off"
            params: { Region: "us-iso-east-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.us-iso-east-1.c2s.ic.gov" } }
        }
        {
            documentation: "us-isob-east-1 (aws-iso-b), FIPS on, dual-stack on"
            params: { Region: "us-isob-east-1", UseFIPS: true, UseDualStack: true }
            expect: { endpoint: { url: "https://lightsail-fips.us-isob-east-1.api.aws.scloud" } }
        }
        {
            documentation: "us-isob-east-1 (aws-iso-b), FIPS on, dual-stack off"
            params: { Region: "us-isob-east-1", UseFIPS: true, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail-fips.us-isob-east-1.sc2s.sgov.gov" } }
        }
        {
            documentation: "us-isob-east-1 (aws-iso-b), FIPS off, dual-stack on"
            params: { Region: "us-isob-east-1", UseFIPS: false, UseDualStack: true }
            expect: { endpoint: { url: "https://lightsail.us-isob-east-1.api.aws.scloud" } }
        }
        {
            documentation: "us-isob-east-1 (aws-iso-b), FIPS off, dual-stack off"
            params: { Region: "us-isob-east-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.us-isob-east-1.sc2s.sgov.gov" } }
        }
        {
            documentation: "eu-isoe-west-1 (aws-iso-e), FIPS off, dual-stack off"
            params: { Region: "eu-isoe-west-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.eu-isoe-west-1.cloud.adc-e.uk" } }
        }
        {
            documentation: "eu-isoe-west-1 (aws-iso-e), FIPS on, dual-stack off"
            params: { Region: "eu-isoe-west-1", UseFIPS: true, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail-fips.eu-isoe-west-1.cloud.adc-e.uk" } }
        }
        {
            documentation: "us-isof-south-1 (aws-iso-f), FIPS off, dual-stack off"
            params: { Region: "us-isof-south-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.us-isof-south-1.csp.hci.ic.gov" } }
        }
        {
            documentation: "eusc-de-east-1 (aws-eusc), FIPS off, dual-stack off"
            params: { Region: "eusc-de-east-1", UseFIPS: false, UseDualStack: false }
            expect: { endpoint: { url: "https://lightsail.eusc-de-east-1.amazonaws.eu" } }
        }
        {
            documentation: "Endpoint override with a Region set"
            params: { Region: "us-east-1", UseFIPS: false, UseDualStack: false, Endpoint: "https://example.com" }
            expect: { endpoint: { url: "https://example.com" } }
        }
        {
            documentation: "Endpoint override without a Region"
            params: { UseFIPS: false, UseDualStack: false, Endpoint: "https://example.com" }
            expect: { endpoint: { url: "https://example.com" } }
        }
        {
            documentation: "Endpoint override with FIPS is an error"
            params: { Region: "us-east-1", UseFIPS: true, UseDualStack: false, Endpoint: "https://example.com" }
            expect: { error: "Invalid Configuration: FIPS and custom endpoint are not supported" }
        }
        {
            documentation: "Endpoint override with dual-stack is an error"
            params: { Region: "us-east-1", UseFIPS: false, UseDualStack: true, Endpoint: "https://example.com" }
            expect: { error: "Invalid Configuration: Dualstack and custom endpoint are not supported" }
        }
        {
            documentation: "Endpoint override with FIPS and dual-stack reports FIPS first"
            params: { Region: "us-east-1", UseFIPS: true, UseDualStack: true, Endpoint: "https://example.com" }
            expect: { error: "Invalid Configuration: FIPS and custom endpoint are not supported" }
        }
        {
            documentation: "Missing Region"
            expect: { error: "Invalid Configuration: Missing Region" }
        }
        {
            documentation: "Missing Region with FIPS and dual-stack"
            params: { UseFIPS: true, UseDualStack: true }
            expect: { error: "Invalid Configuration: Missing Region" }
        }
    ]
})
