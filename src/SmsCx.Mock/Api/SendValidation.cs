using SmsCx.Contracts.Errors;

namespace SmsCx.Mock.Api;

/// <summary>Result of validating a send: either a <see cref="ValidatedSend"/> or the error to answer with.</summary>
/// <param name="Send">The validated send, or <see langword="null"/> when <see cref="Error"/> is set.</param>
/// <param name="Error">The error, or <see langword="null"/> when valid.</param>
/// <param name="Invalid">Offending numbers for 1210.</param>
/// <param name="Message">A more precise message than the definition's default.</param>
public sealed record SendValidation(
    ValidatedSend? Send,
    ErrorDefinition? Error,
    List<string>? Invalid = null,
    string? Message = null)
{
    /// <summary>A successful validation.</summary>
    public static SendValidation Ok(ValidatedSend send) => new(send, null);

    /// <summary>A failed validation.</summary>
    public static SendValidation Fail(ErrorDefinition error, string? message = null, List<string>? invalid = null) =>
        new(null, error, invalid, message);
}
