using System.ComponentModel.DataAnnotations;
using SmsCx.Receiver.Webhooks;

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

    /// <summary>
    /// SQLite database file; created with its tables when missing. Default <c>receiver.db</c>. Ignored when
    /// <see cref="PostgresConnectionString"/> is set. One receiver process per file.
    /// </summary>
    [Required]
    public string DatabasePath { get; set; } = "receiver.db";

    /// <summary>
    /// Npgsql connection string of a PostgreSQL database to store in instead of SQLite, e.g.
    /// <c>Host=127.0.0.1;Database=smscx;Username=smscx;Password=...</c>. The tables are created when missing (the
    /// user needs CREATE on the schema). Several receivers may share one database: idempotency is enforced by its
    /// unique keys and inbox rows are claimed by one receiver at a time. Default <see langword="null"/> (SQLite).
    /// Never logged (only host, port and database are).
    /// </summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>
    /// How often the inbox worker looks for pending side effects without being woken by a webhook of its own process:
    /// rows stored by another receiver on the same PostgreSQL database, rows whose claim ran out, and failed rows
    /// due another attempt. Default 5 s. Range 10 ms to 1 h.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan InboxPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Optional secret path segment. When set, webhooks are accepted only at <c>{WebhookPath}/{Secret}</c>
    /// (compared in constant time); any other secret, or none, is answered 401 and nothing is stored.
    /// Default <see langword="null"/> (no secret). Never logged.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Optional HTTP Basic credentials the webhook request must carry (<c>Authorization: Basic</c>), as in a
    /// callback URL like <c>https://user:password@host/webhooks/smscx</c>. Set both <see cref="BasicAuthUser"/> and
    /// <see cref="BasicAuthPassword"/> (neither empty) or neither. Compared in constant time; a mismatch is answered 401 with a
    /// <c>WWW-Authenticate</c> challenge and nothing is stored. Default <see langword="null"/> (off).
    /// </summary>
    public string? BasicAuthUser { get; set; }

    /// <summary>Password of <see cref="BasicAuthUser"/>. Default <see langword="null"/>. Never logged.</summary>
    public string? BasicAuthPassword { get; set; }

    /// <summary>
    /// Optional signing secret: every webhook must then carry Standard Webhooks headers <c>webhook-id</c>,
    /// <c>webhook-timestamp</c> (Unix seconds) and <c>webhook-signature</c> (<c>v1,</c> and the Base64
    /// HMAC-SHA256 of <c>{id}.{timestamp}.{raw body}</c>; several space-separated signatures are allowed). A secret
    /// starting with <c>whsec_</c> is Base64 after the prefix and its bytes are the key; any other secret's UTF-8 bytes
    /// are the key. Signatures are compared in constant time; a missing or wrong signature, or a timestamp outside
    /// <see cref="SignatureTolerance"/>, is answered 401 and nothing is stored. Default <see langword="null"/> (off;
    /// SMS.CX documents no signing). Never logged.
    /// </summary>
    public string? SigningSecret { get; set; }

    /// <summary>
    /// How far <c>webhook-timestamp</c> may be from the receiver's clock (<see cref="TimeProvider"/>), either way,
    /// for a signed webhook to be accepted; this bounds replays of a captured request. Default 5 min. Range 1 s to 1 h.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromMinutes(5);

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

        if ((BasicAuthUser is null) != (BasicAuthPassword is null) || BasicAuthUser?.Contains(':') == true
            || BasicAuthUser is "" || BasicAuthPassword is "")
        {
            yield return Fail("and BasicAuthPassword must be set together, neither empty; the user may not contain ':'",
                nameof(BasicAuthUser));
        }

        if (SigningSecret is not null && WebhookSigningKey.TryCreate(SigningSecret) is null)
            yield return Fail("must be non-empty, and valid Base64 after a 'whsec_' prefix", nameof(SigningSecret));

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
        target.PostgresConnectionString = PostgresConnectionString;
        target.InboxPollInterval = InboxPollInterval;
        target.Secret = Secret;
        target.BasicAuthUser = BasicAuthUser;
        target.BasicAuthPassword = BasicAuthPassword;
        target.SigningSecret = SigningSecret;
        target.SignatureTolerance = SignatureTolerance;
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
