namespace SmsCx.Contracts.Errors;

/// <summary>One row of the error table: HTTP status, error type, numeric code and default message.</summary>
/// <param name="HttpStatus">HTTP status of the answer.</param>
/// <param name="Type">Value of <c>error.type</c>.</param>
/// <param name="Code">Value of <c>error.code</c>.</param>
/// <param name="Message">Default <c>error.message</c>.</param>
public sealed record ErrorDefinition(int HttpStatus, string Type, int Code, string Message)
{
    /// <summary>Documentation link written into every error.</summary>
    public const string DocumentationUri = "https://sms.cx/sms-api-documentation/#section/Errors";

    /// <summary>Builds the wire envelope, optionally with a different message or an <c>invalid</c> list.</summary>
    public ErrorEnvelope ToEnvelope(string? message = null, List<string>? invalid = null) => new()
    {
        Error = new ApiError
        {
            Type = Type,
            Message = message ?? Message,
            Uri = DocumentationUri,
            Code = Code,
            Invalid = invalid,
        },
        Invalid = invalid,
    };
}
