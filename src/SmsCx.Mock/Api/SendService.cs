using System.Diagnostics;
using SmsCx.Contracts;
using SmsCx.Contracts.Errors;
using SmsCx.Contracts.Sms;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Api;

/// <summary>
/// Turns a validated send into messages and the send answer: placeholders per recipient, text analysis, price,
/// outcome plan and status. For an estimate nothing is stored and no plan override is consumed.
/// </summary>
public sealed class SendService(MockEngine engine, MockOptions options, AccountLedger ledger)
{
    /// <summary>
    /// Builds the answer for <paramref name="send"/>; when <paramref name="estimate"/> is false the account is
    /// charged, the messages are stored and their lifecycles start. Returns an error instead when a text is over
    /// ten parts (400), the account cannot pay (1113/1114) or no recipient is covered (403, 1119); nothing is
    /// stored or charged then.
    /// </summary>
    /// <remarks>
    /// The third element completes when every early report (chaos) has had its first attempt; the answer waits
    /// for it so such a report reaches the receiver before the answer reaches the app.
    /// </remarks>
    public (SendSmsResponse? Response, ErrorDefinition? Error, Task EarlyReports) Send(ValidatedSend send, bool estimate)
    {
        ArgumentNullException.ThrowIfNull(send);
        var now = engine.Time.GetUtcNow();
        var campaignId = engine.Random.NewId();
        var accepted = new List<(MockMessage Message, OutcomePlan Plan)>();
        var transliteration = new TransliterationTally();
        var origin = Activity.Current?.Context ?? default;
        foreach (var recipient in send.Recipients.Where(r => r.IsValid))
        {
            var (substituted, shortlink) = Placeholders.Substitute(send.Text, engine.Random, now);
            var (text, replaced) = Transliterator.Apply(substituted, send.Alphabet, send.RemoveEmojis);
            var analysis = TextAnalyzer.Analyze(text);
            if (analysis.Parts > TextAnalyzer.MaxParts)
                return (null, SendErrors.TextTooLong, Task.CompletedTask);

            var plan = engine.PlanFor(recipient.E164!, consume: !estimate);
            var charged = plan.Disposition == SendDisposition.Accept;
            var message = new MockMessage
            {
                MsgId = engine.Random.NewId(),
                CampaignId = campaignId,
                To = recipient.E164!,
                CountryIso = recipient.CountryIso!,
                From = send.From,
                Text = text,
                Parts = analysis.Parts,
                Unicode = analysis.Unicode,
                Length = analysis.Length,
                Cost = charged ? PriceOf(recipient.CountryIso!) * analysis.Parts : 0m,
                CreatedAt = now,
                ScheduledAt = send.ScheduledAt,
                TrackData = send.TrackData,
                CallbackUrl = send.CallbackUrl,
                ShortlinkUrl = shortlink,
                PlanName = plan.Name,
                SendContext = origin,
            };
            accepted.Add((message, plan));
            transliteration.Add(substituted, text, replaced, charged ? PriceOf(recipient.CountryIso!) : 0m);
        }

        if (accepted.Count > 0 && accepted.All(a => a.Plan.Disposition == SendDisposition.NoCoverage))
            return (null, ApiErrors.NoCoverage, Task.CompletedTask);

        var total = accepted.Sum(a => a.Message.Cost);
        if (ledger.TryCharge(total, commit: !estimate) is { } moneyError)
            return (null, moneyError, Task.CompletedTask);

        var early = estimate ? Task.CompletedTask : Task.WhenAll(accepted.Select(a => engine.Accept(a.Message, a.Plan)));
        return (BuildResponse(send, campaignId, accepted, transliteration.ToAnalysis()), null, early);
    }

    private decimal PriceOf(string countryIso) =>
        options.PricePerPart.TryGetValue(countryIso, out var price) ? price : options.DefaultPricePerPart;

    private SendSmsResponse BuildResponse(
        ValidatedSend send,
        string campaignId,
        List<(MockMessage Message, OutcomePlan Plan)> accepted,
        TransliterationAnalysis? transliteration)
    {
        var invalid = send.Recipients.Where(r => !r.IsValid).Select(r => r.Input).ToList();
        var info = new SendInfo
        {
            CampaignId = campaignId,
            TotalPhoneNumbers = send.Recipients.Count,
            TotalValid = accepted.Count,
            TotalInvalid = invalid.Count,
            TotalCost = accepted.Sum(a => a.Message.Cost),
            TotalParts = accepted.Sum(a => a.Message.Parts),
            DlrCallbackUrl = (send.CallbackUrl ?? options.WebhookUrl)?.AbsoluteUri,
            PhoneNumbersByCountry = accepted.GroupBy(a => a.Message.CountryIso).ToDictionary(g => g.Key, g => g.Count()),
            Scheduled = send.ScheduledAt is not null,
            TransliterationAnalysis = transliteration,
            TotalInQuietHours = 0,
            Invalid = invalid.Count > 0 ? invalid : null,
        };
        var data = send.ShortResponse ? [] : accepted.Select(a => ToSentMessage(a.Message, a.Plan, send)).ToList();
        return new SendSmsResponse { Info = info, Data = data };
    }

    private static SentMessage ToSentMessage(MockMessage message, OutcomePlan plan, ValidatedSend send)
    {
        var status = plan.StatusAtSend(send.ScheduledAt is not null);
        return new SentMessage
        {
            MsgId = message.MsgId,
            TrackData = message.TrackData,
            Status = status,
            StatusCode = MessageStatusTable.CodeOf(status),
            ErrorCode = null,
            CreatedAt = message.CreatedAt,
            ScheduledAt = message.ScheduledAt,
            InQuietHours = false,
            Cost = message.Cost,
            To = message.To,
            CountryIso = message.CountryIso,
            From = message.From,
            Text = send.NoTextDetails ? null : message.Text,
            Parts = message.Parts,
            TextAnalysis = send.NoTextDetails ? null : message.Analysis,
        };
    }
}
