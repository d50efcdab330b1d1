namespace SmsCx.Mock.Webhooks;

/// <summary>How one webhook attempt ended.</summary>
public enum AttemptOutcome
{
    /// <summary>The receiver answered HTTP 200; the batch is done.</summary>
    Acknowledged,

    /// <summary>Not acknowledged; another attempt is scheduled.</summary>
    WillRetry,

    /// <summary>Not acknowledged and no attempts are left; the batch is recorded as given up.</summary>
    GaveUp,
}
