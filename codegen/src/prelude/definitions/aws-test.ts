/**
 * Shapes of `aws.test`: the vendor parameters that AWS models' `smithy.test#smokeTests` cases
 * name in `vendorParamsShape` (which is an `@idRef(failWhenMissing: true)`).
 */
export const AWS_TEST = String.raw`$version: "2.0"

namespace aws.test

/// Client configuration of an AWS smoke test case.
structure AwsVendorParams with [BaseAwsVendorParams] {}

/// Client configuration of an Amazon S3 smoke test case.
structure S3VendorParams with [BaseAwsVendorParams] {
    useAccelerate: Boolean = false
    useGlobalEndpoint: Boolean = false
    forcePathStyle: Boolean = false
    useArnRegion: Boolean = true
    useMultiRegionAccessPoints: Boolean = true
}

@private
@mixin
structure BaseAwsVendorParams {
    region: String = "us-west-2"
    sigv4aRegionSet: NonEmptyStringList
    uri: String
    useFips: Boolean = false
    useDualstack: Boolean = false
    useAccountIdRouting: Boolean = true
}

@private
@length(min: 1)
list NonEmptyStringList {
    member: String
}
`;
