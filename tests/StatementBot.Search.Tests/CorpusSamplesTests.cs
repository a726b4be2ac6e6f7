using AngleSharp.Html.Parser;
using System.Text.RegularExpressions;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests;

public sealed partial class CorpusSamplesTests
{
    [SharedFact]
    public void EverySample_IsVerbatimFromItsDocument()
    {
        foreach (var statement in CorpusSamples.All)
        {
            var source = Normalize(File.ReadAllText(SharedData.SharedPath("corpora", statement.Document.Path)), statement.Document.Path);
            var parts = statement.Text.Split("\n\n").Concat(statement.Question?.Split("\n\n") ?? []);
            foreach (var part in parts)
            {
                Assert.True(source.Contains(Normalize(part, ".txt"), StringComparison.Ordinal),
                    $"Not found verbatim in {statement.Document.Path}: {part}");
            }
        }
    }

    private static string Normalize(string text, string path)
    {
        if (path.EndsWith(".html", StringComparison.Ordinal))
        {
            text = new HtmlParser().ParseDocument(text).Body?.TextContent ?? string.Empty;
        }
        return Whitespace().Replace(text.Replace('\u00A0', ' '), " ");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
