using System.CommandLine;
using Microsoft.Extensions.Configuration;
using StatementBot.Chat;
using StatementBot.Commands.Export;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;
using StatementBot.Indexing;

namespace StatementBot.Cli;

/// <summary>The terminal front end: one verb per catalog command plus index, extract, chat and batch.</summary>
public static class StatementBotCli
{
    /// <summary>
    /// Parses and runs a command line. A failure nobody foresaw still ends in one line and exit code 70, never a
    /// stack trace in a user's terminal.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, Terminal terminal, CancellationToken cancellationToken = default)
    {
        try
        {
            var root = Build(terminal);
            var parse = root.Parse(args);
            if (ReferenceEquals(parse.Action, root.Action) && DiscordVerbs.ShouldServeByDefault(new ConfigurationBuilder().AddEnvironmentVariables().Build()))
            {
                parse = root.Parse(["serve", .. args]);
            }

            var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = terminal.Output, Error = terminal.Status };
            if (parse.CommandResult.Command.Name == DiscordVerbs.ServeVerb)
            {
                // The host stops itself on SIGTERM/SIGINT and waits for answers under way; the parser's own handler
                // would end the process after 2 s with 143/130 while they finish.
                configuration.ProcessTerminationTimeout = null;
            }

            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            terminal.Status.WriteLine("Cancelled.");
            return 130;
        }
        catch (Exception e)
        {
            terminal.Status.WriteLine($"StatementBot failed unexpectedly: {e.GetType().Name}: {e.Message}");
            return 70;
        }
    }

    /// <summary>
    /// <c>--export csv|json</c>: the file to <c>--out</c> (with the summary on the terminal), or the file itself on
    /// standard output for pipes, its summary on standard error.
    /// </summary>
    private static int Export(Terminal terminal, GlobalOptions global, ParseResult parse, CommandRequest request, string export)
    {
        if (ExportFormats.Parse(export) is not { } format)
        {
            return terminal.Fail($"--export must be csv or json, not \"{Echo.Of(export)}\".", parse.GetValue(global.Json));
        }

        return WithRouter(terminal, global, parse, router =>
        {
            var reply = router.Export(request, format);
            return reply.IsError || parse.GetValue(global.Out) is not null
                ? terminal.Write(reply, parse.GetValue(global.Json), outPath: parse.GetValue(global.Out))
                : terminal.WriteFile(reply);
        });
    }

    public static RootCommand Build(Terminal terminal)
    {
        var global = new GlobalOptions();
        var root = new RootCommand(
            "StatementBot finds what officials said — the right excerpt, speaker, date and source. " +
            "The same commands answer in Discord and here.");
        root.Add(global.Corpus);
        root.Add(global.Index);
        root.Add(global.Json);

        foreach (var definition in CommandSet.Catalog.Public)
        {
            var verb = CommandVerbs.Create(definition, (parse, request) => parse.GetValue(global.Export) is { } export
                ? Export(terminal, global, parse, request, export)
                : WithRouter(terminal, global, parse, router => terminal.Write(router.Handle(request), parse.GetValue(global.Json), outPath: parse.GetValue(global.Out))));
            verb.Add(global.Out);
            verb.Add(global.Export);
            root.Add(verb);
        }

        root.Add(IndexVerb(terminal, global));
        root.Add(ExtractVerb.Create(terminal, global));
        root.Add(ChatVerb(terminal, global));
        root.Add(BatchVerb(terminal, global));
        root.Add(BenchVerb.Create(terminal, global));
        root.Add(DiscordVerbs.Serve(terminal, global));
        root.Add(DiscordVerbs.Register(terminal, global));
        root.Add(FeedsVerb.Create(terminal, global));
        // With DISCORD_TOKEN set, RunAsync runs serve instead.
        root.SetAction(_ => ShowHelp(root, terminal));
        return root;
    }

    private static int ShowHelp(RootCommand root, Terminal terminal)
    {
        root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = terminal.Output });
        return 0;
    }

    private static int WithRouter(Terminal terminal, GlobalOptions global, ParseResult parse, Func<CommandRouter, int> run)
    {
        var json = parse.GetValue(global.Json);
        var settings = global.Settings(parse);
        if (settings.Problem() is { } problem)
        {
            return terminal.Fail(problem, json);
        }

        using var index = IndexGate.OpenOrBuild(settings, rebuild: false, terminal.Status);
        if (index.Error is { } error)
        {
            return terminal.Fail(error, json);
        }

        return run(CommandSet.CreateRouter(index.Searcher!, index.SpeakerDirectory!));
    }

    private static Command IndexVerb(Terminal terminal, GlobalOptions global)
    {
        var rebuild = new Option<bool>("--rebuild") { Description = "Rebuild even if the index is up to date" };
        var verb = new Command("index", "Build or refresh the index from the corpus folders") { rebuild };
        verb.SetAction(parse =>
        {
            var json = parse.GetValue(global.Json);
            var settings = global.Settings(parse);
            if (settings.Problem() is { } problem)
            {
                return terminal.Fail(problem, json);
            }

            using var index = IndexGate.OpenOrBuild(settings, parse.GetValue(rebuild), terminal.Status, alwaysReport: true);
            return index.Error is { } error ? terminal.Fail(error, json) : 0;
        });
        return verb;
    }

    private static Command ChatVerb(Terminal terminal, GlobalOptions global)
    {
        var verb = new Command("chat", "Type slash commands as in Discord, e.g. /quote query:\"mission impossible\" speaker:\"Wu Qian\"");
        verb.SetAction(parse => WithRouter(terminal, global, parse, router =>
        {
            var parser = new SlashLineParser(router.Catalog);
            var json = parse.GetValue(global.Json);
            var interactive = terminal.Interactive;
            if (interactive)
            {
                terminal.Status.WriteLine("Type a command (/help lists them); an empty line or /exit quits.");
            }

            while (true)
            {
                if (interactive)
                {
                    terminal.Status.Write("> ");
                }

                var line = terminal.Input.ReadLine();
                if (line is null || (interactive && line.Trim().Length == 0) || line.Trim() is "/exit" or "/quit")
                {
                    return 0;
                }

                if (line.Trim().Length == 0)
                {
                    continue;
                }

                var parsed = parser.Parse(line);
                terminal.Write(parsed.Request is { } request ? router.Handle(request) : Commands.Replies.Reply.Error(parsed.Error!), json, typed: true);
                terminal.Output.WriteLine();
            }
        }));
        return verb;
    }

    private static Command BatchVerb(Terminal terminal, GlobalOptions global)
    {
        var verb = new Command("batch", "Answer slash-command lines from standard input (with --json: one JSON object per line)");
        verb.SetAction(parse => WithRouter(terminal, global, parse, router =>
        {
            var parser = new SlashLineParser(router.Catalog);
            var json = parse.GetValue(global.Json);
            var failures = 0;
            while (terminal.Input.ReadLine() is { } line)
            {
                if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
                {
                    continue;
                }

                var parsed = parser.Parse(line);
                var reply = parsed.Request is { } request ? router.Handle(request) : Commands.Replies.Reply.Error(parsed.Error!);
                failures += terminal.Write(reply, json, indented: false, typed: true);
                if (!json)
                {
                    terminal.Output.WriteLine();
                }
            }

            return failures > 0 ? 1 : 0;
        }));
        return verb;
    }
}
