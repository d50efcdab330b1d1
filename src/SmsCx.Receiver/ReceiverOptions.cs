using System.ComponentModel.DataAnnotations;

namespace SmsCx.Receiver;

/// <summary>
/// Settings of the reference receiver, bound from the configuration section <see cref="SectionName"/>
/// and validated when the host starts (an invalid value stops the start with an <c>OptionsValidationException</c>).
/// </summary>
public sealed class ReceiverOptions : IValidatableObject
{
    /// <summary>The configuration section the options are bound from: <c>Receiver</c>.</summary>
    public const string SectionName = "Receiver";

    /// <summary>Default of <see cref="MaxBodyBytes"/>: 8 MiB.</summary>
    public const long DefaultMaxBodyBytes = 8 * 1024 * 1024;

    /// <summary>
    /// Path the provider posts webhooks to. Default <c>/webhooks/smscx</c>. Must start with <c>/</c>.
    /// With a <see cref="Secret"/> the full URL is <c>{WebhookPath}/{Secret}</c>.
    /// </summary>
    [Required]
    public string WebhookPath { get; set; } = "/webhooks/smscx";

    /// <summary>SQLite database file; created with its tables when missing. Default <c>receiver.db</c>.</summary>
    [Required]
    public string DatabasePath { get; set; } = "receiver.db";

    /// <summary>
    /// Optional secret path segment. When set, webhooks are accepted only at <c>{WebhookPath}/{Secret}</c>
    /// (compared in constant time); any other secret, or none, is answered 401 and nothing is stored.
    /// Default <see langword="null"/> (no secret). Never logged.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Base URL of the SMS.CX API the app sends reminders through. Default <c>https://api.sms.cx</c>.</summary>
    [Required]
    public string SmsCxBaseUrl { get; set; } = "https://api.sms.cx";

    /// <summary>API key sent as the <c>X-API-KEY</c> header on every SMS.CX call. Default empty. Never logged.</summary>
    public string SmsCxApiKey { get; set; } = string.Empty;

    /// <summary>Sender name (<c>from</c>) of reminders, 3 to 15 characters. Default <c>Clinic</c>.</summary>
    [Required]
    [StringLength(15, MinimumLength = 3)]
    public string SenderName { get; set; } = "Clinic";

    /// <summary>
    /// Optional absolute URL passed as <c>dlrCallbackUrl</c> on every send, so delivery reports of reminders
    /// reach this receiver. Default <see langword="null"/> (the account's dashboard setting applies).
    /// </summary>
    public string? DlrCallbackUrl { get; set; }

    /// <summary>
    /// Largest accepted webhook body in bytes; larger bodies are answered 413 without being read.
    /// Default 8 MiB, which fits the largest real batch (200 items, each with long URLs and user-agent data,
    /// is well under 1 MiB) with a wide margin. Range 1 KiB to 256 MiB.
    /// </summary>
    [Range(1024, 256L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(WebhookPath) || WebhookPath[0] != '/' || WebhookPath.EndsWith('/'))
            yield return Fail("must start with '/' and not end with '/'", nameof(WebhookPath));

        if (Secret is not null && (Secret.Length == 0 || Secret.Contains('/', StringComparison.Ordinal)))
            yield return Fail("must be a non-empty path segment without '/'", nameof(Secret));

        if (!IsHttpUrl(SmsCxBaseUrl))
            yield return Fail("must be an absolute http or https URL", nameof(SmsCxBaseUrl));

        if (DlrCallbackUrl is not null && !IsHttpUrl(DlrCallbackUrl))
            yield return Fail("must be an absolute http or https URL", nameof(DlrCallbackUrl));
    }

    /// <summary>Copies every setting to <paramref name="target"/>.</summary>
    internal void CopyTo(ReceiverOptions target)
    {
        target.WebhookPath = WebhookPath;
        target.DatabasePath = DatabasePath;
        target.Secret = Secret;
        target.SmsCxBaseUrl = SmsCxBaseUrl;
        target.SmsCxApiKey = SmsCxApiKey;
        target.SenderName = SenderName;
        target.DlrCallbackUrl = DlrCallbackUrl;
        target.MaxBodyBytes = MaxBodyBytes;
    }

    private static ValidationResult Fail(string rule, string member) =>
        new($"{SectionName}:{member} {rule}.", [member]);

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
