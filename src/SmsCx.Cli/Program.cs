using System.CommandLine;
using SmsCx.Cli.Commands;

var root = new RootCommand("SMS.CX test harness: a mock SMS.CX server, a reference webhook receiver, scenario files and load tests.")
{
    MockCommand.Create(),
    ReceiverCommand.Create(),
    RunCommand.Create(),
    FirehoseCommand.Create(),
    LoadCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
