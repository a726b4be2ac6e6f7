using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Speakers;
using StatementBot.Corpus.Tests.Reading;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Speakers;

/// <summary>
/// Who is who across documents: real White House remarks loaded together, where one document only says "President
/// Biden" and "First Lady Biden" and others give the full names.
/// </summary>
public sealed class CorpusIdentityTests
{
    private const string BuffaloRemarks = "wh-briefings/speeches-remarks/2022-05/2022-05-17-remarks-by-president-biden-and-first-lady-biden-honoring-the-lives-lost-in-buffalo-new-york-and-calling-on-all-americans-to-condemn-white-supremacy.md";
    private const string CnnTownHall = "wh-briefings/speeches-remarks/2021-02/2021-02-17-remarks-by-president-biden-in-a-cnn-town-hall-with-anderson-cooper.md";

    private static CorpusLoad LoadBidens() =>
        new CorpusLoader().Load([CorpusSamples.PathOf(BuffaloRemarks), CorpusSamples.PathOf(CnnTownHall), CorpusSamples.PathOf(CorpusSamples.FirstLadyMilitarySpouses)]);

    [SharedFact]
    public void Load_PresidentAndFirstLadyBothCalledBiden_AreTwoPeopleWithTheirFullNames()
    {
        var load = LoadBidens();

        var buffalo = load.Documents.Single(d => d.Document.Info.Path.EndsWith(Path.GetFileName(BuffaloRemarks), StringComparison.Ordinal)).Statements;
        var firstLady = buffalo.First(s => s.Text.StartsWith("I just wanted to say thank you to the families", StringComparison.Ordinal));
        var president = buffalo.First(s => s.Text.StartsWith("To Majority Leader — Leader Schumer", StringComparison.Ordinal));
        Assert.Equal(("Jill Biden", "First Lady"), (firstLady.Speaker, firstLady.Role));
        Assert.Equal(("Joe Biden", "President"), (president.Speaker, president.Role));
        Assert.DoesNotContain(load.Speakers.Speakers, s => s.Roles.Contains("President") && s.Roles.Contains("First Lady"));
        Assert.Equal(["First Lady"], load.Speakers.Speakers.Single(s => s.Name == "Jill Biden").Roles);
        Assert.Equal("President", load.Speakers.Speakers.Single(s => s.Name == "Joe Biden").Roles[0]);
    }

    [SharedFact]
    public void Resolve_BareSurnameOfPresidentAndFirstLady_IsAmbiguousBetweenThem()
    {
        var registry = LoadBidens().Speakers;

        var ambiguous = Assert.IsType<SpeakerResolution.Ambiguous>(registry.Resolve("Biden"));
        Assert.Equal(["Jill Biden", "Joe Biden"], ambiguous.Candidates.Select(c => c.Name));
        Assert.Equal("Joe Biden", Assert.IsType<SpeakerResolution.Found>(registry.Resolve("Joe Biden")).Speaker.Name);
    }

    [SharedFact]
    public void Load_StageDirectionsInsideTurns_AreNotPartOfWhatWasSaid()
    {
        var load = LoadBidens();

        var statements = load.Documents.SelectMany(d => d.Statements).ToList();
        Assert.DoesNotContain(statements, s => s.Text.Contains("(Applause.)", StringComparison.Ordinal) || s.Text.Contains("(Laughter.)", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Speaker == "Jill Biden" && s.Text.EndsWith("So God bless you, and thank you for allowing us to be with you. Thank you.", StringComparison.Ordinal));
    }
}
