using System.Text.Json.Serialization;

namespace SmsCx.Mock.Webhooks;

/// <summary>How one webhook attempt ended; written by name in the admin API's JSON.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AttemptOutcome>))]
public enum AttemptOutcome
{
    /// <summary>The receiver answered HTTP 200; the batch is done.</summary>
    Acknowledged,

    /// <summary>Not acknowledged; another attempt is scheduled.</summary>
    WillRetry,

    /// <summary>Not acknowledged and no attempts are left; the batch is recorded as given up.</summary>
    GaveUp,
}
