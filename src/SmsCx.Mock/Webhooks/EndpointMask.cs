namespace SmsCx.Mock.Webhooks;

/// <summary>Hides the secrets a webhook URL may carry (user info, query values) before it is journaled or logged.</summary>
public static class EndpointMask
{
    /// <summary>Returns <paramref name="url"/> with user info and every query value replaced by <c>***</c>.</summary>
    public static string Mask(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var builder = new UriBuilder(url) { UserName = string.Empty, Password = string.Empty };
        if (builder.Query.Length > 1)
        {
            var pairs = builder.Query.TrimStart('?').Split('&')
                .Select(pair => pair.Split('=', 2)[0] + "=***");
            builder.Query = string.Join('&', pairs);
        }

        return builder.Uri.GetLeftPart(UriPartial.Query);
    }
}
