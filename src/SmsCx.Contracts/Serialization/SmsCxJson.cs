using System.Text.Encodings.Web;
using System.Text.Json;

namespace SmsCx.Contracts.Serialization;

/// <summary>
/// The serializer context to use on the wire: <see cref="SmsCxJsonContext"/> with an encoder that writes
/// <c>+</c>, accented letters and emoji as themselves rather than as <c>\u</c> escapes, as JSON from the SMS.CX
/// SDKs does (a phone number then reads <c>"+4915..."</c>, which body matchers and people expect). Characters
/// that matter only inside HTML (<c>&lt; &gt; &amp;</c>) are not escaped either: these bodies are never embedded in a page.
/// </summary>
public static class SmsCxJson
{
    /// <summary>The shared context; thread-safe.</summary>
    public static SmsCxJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
