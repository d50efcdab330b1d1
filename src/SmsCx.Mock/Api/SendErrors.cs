using SmsCx.Contracts.Errors;

namespace SmsCx.Mock.Api;

/// <summary>Errors of the send path that the reference leaves UNCONFIRMED, with the mock's documented choice.</summary>
public static class SendErrors
{
    /// <summary>
    /// Text over ten parts (1,530 GSM-7 or 670 UCS-2 units). No code is documented; the mock answers 400
    /// <c>invalid_param</c> with code 1107, the code of the <c>text</c> parameter.
    /// </summary>
    public static readonly ErrorDefinition TextTooLong = new(
        400, "invalid_param", 1107, "Parameter text is too long: at most 10 parts (1530 GSM-7 or 670 Unicode characters)");
}
