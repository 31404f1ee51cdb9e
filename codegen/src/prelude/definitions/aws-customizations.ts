/** Trait definitions of `aws.customizations`. */
export const AWS_CUSTOMIZATIONS = String.raw`$version: "2.0"

namespace aws.customizations

@trait(selector: "operation")
structure s3UnwrappedXmlOutput {}
`;
