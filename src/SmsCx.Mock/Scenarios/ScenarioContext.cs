using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Scenarios;

/// <summary>
/// What the steps of one scenario share while it plays: the mock, HTTP clients for the app and the mock's API,
/// the actors, the messages named with <c>as</c>, and the journal position where the scenario started.
/// Not thread-safe; steps run one after another.
/// </summary>
public sealed partial class ScenarioContext
{
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(50);
    private readonly Dictionary<string, MockMessage> _named = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);

    /// <summary>Creates the context of one scenario run.</summary>
    public ScenarioContext(
        MockEngine mock, HttpClient app, HttpClient mockApi, IReadOnlyDictionary<string, string> actors, string runId)
    {
        Mock = mock ?? throw new ArgumentNullException(nameof(mock));
        App = app ?? throw new ArgumentNullException(nameof(app));
        MockApi = mockApi ?? throw new ArgumentNullException(nameof(mockApi));
        Actors = actors ?? throw new ArgumentNullException(nameof(actors));
        RunId = runId;
        JournalStart = mock.Journal.Snapshot() is { Count: > 0 } entries ? entries[^1].Sequence : 0;
    }

    /// <summary>The mock the scenario drives.</summary>
    public MockEngine Mock { get; }

    /// <summary>Client for the app under test (the receiver), with its base address set.</summary>
    public HttpClient App { get; }

    /// <summary>Client for the mock's API, with its base address and API key set.</summary>
    public HttpClient MockApi { get; }

    /// <summary>Actor names to phone numbers.</summary>
    public IReadOnlyDictionary<string, string> Actors { get; }

    /// <summary>Short id unique to this run, as <c>${run}</c>, so repeated runs against one app do not collide.</summary>
    public string RunId { get; }

    /// <summary>Journal sequence number before the scenario began; older entries are not considered.</summary>
    public long JournalStart { get; }

    /// <summary>The clock for waits and timeouts.</summary>
    public TimeProvider Time => Mock.Time;

    /// <summary>Remembers <paramref name="message"/> as <paramref name="name"/> (when given) and claims it.</summary>
    public void Name(string? name, MockMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _claimed.Add(message.MsgId);
        if (name is not null)
            _named[name] = message;
    }

    /// <summary>True when an earlier step already matched <paramref name="msgId"/>.</summary>
    public bool IsClaimed(string msgId) => _claimed.Contains(msgId);

    /// <summary>The message named <paramref name="name"/>; fails the step when no step named it.</summary>
    public MockMessage Message(string name) =>
        _named.TryGetValue(name, out var message)
            ? message
            : throw new ScenarioStepFailedException($"No message is named '{name}' yet; name one with 'as: {name}'.");

    /// <summary>Replaces <c>${actor}</c>, <c>${message.msgId}</c>, <c>${message.to}</c> and <c>${run}</c>.</summary>
    public string Interpolate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Variable().Replace(text, match =>
        {
            var name = match.Groups["name"].Value;
            var member = match.Groups["member"].Success ? match.Groups["member"].Value : null;
            if (name == "run" && member is null)
                return RunId;
            if (member is null && Actors.TryGetValue(name, out var phone))
                return phone;
            if (_named.TryGetValue(name, out var message))
            {
                return member switch
                {
                    "msgId" or null => message.MsgId,
                    "to" => message.To,
                    "campaignId" => message.CampaignId,
                    _ => throw new ScenarioStepFailedException($"${{{name}.{member}}}: use msgId, to or campaignId."),
                };
            }

            throw new ScenarioStepFailedException($"{match.Value} is neither an actor, a named message nor ${{run}}.");
        });
    }

    /// <summary>
    /// Replaces the variables that are known so far and leaves the others as written; for step labels, which
    /// are shown even when the step failed before naming its message.
    /// </summary>
    public string Describe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Variable().Replace(text, match =>
        {
            try
            {
                return Interpolate(match.Value);
            }
            catch (ScenarioStepFailedException)
            {
                return match.Value;
            }
        });
    }

    /// <summary>Returns a copy of <paramref name="node"/> with every string interpolated.</summary>
    public JsonNode? Interpolate(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Interpolate(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Interpolate)]),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String =>
            JsonValue.Create(Interpolate(value.GetValue<string>())),
        _ => node.DeepClone(),
    };

    /// <summary>
    /// Calls <paramref name="probe"/> until it returns a value or <paramref name="within"/> passes, on
    /// <see cref="Time"/>. Returns <see langword="null"/> on timeout.
    /// </summary>
    public async Task<T?> PollAsync<T>(TimeSpan within, Func<CancellationToken, Task<T?>> probe, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        var started = Time.GetTimestamp();
        while (true)
        {
            if (await probe(ct) is { } found)
                return found;
            if (Time.GetElapsedTime(started) >= within)
                return null;
            await Task.Delay(s_pollInterval, Time, ct);
        }
    }

    /// <summary>Matches <c>${name}</c> and <c>${name.member}</c>.</summary>
    [GeneratedRegex(@"\$\{(?<name>[A-Za-z][A-Za-z0-9_-]*)(?:\.(?<member>[A-Za-z]+))?\}")]
    public static partial Regex Variable();
}
