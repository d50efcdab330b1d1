namespace SmsCx.Mock;

/// <summary>
/// Settings of the mock SMS.CX server. Every default is listed here and in the README; values marked
/// MOCK CHOICE stand in for behaviour the real service does not document. Validated when the server starts.
/// </summary>
public sealed class MockOptions
{
    /// <summary>Configuration section the stand-alone server binds, <c>Mock</c>.</summary>
    public const string SectionName = "Mock";

    /// <summary>API keys accepted in <c>X-API-KEY</c>. Default: <c>test_key</c>. Never logged.</summary>
    public List<string> ApiKeys { get; set; } = ["test_key"];

    /// <summary>
    /// OAuth applications for <c>POST /oauth/token</c> (HTTP Basic), application id to secret.
    /// Default: <c>test_app</c> / <c>test_secret</c>.
    /// </summary>
    public Dictionary<string, string> OAuthClients { get; set; } = new() { ["test_app"] = "test_secret" };

    /// <summary>Key the admin API under <c>/_mock/</c> requires in <c>X-Admin-Key</c>; unset means no key. Never logged.</summary>
    public string? AdminKey { get; set; }

    /// <summary>Lifetime of issued bearer tokens. Default 1 day (the shortest the dashboard offers).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Account-level webhook URL: receives delivery reports of sends without <c>dlrCallbackUrl</c>, and every
    /// reply, click and opt-out. When unset, those events go to the message's <c>dlrCallbackUrl</c> (MOCK CHOICE).
    /// May be changed while the mock runs; the next event uses the new value.
    /// </summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>Seed for ids, fake data and chosen delays; <see langword="null"/> picks a random seed.</summary>
    public int? Seed { get; set; }

    /// <summary>The account's number that customers reply to, written as <c>to</c> of <c>receive_sms</c>.</summary>
    public string InboundNumber { get; set; } = "+4915700000100";

    /// <summary>Delay from send to the SENT report. Default 1 s (MOCK CHOICE).</summary>
    public TimeSpan SentDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Delay from SENT to the final report. Default 2 s (MOCK CHOICE).</summary>
    public TimeSpan DeliveryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Delay from the final report to a planned customer action (magic numbers). Default 2 s.</summary>
    public TimeSpan CustomerDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Price of one SMS part per destination country (ISO code). Unlisted countries cost <see cref="DefaultPricePerPart"/>.</summary>
    public Dictionary<string, decimal> PricePerPart { get; set; } = new()
    {
        ["DE"] = 0.074m, ["FR"] = 0.074m, ["GB"] = 0.045m, ["US"] = 0.012m, ["NL"] = 0.081m, ["ES"] = 0.068m,
    };

    /// <summary>Price of one part for countries not in <see cref="PricePerPart"/>. Default 0.05.</summary>
    public decimal DefaultPricePerPart { get; set; } = 0.05m;

    /// <summary>
    /// Prepaid balance in <see cref="Currency"/>; sends draw it down and get 1113 when it is too low.
    /// Default 10,000,000 (practically unlimited).
    /// </summary>
    public decimal Balance { get; set; } = 10_000_000m;

    /// <summary>
    /// When set, the account is postpaid: sends add to the amount spent and get 1114 once it would pass this
    /// limit; <see cref="Balance"/> is then ignored. Default unset.
    /// </summary>
    public decimal? CreditLimit { get; set; }

    /// <summary>Account currency, <c>eur</c> (default) or <c>usd</c>.</summary>
    public string Currency { get; set; } = "eur";

    /// <summary>
    /// Short-link ids that <c>{{shortlink:ID}}</c> and <c>{{attachment:ID}}</c> may name; others get 1112.
    /// Default unset: every id is accepted.
    /// </summary>
    public List<string>? Shortlinks { get; set; }

    /// <summary>How long an <c>idempotencyId</c> is remembered. Default 24 h (MOCK CHOICE).</summary>
    public TimeSpan IdempotencyLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Requests allowed per window for particular credentials: an API key or an OAuth application id, to its
    /// limit. Credentials not listed get <see cref="RateLimit"/>.
    /// </summary>
    public Dictionary<string, int> RateLimitsByCredential { get; set; } = [];

    /// <summary>Requests allowed per credential and window; answers over it get 429. Default 1,000 (MOCK CHOICE).</summary>
    public int RateLimit { get; set; } = 1000;

    /// <summary>Length of the fixed rate-limit window. Default 1 s (MOCK CHOICE).</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most messages kept for reports and the admin API; the oldest are forgotten first. Default 100,000.</summary>
    public int MaxMessages { get; set; } = 100_000;

    /// <summary>
    /// Folder of WireMock.Net JSON mapping files layered over the emulated API (see
    /// <see cref="Layering.OverrideLayer"/>); unset (default) loads none. Fluent mappings can be added at run time.
    /// </summary>
    public string? MappingsFolder { get; set; }

    /// <summary>Webhook delivery settings.</summary>
    public WebhookOptions Webhooks { get; set; } = new();

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (ApiKeys.Count == 0 || ApiKeys.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("Mock.ApiKeys needs at least one non-empty key.");
        if (WebhookUrl is { IsAbsoluteUri: false } || WebhookUrl is { Scheme: not ("http" or "https") })
            throw new ArgumentException("Mock.WebhookUrl must be an absolute http or https URL.");
        if (SentDelay < TimeSpan.Zero || DeliveryDelay < TimeSpan.Zero || CustomerDelay < TimeSpan.Zero)
            throw new ArgumentException("Mock delays must not be negative.");
        if (RateLimit <= 0 || RateLimitWindow <= TimeSpan.Zero)
            throw new ArgumentException("Mock.RateLimit and Mock.RateLimitWindow must be positive.");
        if (MaxMessages <= 0)
            throw new ArgumentException("Mock.MaxMessages must be positive.");
        if (Balance < 0 || CreditLimit < 0)
            throw new ArgumentException("Mock.Balance and Mock.CreditLimit must not be negative.");
        if (Currency is not ("eur" or "usd"))
            throw new ArgumentException("Mock.Currency must be eur or usd.");
        if (RateLimitsByCredential.Values.Any(v => v <= 0))
            throw new ArgumentException("Mock.RateLimitsByCredential limits must be positive.");
        Webhooks.Validate();
    }
}
