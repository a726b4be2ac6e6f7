using System.Diagnostics;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using StatementBot.Benchmarks.Queries;
using StatementBot.Corpus.Attribution;
using StatementBot.Search.Highlighting;
using StatementBot.Search.Querying;
using StatementBot.Search.Schema;

namespace StatementBot.Benchmarks.Highlighting;

/// <summary>
/// Runs the query set's /quote words over an index of the statements with offsets in the postings, and for each of the
/// first five hits cuts a snippet twice: with our <see cref="SnippetBuilder"/> (from the stored text) and with
/// Lucene's PostingsHighlighter (best sentence passage, offsets from the postings); judges both the same way
/// (<see cref="SnippetJudge"/>) and times both.
/// </summary>
public static class HighlighterComparison
{
    public const int HitsPerQuery = 5;
    public const int PairsShown = 40;

    public static HighlighterFigures Run(IReadOnlyList<Statement> statements, IReadOnlyList<BenchQuery> quotes, string folder)
    {
        var plain = Path.Combine(folder, "plain");
        var offsets = Path.Combine(folder, "offsets");
        OffsetsIndex.Build(plain, statements, offsets: false).Dispose();
        using var directory = OffsetsIndex.Build(offsets, statements, offsets: true);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var postings = new PassageSnippets();

        var ours = new List<(double Micros, SnippetVerdict Verdict)>();
        var theirs = new List<(double Micros, SnippetVerdict Verdict)>();
        var pairs = new List<SnippetPair>();
        var texts = quotes.Select(q => q.Request.Get("query")).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        for (var round = 0; round < 2; round++)
        {
            // The first round warms both up (JIT, page cache); the second is the one measured.
            ours.Clear();
            theirs.Clear();
            pairs.Clear();
            foreach (var text in texts)
            {
                if (QueryCompiler.Compile(text).Value is not { } compiled)
                {
                    continue;
                }

                var top = searcher.Search(compiled.Query, HitsPerQuery);
                if (top.ScoreDocs.Length == 0)
                {
                    continue;
                }

                var ids = top.ScoreDocs.Select(d => d.Doc).ToArray();
                var stored = ids.Select(id => searcher.Doc(id).Get(IndexSchema.Text.Name) ?? "").ToArray();
                var judge = new SnippetJudge(compiled.Highlights);

                var clock = Stopwatch.StartNew();
                var passages = postings.Passages(compiled.Query, searcher, ids, ids.Zip(stored).ToDictionary(p => p.First, p => p.Second));
                var postingsMicros = clock.Elapsed.TotalMicroseconds / ids.Length;

                var builder = new SnippetBuilder(compiled.Highlights);
                for (var i = 0; i < ids.Length; i++)
                {
                    clock.Restart();
                    var snippet = builder.Build(stored[i]);
                    var micros = clock.Elapsed.TotalMicroseconds;
                    var marks = snippet.Highlights.Select(h => (h.Start, h.Start + h.Length)).ToArray();
                    ours.Add((micros, judge.Judge(snippet.Text, marks, !snippet.Text.StartsWith('…'), !snippet.Text.EndsWith('…'))));

                    var passage = passages[i];
                    var (start, end, passageMarks) = passage ?? (0, 0, []);
                    var shown = stored[i][start..end];
                    var shifted = passageMarks.Select(m => (m.Start - start, m.End - start)).ToArray();
                    theirs.Add((postingsMicros, judge.Judge(shown, shifted, start == 0, end >= stored[i].TrimEnd().Length)));

                    if (i == 0 && pairs.Count < PairsShown && texts.Length > 0)
                    {
                        pairs.Add(new SnippetPair(text, Marked(snippet.Text, marks), Marked(shown, shifted)));
                    }
                }
            }
        }

        return new HighlighterFigures(
            statements.Count,
            texts.Length,
            OffsetsIndex.Megabytes(plain),
            OffsetsIndex.Megabytes(offsets),
            Scores(ours),
            Scores(theirs),
            pairs);
    }

    private static HighlighterScores Scores(List<(double Micros, SnippetVerdict Verdict)> hits)
    {
        var micros = hits.Select(h => h.Micros).Order().ToArray();
        var verdicts = hits.Select(h => h.Verdict).ToArray();
        return new HighlighterScores(
            hits.Count,
            micros.Length == 0 ? 0 : micros[micros.Length / 2],
            micros.DefaultIfEmpty(0).Average(),
            verdicts.Select(v => (double)v.Length).DefaultIfEmpty(0).Average(),
            verdicts.Select(v => v.Length).DefaultIfEmpty(0).Max(),
            verdicts.Count(v => v.Length > SnippetBuilder.WholeTextLimit + 2),
            verdicts.Count(v => v.CleanStart),
            verdicts.Count(v => v.CleanEnd),
            verdicts.Sum(v => v.Matching),
            verdicts.Sum(v => v.Missed),
            verdicts.Sum(v => v.Extra),
            verdicts.Sum(v => v.PartialMarks),
            verdicts.Count(v => v.Matching > 0 && v.Missed == v.Matching));
    }

    private static string Marked(string text, IReadOnlyList<(int Start, int End)> marks)
    {
        var output = new StringBuilder(text.Length + marks.Count * 4);
        var at = 0;
        foreach (var (start, end) in marks.OrderBy(m => m.Start))
        {
            if (start < at || end > text.Length)
            {
                continue;
            }

            output.Append(text, at, start - at).Append("**").Append(text, start, end - start).Append("**");
            at = end;
        }

        return output.Append(text, at, text.Length - at).ToString().ReplaceLineEndings(" ");
    }
}
