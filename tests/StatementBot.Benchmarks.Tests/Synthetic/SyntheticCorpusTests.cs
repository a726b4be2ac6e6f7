using StatementBot.Benchmarks.Synthetic;
using StatementBot.Corpus.Loading;
using StatementBot.TestSupport;

namespace StatementBot.Benchmarks.Tests.Synthetic;

public sealed class SyntheticCorpusTests
{
    private static readonly Lazy<SyntheticCorpus> Generator = new(() =>
        new SyntheticCorpus(new CorpusLoader().Load([SharedData.DefaultCorpus]).Documents.SelectMany(d => d.Statements).ToArray()));

    [Fact]
    public void Generate_SameSeed_GivesTheSameStatements()
    {
        var first = Generator.Value.Generate(300, seed: 7).Documents.SelectMany(d => d.Statements).ToArray();
        var second = Generator.Value.Generate(300, seed: 7).Documents.SelectMany(d => d.Statements).ToArray();
        var other = Generator.Value.Generate(300, seed: 8).Documents.SelectMany(d => d.Statements).ToArray();

        Assert.Equal(first.Select(s => (s.Speaker, s.Text, s.Question, s.Document.Date)), second.Select(s => (s.Speaker, s.Text, s.Question, s.Document.Date)));
        Assert.NotEqual(first.Select(s => s.Text), other.Select(s => s.Text));
    }

    [Fact]
    public void Generate_AnySize_GivesExactlyThatManyStatementsAllByFictionalSpokespeople()
    {
        var load = Generator.Value.Generate(1_010);
        var statements = load.Documents.SelectMany(d => d.Statements).ToArray();
        var fictional = FictionalSpeakers.Create(SyntheticCorpus.SpeakerCount).Select(s => s.Name).ToHashSet();

        Assert.Equal(1_010, load.StatementCount);
        Assert.Equal(41, load.Documents.Count);
        Assert.All(statements, s => Assert.Contains(s.Speaker, fictional));
        Assert.All(statements, s => Assert.StartsWith("Spokesperson of the fictional ", s.Role));
        Assert.All(load.Documents, d => Assert.EndsWith("(synthetic)", d.Document.Info.Title));
        Assert.All(statements, s => Assert.InRange(s.Document.Date!.Value, new DateOnly(2018, 1, 1), new DateOnly(2025, 1, 31)));
        Assert.All(statements, s => Assert.False(string.IsNullOrWhiteSpace(s.Text)));
    }

    [Fact]
    public void Create_FourHundredSpeakers_AllDifferentNames()
    {
        var speakers = FictionalSpeakers.Create(400);

        Assert.Equal(400, speakers.Select(s => s.Name).Distinct().Count());
        Assert.Equal("Ada Quill", speakers[0].Name);
        Assert.Equal("Spokesperson of the fictional Ministry of Examples", speakers[0].Roles[0]);
    }

    [Theory]
    [InlineData("10k,100k,1M", new[] { 10_000, 100_000, 1_000_000 })]
    [InlineData("2500", new[] { 2_500 })]
    [InlineData(" 1.5k , 2M ", new[] { 1_500, 2_000_000 })]
    public void ParseList_Sizes_ReadsCountsAsPeopleWriteThem(string text, int[] expected)
    {
        var (sizes, error) = SizeText.ParseList(text);

        Assert.Null(error);
        Assert.Equal(expected, sizes);
    }

    [Fact]
    public void ParseList_NotASize_SaysWhichPart()
    {
        Assert.Equal("\"lots\" is not a statement count (write 10k, 100k, 1M or digits, up to 10M)", SizeText.ParseList("10k,lots").Error);
    }
}
