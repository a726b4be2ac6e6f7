using System.CommandLine;
using StatementBot.Commands.Replies;
using StatementBot.Corpus.Loading;
using StatementBot.Rendering;

namespace StatementBot.Cli;

/// <summary>
/// <c>extract PATH...</c>: the documents with their attributed statements, so anyone can check who was given what.
/// </summary>
public static class ExtractVerb
{
    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var paths = new Argument<string[]>("path") { Description = "Files or folders to read", Arity = ArgumentArity.OneOrMore };
        var verb = new Command("extract", "Show the statements attributed in documents (who said what)") { paths };
        verb.SetAction(parse =>
        {
            var json = parse.GetValue(global.Json);
            var given = parse.GetValue(paths) ?? [];
            var missing = given.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToArray();
            if (missing.Length > 0)
            {
                return terminal.Fail("Not found: " + string.Join(", ", missing), json);
            }

            var load = new CorpusLoader().Load(given.Select(Path.GetFullPath).ToArray());
            if (json)
            {
                terminal.Output.WriteLine(JsonRenderer.Serialize(load.Documents.Select(ExtractedData.From).ToArray()));
            }
            else
            {
                WriteText(terminal.Output, load);
            }

            foreach (var skipped in load.Skipped)
            {
                terminal.Status.WriteLine($"Skipped {skipped.Path}: {skipped.Reason}");
            }

            return 0;
        });
        return verb;
    }

    private static void WriteText(TextWriter output, CorpusLoad load)
    {
        foreach (var document in load.Documents)
        {
            var info = document.Document.Info;
            output.WriteLine($"{info.Title}");
            output.WriteLine($"  {HitData.FormatDate(info.Date) ?? "undated"} · {info.Source ?? "no source"} · {info.Url ?? info.Path}");
            foreach (var statement in document.Statements)
            {
                var role = statement.Role is null ? "" : $" ({statement.Role})";
                var source = statement.ByOrganisation ? ", organisation" : "";
                output.WriteLine($"  [{statement.Kind.ToString().ToLowerInvariant()}{source}] {statement.Speaker}{role}: {statement.Text}");
                if (statement.Question is { } question)
                {
                    output.WriteLine($"      Q: {question}");
                }
            }

            output.WriteLine();
        }
    }
}
