using System.CommandLine;
using StatementBot.Indexing;

namespace StatementBot.Cli;

/// <summary>Options every verb takes: which corpus folders, where the index lives, and JSON output.</summary>
public sealed class GlobalOptions
{
    public Option<string[]> Corpus { get; } = new("--corpus")
    {
        Description = $"A corpus folder or file to index (repeatable; default {IndexSettings.DefaultCorpus})",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
        HelpName = "DIR",
    };

    public Option<string> Index { get; } = new("--index")
    {
        Description = $"Where the index lives (default {IndexSettings.DefaultIndex})",
        Recursive = true,
        HelpName = "DIR",
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON for machines instead of text",
        Recursive = true,
    };

    /// <summary>Where a command's verb saves the file its answer carries (the /trend chart); added to each command verb.</summary>
    public Option<string> Out { get; } = new("--out")
    {
        Description = "Save the file the answer carries (the /trend chart, a PNG) to this path",
        HelpName = "FILE",
    };

    /// <summary>Every statement the answer is drawn from, as a file instead of the answer; added to each command verb.</summary>
    public Option<string> Export { get; } = new("--export")
    {
        Description = "Export every matching statement (not only a page) as csv or json: to --out FILE, else to standard output (quote, speaker, compare, who, trend, phrase)",
        HelpName = "csv|json",
    };

    public IndexSettings Settings(ParseResult parse) =>
        IndexSettings.From(parse.GetValue(Corpus), parse.GetValue(Index));
}
