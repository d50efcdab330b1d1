using SmsCx.Cli.Commands;

return await SmscxCommandLine.InvokeAsync(args);
