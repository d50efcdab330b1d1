namespace SmsCx.Receiver;

/// <summary>Entry point of the stand-alone receiver.</summary>
public class Program
{
    /// <summary>Runs the receiver until it is stopped.</summary>
    public static Task Main(string[] args) => Task.CompletedTask;
}
