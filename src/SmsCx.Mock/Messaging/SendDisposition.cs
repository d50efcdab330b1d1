namespace SmsCx.Mock.Messaging;

/// <summary>What the send answer says about one valid recipient.</summary>
public enum SendDisposition
{
    /// <summary>ACCEPTED (or SCHEDULED); delivery reports follow.</summary>
    Accept,

    /// <summary>REJECTED at send time, as for an opted-out number; cost 0, no reports.</summary>
    Reject,

    /// <summary>NO COVERAGE at send time; cost 0, no reports.</summary>
    NoCoverage,
}
