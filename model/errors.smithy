$version: "2.0"

namespace com.amazonaws.lightsail

// Every Lightsail error has the same four optional string members: `code`, `docs`, `message`
// and `tip`. They are spelled out in each error rather than shared through a mixin, so that
// the shapes read the same as the official model's.

/// <p>The request was denied: the user could not be authenticated, or used credentials that are
/// not valid for the resource.</p>
@error("client")
@httpError(403)
structure AccessDeniedException {
    /// <p>The error code.</p>
    code: string

    /// <p>Where to read more about the error.</p>
    docs: string

    /// <p>A description of the error.</p>
    message: string

    /// <p>A hint on how to resolve the error.</p>
    tip: string
}

/// <p>The request was rejected because the account is still being set up.</p>
@error("client")
@httpError(428)
structure AccountSetupInProgressException {
    /// <p>The error code.</p>
    code: string

    /// <p>Where to read more about the error.</p>
    docs: string

    /// <p>A description of the error.</p>
    message: string

    /// <p>A hint on how to resolve the error.</p>
    tip: string
}

/// <p>The request was rejected because an input field does not satisfy its validation
/// rules.</p>
@error("client")
@httpError(400)
structure InvalidInputException {
    /// <p>The error code.</p>
    code: string

    /// <p>Where to read more about the error.</p>
    docs: string

    /// <p>A description of the error.</p>
    message: string

    /// <p>A hint on how to resolve the error.</p>
    tip: string
}

/// <p>The requested resource could not be found.</p>
@error("client")
@httpError(404)
structure NotFoundException {
    /// <p>The error code.</p>
    code: string

    /// <p>Where to read more about the error.</p>
    docs: string

    /// <p>A description of the error.</p>
    message: string

    /// <p>A hint on how to resolve the error.</p>
    tip: string
}

/// <p>The operation could not be carried out.</p>
@error("client")
@httpError(400)
structure OperationFailureException {
    /// <p>The error code.</p>
    code: string

    /// <p>Where to read more about the error.</p>
    docs: string

    /// <p>A description of the error.</p>
    message: string

    /// <p>A hint on how to resolve the error.</p>
    tip: string
}

/// <p>The request was rejected because it acts on resources in an opt-in Region that is still
/// being set up.</p>
@error("client")
@httpError(428)
structure RegionSetupInProgressException {
    /// <p>The error code.</p>
    code: string

    /// <p>Where to read more about Regions: see
    /// <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/understanding-regions-and-availability-zones-in-amazon-lightsail.html">Regions
    /// and Availability Zones in Lightsail</a>.</p>
    docs: string

    /// <p>A description of the error.</p>
    message: string

    /// <p>Setting up an opt-in Region usually takes a few minutes: wait, then retry the
    /// request.</p>
    tip: string
}

/// <p>Lightsail failed because of an internal error.</p>
@error("server")
@httpError(500)
structure ServiceException {
    /// <p>The error code.</p>
    code: string

    /// <p>Where to read more about the error.</p>
    docs: string

    /// <p>A description of the error.</p>
    message: string

    /// <p>A hint on how to resolve the error.</p>
    tip: string
}

/// <p>The request was rejected because the user is not authenticated.</p>
@error("client")
@httpError(401)
structure UnauthenticatedException {
    /// <p>The error code.</p>
    code: string

    /// <p>Where to read more about the error.</p>
    docs: string

    /// <p>A description of the error.</p>
    message: string

    /// <p>A hint on how to resolve the error.</p>
    tip: string
}
