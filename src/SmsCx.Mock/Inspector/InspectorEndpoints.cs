using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using SmsCx.Mock.Admin;
using SmsCx.Mock.Messaging;

namespace SmsCx.Mock.Inspector;

/// <summary>
/// The live inspector, a web page at <c>/_mock/inspector/</c> that shows the mock's messages and webhook attempts as
/// they happen and lets a developer reply, click or opt out as the customer. The page and its files hold no data and
/// are served without the admin key; the data comes from <c>GET /_mock/inspector/state</c>, which requires
/// <c>X-Admin-Key</c> like the rest of the admin API when <see cref="MockOptions.AdminKey"/> is set.
/// </summary>
/// <remarks>
/// Live updates poll rather than stream (Server-Sent Events): the page asks for the state about twice a second with
/// the ETag it holds, and an unchanged mock answers 304 with no body after reading two counters. Polling keeps
/// nothing per client on the server (no open response, no subscriber list, no buffer), so a tab that closes
/// frees nothing because it held nothing, and a slow or paused tab cannot make the mock buffer events for it. It
/// also goes through the same admin-key filter and error handling as every other admin request.
/// </remarks>
public static class InspectorEndpoints
{
    /// <summary>Path of the page; the path without the trailing slash redirects here.</summary>
    public const string PagePath = "/_mock/inspector/";

    /// <summary>Default and largest number of messages and attempts one state answer carries.</summary>
    public const int DefaultLimit = 200, MaxLimit = 1000;

    // Self only: the page loads its own script, style sheet and icon and talks to the mock it came from, nothing else.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Maps the page (<c>GET /_mock/inspector/</c>), its files (<c>GET /_mock/inspector/{file}</c>) and the state it
    /// polls (<c>GET /_mock/inspector/state?limit=200&amp;msgId=...</c>, with ETag / If-None-Match).
    /// </summary>
    public static IEndpointRouteBuilder MapSmsCxInspector(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/_mock/inspector", ServePage);
        endpoints.MapGet("/_mock/inspector/{file}", ServeFile);
        endpoints.MapGet("/_mock/inspector/state", GetState).AddEndpointFilter(AdminEndpoints.RequireAdminKeyAsync);
        return endpoints;
    }

    // Routing ignores a trailing slash, so both spellings land here; the page's relative URLs need the slash.
    private static IResult ServePage(HttpContext context)
    {
        if (!context.Request.Path.Value!.EndsWith('/'))
            return TypedResults.Redirect($"{context.Request.PathBase}{PagePath}");
        return ServeFile(InspectorAssets.IndexName, context);
    }

    private static IResult ServeFile(string file, HttpContext context)
    {
        if (InspectorAssets.Find(file) is not { } asset)
            return TypedResults.Problem($"The inspector has no file {file}.", statusCode: 404);

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }

    private static IResult GetState(HttpContext context, MockEngine engine)
    {
        // Read from the query by hand: a value that is not a number gets the same answer as one out of range.
        var query = context.Request.Query;
        var limit = DefaultLimit;
        if (query["limit"] is { Count: > 0 } given
            && (given.Count > 1 || !int.TryParse(given[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            return TypedResults.Problem($"limit must be one whole number from 1 to {MaxLimit}.", statusCode: 400);
        }

        // Message ids are UUIDs; anything else selects nothing.
        var msgId = Guid.TryParse(query["msgId"].ToString(), out var id) ? id.ToString("D") : null;

        // Read before the snapshot: a change racing with it shows up under a newer version at the next poll. The tag
        // names the query too, so an answer for one selection never stands in for another.
        var version = engine.Version + engine.Journal.Version;
        var etag = new EntityTagHeaderValue(FormattableString.Invariant($"\"{version}-{limit}-{msgId ?? "none"}\""));
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ETag = etag.ToString();
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false) || tag.Equals(EntityTagHeaderValue.Any)))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);

        return TypedResults.Ok(Snapshot(engine, version, limit, msgId));
    }

    private static InspectorState Snapshot(MockEngine engine, long version, int limit, string? msgId)
    {
        var journal = engine.Journal.Snapshot();
        var selected = msgId is not null && engine.Messages.TryGet(msgId, out var message) ? MessageView.Of(message) : null;
        IReadOnlyList<JournalEntryView> selectedJournal = selected is null
            ? []
            : [.. journal.Reverse()
                .Where(e => JournalEntryView.Concerns(e, selected.MsgId))
                .Take(limit)
                .Select(JournalEntryView.Of)];
        return new InspectorState(
            version,
            engine.Messages.Count,
            journal.Count,
            [.. engine.Messages.Newest(limit).Select(MessageView.Of)],
            [.. journal.Reverse().Take(limit).Select(JournalEntryView.Of)],
            selected,
            selectedJournal);
    }
}
