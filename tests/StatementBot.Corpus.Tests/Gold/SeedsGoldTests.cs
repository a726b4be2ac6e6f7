using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Reading;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Gold;

/// <summary>Every line of the hand-made gold for the two seed documents must hold.</summary>
public sealed class SeedsGoldTests
{
    private static readonly Dictionary<string, ExtractedDocument> Extracted = [];

    public static TheoryData<string> GoldLines()
    {
        var data = new TheoryData<string>();
        if (SharedData.Available)
        {
            foreach (var id in SeedsGold.Checks.Keys.Order(StringComparer.Ordinal))
            {
                data.Add(id);
            }
        }
        return data;
    }

    [SharedTheory]
    [MemberData(nameof(GoldLines))]
    public void GoldLine_Holds(string line)
    {
        var check = SeedsGold.Checks[line];
        var failure = check.Check(Extract(check.File));
        Assert.True(failure is null, $"Gold line failed: {line} — {failure}");
    }

    [SharedFact]
    public void GoldFile_EveryLineBecomesACheck()
    {
        Assert.Equal(SeedsGold.LineCount(), SeedsGold.Checks.Count);
    }

    private static ExtractedDocument Extract(string file)
    {
        lock (Extracted)
        {
            if (!Extracted.TryGetValue(file, out var extracted))
            {
                var path = Path.Combine(SharedData.DefaultCorpus, file);
                var read = new PlainTextReader().Read(path, File.ReadAllText(path));
                Assert.True(read.Document is not null, $"{file} was skipped: {read.Skipped?.Reason}");
                extracted = new ExtractedDocument(read.Document, new ArticleAttributor().Attribute(read.Document));
                Extracted[file] = extracted;
            }
            return extracted;
        }
    }
}
