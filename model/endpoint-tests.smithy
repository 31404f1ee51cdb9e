// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

use smithy.rules#endpointTests

apply Lightsail_20161128 @endpointTests(
    testCases: [
        {
            documentation: "For region ap-northeast-1 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.ap-northeast-1.amazonaws.com" } }
            params: { Region: "ap-northeast-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region ap-northeast-2 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.ap-northeast-2.amazonaws.com" } }
            params: { Region: "ap-northeast-2", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region ap-south-1 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.ap-south-1.amazonaws.com" } }
            params: { Region: "ap-south-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region ap-southeast-1 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.ap-southeast-1.amazonaws.com" } }
            params: { Region: "ap-southeast-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region ap-southeast-2 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.ap-southeast-2.amazonaws.com" } }
            params: { Region: "ap-southeast-2", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region ca-central-1 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.ca-central-1.amazonaws.com" } }
            params: { Region: "ca-central-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region eu-central-1 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.eu-central-1.amazonaws.com" } }
            params: { Region: "eu-central-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region eu-north-1 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.eu-north-1.amazonaws.com" } }
            params: { Region: "eu-north-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region eu-west-1 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.eu-west-1.amazonaws.com" } }
            params: { Region: "eu-west-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region eu-west-2 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.eu-west-2.amazonaws.com" } }
            params: { Region: "eu-west-2", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region eu-west-3 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.eu-west-3.amazonaws.com" } }
            params: { Region: "eu-west-3", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region us-east-1 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.us-east-1.amazonaws.com" } }
            params: { Region: "us-east-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region us-east-2 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.us-east-2.amazonaws.com" } }
            params: { Region: "us-east-2", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region us-west-2 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.us-west-2.amazonaws.com" } }
            params: { Region: "us-west-2", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region us-east-1 with FIPS enabled and DualStack enabled"
            expect: { endpoint: { url: "https://lightsail-fips.us-east-1.api.aws" } }
            params: { Region: "us-east-1", UseFIPS: true, UseDualStack: true }
        }
        {
            documentation: "For region us-east-1 with FIPS enabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail-fips.us-east-1.amazonaws.com" } }
            params: { Region: "us-east-1", UseFIPS: true, UseDualStack: false }
        }
        {
            documentation: "For region us-east-1 with FIPS disabled and DualStack enabled"
            expect: { endpoint: { url: "https://lightsail.us-east-1.api.aws" } }
            params: { Region: "us-east-1", UseFIPS: false, UseDualStack: true }
        }
        {
            documentation: "For region cn-north-1 with FIPS enabled and DualStack enabled"
            expect: { endpoint: { url: "https://lightsail-fips.cn-north-1.api.amazonwebservices.com.cn" } }
            params: { Region: "cn-north-1", UseFIPS: true, UseDualStack: true }
        }
        {
            documentation: "For region cn-north-1 with FIPS enabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail-fips.cn-north-1.amazonaws.com.cn" } }
            params: { Region: "cn-north-1", UseFIPS: true, UseDualStack: false }
        }
        {
            documentation: "For region cn-north-1 with FIPS disabled and DualStack enabled"
            expect: { endpoint: { url: "https://lightsail.cn-north-1.api.amazonwebservices.com.cn" } }
            params: { Region: "cn-north-1", UseFIPS: false, UseDualStack: true }
        }
        {
            documentation: "For region cn-north-1 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.cn-north-1.amazonaws.com.cn" } }
            params: { Region: "cn-north-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region us-gov-east-1 with FIPS enabled and DualStack enabled"
            expect: { endpoint: { url: "https://lightsail-fips.us-gov-east-1.api.aws" } }
            params: { Region: "us-gov-east-1", UseFIPS: true, UseDualStack: true }
        }
        {
            documentation: "For region us-gov-east-1 with FIPS enabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail-fips.us-gov-east-1.amazonaws.com" } }
            params: { Region: "us-gov-east-1", UseFIPS: true, UseDualStack: false }
        }
        {
            documentation: "For region us-gov-east-1 with FIPS disabled and DualStack enabled"
            expect: { endpoint: { url: "https://lightsail.us-gov-east-1.api.aws" } }
            params: { Region: "us-gov-east-1", UseFIPS: false, UseDualStack: true }
        }
        {
            documentation: "For region us-gov-east-1 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.us-gov-east-1.amazonaws.com" } }
            params: { Region: "us-gov-east-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region us-iso-east-1 with FIPS enabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail-fips.us-iso-east-1.c2s.ic.gov" } }
            params: { Region: "us-iso-east-1", UseFIPS: true, UseDualStack: false }
        }
        {
            documentation: "For region us-iso-east-1 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.us-iso-east-1.c2s.ic.gov" } }
            params: { Region: "us-iso-east-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For region us-isob-east-1 with FIPS enabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail-fips.us-isob-east-1.sc2s.sgov.gov" } }
            params: { Region: "us-isob-east-1", UseFIPS: true, UseDualStack: false }
        }
        {
            documentation: "For region us-isob-east-1 with FIPS disabled and DualStack disabled"
            expect: { endpoint: { url: "https://lightsail.us-isob-east-1.sc2s.sgov.gov" } }
            params: { Region: "us-isob-east-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "For custom endpoint with region set and fips disabled and dualstack disabled"
            expect: { endpoint: { url: "https://example.com" } }
            params: { Region: "us-east-1", UseFIPS: false, UseDualStack: false, Endpoint: "https://example.com" }
        }
        {
            documentation: "For custom endpoint with region not set and fips disabled and dualstack disabled"
            expect: { endpoint: { url: "https://example.com" } }
            params: { UseFIPS: false, UseDualStack: false, Endpoint: "https://example.com" }
        }
        {
            documentation: "For custom endpoint with fips enabled and dualstack disabled"
            expect: { error: "Invalid Configuration: FIPS and custom endpoint are not supported" }
            params: { Region: "us-east-1", UseFIPS: true, UseDualStack: false, Endpoint: "https://example.com" }
        }
        {
            documentation: "For custom endpoint with fips disabled and dualstack enabled"
            expect: { error: "Invalid Configuration: Dualstack and custom endpoint are not supported" }
            params: { Region: "us-east-1", UseFIPS: false, UseDualStack: true, Endpoint: "https://example.com" }
        }
        { documentation: "Missing region", expect: { error: "Invalid Configuration: Missing Region" } }
    ]
    version: "1.0"
)
