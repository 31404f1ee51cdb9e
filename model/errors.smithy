// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Lightsail throws this exception when the user cannot be authenticated or uses invalid
///       credentials to access a resource.</p>
@error("client")
@httpError(403)
structure AccessDeniedException {
    code: string
    docs: string
    message: string
    tip: string
}

/// <p>Lightsail throws this exception when an account is still in the setup in progress
///       state.</p>
@error("client")
@httpError(428)
structure AccountSetupInProgressException {
    code: string
    docs: string
    message: string
    tip: string
}

/// <p>Lightsail throws this exception when user input does not conform to the validation rules
///       of an input field.</p>
///          <note>
///             <p>Domain and distribution APIs are only available in the N. Virginia
///           (<code>us-east-1</code>) Amazon Web Services Region. Please set your Amazon Web Services
///         Region configuration to <code>us-east-1</code> to create, view, or edit these
///         resources.</p>
///          </note>
@error("client")
@httpError(400)
structure InvalidInputException {
    code: string
    docs: string
    message: string
    tip: string
}

/// <p>Lightsail throws this exception when it cannot find a resource.</p>
@error("client")
@httpError(404)
structure NotFoundException {
    code: string
    docs: string
    message: string
    tip: string
}

/// <p>Lightsail throws this exception when an operation fails to execute.</p>
@error("client")
@httpError(400)
structure OperationFailureException {
    code: string
    docs: string
    message: string
    tip: string
}

/// <p>Lightsail throws this exception when an operation is performed on resources in an opt-in
///       Region that is currently being set up.</p>
@error("client")
@httpError(428)
structure RegionSetupInProgressException {
    code: string

    /// <p>
    ///             <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/understanding-regions-and-availability-zones-in-amazon-lightsail.html">Regions
    ///       and Availability Zones for Lightsail</a>
    ///          </p>
    docs: string

    message: string

    /// <p>Opt-in Regions typically take a few minutes to finish setting up before you can work with them. Wait a few minutes and try again.</p>
    tip: string
}

/// <p>A general service exception.</p>
@error("server")
@httpError(500)
structure ServiceException {
    code: string
    docs: string
    message: string
    tip: string
}

/// <p>Lightsail throws this exception when the user has not been authenticated.</p>
@error("client")
@httpError(401)
structure UnauthenticatedException {
    code: string
    docs: string
    message: string
    tip: string
}
