using StatementBot.Corpus.Loading;
using StatementBot.TestSupport;
using Xunit.Abstractions;

namespace StatementBot.Corpus.Tests.Articles;

/// <summary>
/// Every Wikinews article that quotes someone yields statements: prints the articles that yield none (each should
/// be one that quotes no named person) and fails when there are 30 or more.
/// </summary>
public sealed class WikinewsCoverageTests(ITestOutputHelper output)
{
    private const int MaxWithoutStatements = 29;

    [SharedFact]
    public void Extract_WholeWikinewsFolder_FewerThanThirtyArticlesYieldNoStatement()
    {
        var load = new CorpusLoader().Load([Path.Combine(SharedData.Corpora, "wikinews")]);
        var empty = load.Documents.Where(d => d.Statements.Count == 0).Select(d => Path.GetFileName(d.Document.Info.Path)).Order(StringComparer.Ordinal).ToList();
        var people = load.Documents.Sum(d => d.Statements.Count(s => !s.ByOrganisation));
        var organisations = load.Documents.Sum(d => d.Statements.Count(s => s.ByOrganisation));

        output.WriteLine($"Articles: {load.Documents.Count}; statements by people: {people}; by organisations: {organisations}");
        output.WriteLine($"Articles with no statement: {empty.Count}");
        foreach (var file in empty)
        {
            output.WriteLine("  " + file);
        }
        Assert.True(empty.Count <= MaxWithoutStatements, $"{empty.Count} articles yield no statement: {string.Join(", ", empty)}");
    }
}
