using System.Globalization;

namespace StatementBot.Benchmarks.Highlighting;

/// <summary>Writes the highlighter comparison for a person: the figures side by side, then the snippet pairs.</summary>
public static class HighlighterText
{
    public static void Write(TextWriter output, HighlighterFigures figures)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"Highlighters on {figures.Queries} /quote queries × up to {HighlighterComparison.HitsPerQuery} hits, {figures.Statements:N0} statements");
        output.WriteLine(string.Create(c, $"Index of the words: {figures.IndexMegabytes:0.0} MB as StatementBot writes it, {figures.IndexWithOffsetsMegabytes:0.0} MB with offsets in the postings (+{(figures.IndexWithOffsetsMegabytes / figures.IndexMegabytes - 1) * 100:0} %)"));
        output.WriteLine();
        output.WriteLine($"{"",-34}{"SnippetBuilder",16}{"PostingsHighlighter",22}");
        Row(output, "hits judged", figures, s => s.Hits.ToString(c));
        Row(output, "µs per hit, p50", figures, s => s.MicrosecondsP50.ToString("0.0", c));
        Row(output, "µs per hit, mean", figures, s => s.MicrosecondsMean.ToString("0.0", c));
        Row(output, "characters, mean", figures, s => s.MeanLength.ToString("0", c));
        Row(output, "characters, max", figures, s => s.MaxLength.ToString(c));
        Row(output, "longer than our longest snippet", figures, s => s.OverLimit.ToString(c));
        Row(output, "starts at a sentence or the start", figures, s => s.CleanStarts.ToString(c));
        Row(output, "ends at a sentence or the end", figures, s => s.CleanEnds.ToString(c));
        Row(output, "matching words shown", figures, s => s.Matching.ToString(c));
        Row(output, "  of them not marked", figures, s => s.Missed.ToString(c));
        Row(output, "marked words that do not match", figures, s => s.Extra.ToString(c));
        Row(output, "marks that cut a word", figures, s => s.PartialMarks.ToString(c));
        Row(output, "snippets with matches, none marked", figures, s => s.NoMarks.ToString(c));
        output.WriteLine();
        foreach (var pair in figures.Pairs)
        {
            output.WriteLine($"query: {pair.Query}");
            output.WriteLine($"  ours:     {pair.SnippetBuilder}");
            output.WriteLine($"  postings: {pair.PostingsHighlighter}");
        }
    }

    private static void Row(TextWriter output, string label, HighlighterFigures figures, Func<HighlighterScores, string> value) =>
        output.WriteLine($"{label,-34}{value(figures.SnippetBuilder),16}{value(figures.PostingsHighlighter),22}");
}
