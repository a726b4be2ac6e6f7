using StatementBot.Cli;

namespace StatementBot.Tests.Cli;

/// <summary>Runs the terminal front end in-process, as a user would from a shell, and captures what it printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Status)
{
    public static CliRun WithInput(string input, params string[] args)
    {
        var output = new StringWriter();
        var status = new StringWriter();
        var terminal = new Terminal(new StringReader(input), output, status, ansi: false, interactive: false);
        var code = StatementBotCli.RunAsync(args, terminal).GetAwaiter().GetResult();
        return new CliRun(code, output.ToString(), status.ToString());
    }

    public static CliRun Of(params string[] args) => WithInput("", args);
}
