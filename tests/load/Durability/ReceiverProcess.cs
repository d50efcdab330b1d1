using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace SmsCx.Load.Tests.Durability;

/// <summary>
/// The built receiver (<c>SmsCx.Receiver.dll</c>) run by <c>dotnet</c> as a separate process on a loopback port,
/// so a test can kill it with SIGKILL by its own PID and start it again on the same database.
/// </summary>
internal sealed class ReceiverProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 200;

    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private ReceiverProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Url { get; }

    public int Pid => _process.Id;

    /// <summary>The last lines the process wrote, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return string.Join('\n', _output);
        }
    }

    /// <summary>A free loopback port, for a receiver that must come back on the same URL after a restart.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the receiver and waits (at most 30 s) until <c>/health</c> answers.</summary>
    public static async Task<ReceiverProcess> StartAsync(
        int port, IEnumerable<(string Key, string Value)> settings, IDictionary<string, string>? environment,
        CancellationToken ct)
    {
        var url = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ReceiverDll());
        start.ArgumentList.Add($"--urls={url}");
        foreach (var (key, value) in settings)
            start.ArgumentList.Add($"--Receiver:{key}={value}");

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        var receiver = new ReceiverProcess(Process.Start(start)!, url);
        await receiver.WaitHealthyAsync(ct);
        return receiver;
    }

    /// <summary>Kills the process with SIGKILL (no shutdown, no drain) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited)
            return;

        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitHealthyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30) && !_process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(Url, "health"), ct);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
        }

        Assert.Fail($"The receiver (pid {_process.Id}) did not become healthy; its output:\n{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;

        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > KeptOutputLines)
                _output.Dequeue();
        }
    }

    // Built next to this assembly's configuration by the project reference.
    private static string ReceiverDll()
    {
        var configuration = typeof(ReceiverProcess).Assembly
            .GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SmsCx.slnx")))
            root = root.Parent;

        Assert.That(root, Is.Not.Null, "repository root (SmsCx.slnx) above the test assembly");
        var dll = Path.Combine(root!.FullName, "src", "SmsCx.Receiver", "bin", configuration, "net10.0",
            "SmsCx.Receiver.dll");
        Assert.That(File.Exists(dll), Is.True, $"built receiver at {dll}");
        return dll;
    }
}
