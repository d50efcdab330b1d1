using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace SmsCx.Receiver;

/// <summary>Entry point of the stand-alone receiver.</summary>
public class Program
{
    /// <summary>Loopback address used when no <c>urls</c> setting (or <c>ASPNETCORE_URLS</c>) says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5090";

    /// <summary>
    /// Runs the receiver until it is stopped. Settings come from the <c>Receiver</c> section of appsettings,
    /// environment variables (<c>Receiver__Secret</c>) and arguments (<c>--Receiver:Secret=...</c>).
    /// </summary>
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSmsCxReceiver(builder.Configuration.GetSection(ReceiverOptions.SectionName));
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            builder.WebHost.UseUrls(DefaultUrl);

        await using var app = builder.Build();
        app.UseSmsCxReceiverProblems();
        app.MapSmsCxReceiver();
        await app.RunAsync();
    }
}
