using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Speakers;
using StatementBot.Corpus.Tests.Reading;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Speakers;

/// <summary>
/// One person, one name: bare titles go to the holder of the office on that date, spellings meet, surnames take
/// the full name the corpus writes with the same office. The words are the corpus's own (White House remarks).
/// </summary>
public sealed class SpeakerIdentityTests
{
    private const string WhiteHouse = "The White House";

    private static DocumentInfo Document(string path, string title, int year, int month, int day) =>
        new(path, title, new DateOnly(year, month, day), WhiteHouse, null);

    private static Statement Said(string speaker, string? role, string text, DocumentInfo document) =>
        new(speaker, role, StatementKind.Turn, text, null, document, 0);

    private static readonly DocumentInfo Roundtable = Document("a.md", "Remarks by Vice President Harris at a Roundtable", 2022, 6, 3);
    private static readonly DocumentInfo Summit = Document("b.md", "Remarks by Vice President Harris at the Summit of the Americas", 2022, 6, 9);
    private static readonly DocumentInfo WaterEvent = Document("c.md", "Remarks by the Vice President at the Global Water Security White House Action Plan Event", 2022, 6, 1);
    private static readonly DocumentInfo Bilateral = Document("d.md", "Remarks by President Biden and President Xi Jinping of the People’s Republic of China Before Bilateral Meeting", 2022, 11, 14);
    private static readonly DocumentInfo Woodside = Document("f.md", "Remarks by President Biden and President Xi Jinping of the People’s Republic of China Before Bilateral Meeting", 2023, 11, 15);

    private static SpeakerRegistry Registry(out Statement[] statements)
    {
        statements =
        [
            Said("Kamala Harris", "Vice President", "Well, good afternoon, everyone.", Roundtable),
            Said("Kamala Harris", "Vice President", "It is about doing what we know is possible to maximize the capacity of the people in that region.", Summit),
            Said("Vice President", "Vice President", "And so, I want to applaud the leadership of the governor, the mayor, the senator.", WaterEvent),
            Said("Xi", "President", "Mr. President, it’s good to see you.", Bilateral),
            Said("Xi", "President", "Mr. President, good morning.", Woodside),
            Said("Volodymyr Zelenskyy", "President", "Thank you so much, Mr. President.", Summit),
            Said("Volodymyr Zelensky", "President of Ukraine", "Glory to Ukraine.", Roundtable),
            Said("Karine Jean-Pierre", "Press Secretary", "Good afternoon, everybody.", Roundtable),
        ];
        return SpeakerRegistry.Build(statements);
    }

    [Fact]
    public void Canonicalize_BareTitleTheDocumentLeftUnnamed_IsTheHolderOnThatDate()
    {
        var registry = Registry(out var statements);

        var water = registry.Canonicalize(statements[2]);

        Assert.Equal("Kamala Harris", water.Speaker);
        Assert.DoesNotContain(registry.Speakers, s => s.Name == "Vice President");
    }

    [Fact]
    public void Resolve_TitleWithOneHolder_IsThatPerson()
    {
        var registry = Registry(out _);

        Assert.Equal("Kamala Harris", Assert.IsType<SpeakerResolution.Found>(registry.Resolve("the vice president")).Speaker.Name);
        Assert.Equal("Kamala Harris", Assert.IsType<SpeakerResolution.Found>(registry.Resolve("Vice President")).Speaker.Name);
    }

    [Fact]
    public void Build_TransliteratedSpellings_AreOnePersonFoundByEach()
    {
        var registry = Registry(out _);

        var zelenskyy = Assert.Single(registry.Speakers, s => s.Name.StartsWith("Volodymyr", StringComparison.Ordinal));
        foreach (var typed in new[] { "Zelenskyy", "Zelensky", "Zelenskiy", "volodymyr zelenskyi" })
        {
            Assert.Equal(zelenskyy, Assert.IsType<SpeakerResolution.Found>(registry.Resolve(typed)).Speaker);
        }
    }

    [Theory]
    [InlineData("Karine Jean Pierre")]
    [InlineData("KARINE JEAN-PIERRE")]
    [InlineData("MS. JEAN PIERRE")]
    [InlineData("Karine Jean‑Pierre")]
    public void Resolve_HyphenCaseAndHonorificVariants_FindOnePerson(string typed)
    {
        var registry = Registry(out _);

        Assert.Equal("Karine Jean-Pierre", Assert.IsType<SpeakerResolution.Found>(registry.Resolve(typed)).Speaker.Name);
    }

    [Fact]
    public void Build_SurnameOnlySpeaker_TakesTheFullNameWrittenWithTheSameOffice()
    {
        var registry = Registry(out var statements);

        Assert.Equal("Xi Jinping", registry.Canonicalize(statements[3]).Speaker);
        Assert.Contains("Xi", Assert.Single(registry.Speakers, s => s.Name == "Xi Jinping").Aliases);
        Assert.Equal("Xi Jinping", Assert.IsType<SpeakerResolution.Found>(registry.Resolve("Xi")).Speaker.Name);
        Assert.Equal("Xi Jinping", Assert.IsType<SpeakerResolution.Found>(registry.Resolve("Xi Jinping")).Speaker.Name);
    }

    [Fact]
    public void Build_SurnameWithAnotherOfficesFullName_StaysASurname()
    {
        // "Austin" the Secretary is not the "Lieutenant Governor Austin Davis" of another document.
        var document = Document("e.md", "Remarks by Lieutenant Governor Austin Davis and Lieutenant Governor Austin Davis", 2024, 3, 5);
        var registry = SpeakerRegistry.Build([Said("Austin", "Secretary", "Thanks, Lael.", document)]);

        Assert.Equal("Austin", Assert.Single(registry.Speakers).Name);
    }

    // The people below are fictional: what they say is the tests' own, not anyone's words.
    private static DocumentInfo In(string source, string path, string title) => new(path, title, new DateOnly(2024, 3, 5), source, null);

    [Fact]
    public void Build_SurnameWithoutOffice_TakesOnlyAFullNameWrittenInItsOwnSources()
    {
        var call = In(WhiteHouse, "call.md", "Background Press Call on the Harbour Plan");
        var elsewhere = In("Ministry of Foreign Affairs", "mfa.md", "Prime Minister Ilona Varga will visit. Ilona Varga said the talks went well.");

        var apart = SpeakerRegistry.Build([Said("Varga", null, "Let’s go to the next question.", call), Said("Wen Lo", "Spokesperson", "No comment.", elsewhere)]);
        Assert.Contains(apart.Speakers, s => s.Name == "Varga");
        Assert.DoesNotContain(apart.Speakers, s => s.Name == "Ilona Varga");

        var sameSource = In(WhiteHouse, "mod.md", "Call moderated by Ilona Varga. Thanks to Ilona Varga for moderating.");
        var together = SpeakerRegistry.Build([Said("Varga", null, "Let’s go to the next question.", call), Said("Pat Reyes", "Press Secretary", "Good afternoon.", sameSource)]);
        Assert.Contains(together.Speakers, s => s.Name == "Ilona Varga");
        Assert.DoesNotContain(together.Speakers, s => s.Name == "Varga");
    }

    [Fact]
    public void Build_NameThatGoesOn_GivesTheSurnameNoFullName()
    {
        // "New York Stock Exchange" twice names no person called Stock.
        var visit = In(WhiteHouse, "nyse.md", "Remarks at the New York Stock Exchange. The New York Stock Exchange opened.");
        var registry = SpeakerRegistry.Build([Said("Stock", null, "That’s me!", visit)]);

        Assert.Equal("Stock", Assert.Single(registry.Speakers).Name);
    }

    [Fact]
    public void Build_SurnameWithAnOfficeBesideItsCompletedBareForm_IsThatPersonButABareFormIsNeverJoinedToAnOfficeHolder()
    {
        var first = In(WhiteHouse, "one.md", "Remarks with Union President Adaeze Okafor. Adaeze Okafor spoke first.");
        var second = In(WhiteHouse, "two.md", "Remarks at the Union Hall");
        var okafor = SpeakerRegistry.Build([Said("Okafor", null, "Thank you all for coming.", first), Said("Okafor", "Chair", "We are ready.", second)]);
        var person = Assert.Single(okafor.Speakers);
        Assert.Equal("Adaeze Okafor", person.Name);

        var hearing = In(WhiteHouse, "three.md", "Remarks with Senator Jane Marlow. Senator Jane Marlow thanked staff.");
        var lab = In(WhiteHouse, "four.md", "Laboratory Tour with Dr. Sam Marlow. Dr. Sam Marlow led it.");
        var marlow = SpeakerRegistry.Build([Said("Marlow", "Senator", "We do.", hearing), Said("Marlow", null, "It just feels like three years.", lab)]);
        Assert.Contains(marlow.Speakers, s => s.Name == "Jane Marlow");
        Assert.Contains(marlow.Speakers, s => s.Name == "Marlow");
    }

    [SharedFact]
    public void Load_RelativesAndStageDirectionsBeforeASurname_AreNotSpeakersNames()
    {
        var load = new CorpusLoader().Load(
        [
            CorpusSamples.PathOf("wh-briefings/speeches-remarks/2024-11/2024-11-02-remarks-by-president-biden-at-a-carpenters-local-445-gotv-event-scranton-pa.md"),
            CorpusSamples.PathOf("wh-briefings/speeches-remarks/2024-04/2024-04-16-remarks-by-president-biden-at-a-campaign-event-scranton-pa-2.md"),
        ]);

        var names = load.Speakers.Speakers.Select(s => s.Name).ToList();
        Assert.DoesNotContain(names, n => n.StartsWith("Grandfather", StringComparison.Ordinal) || n.StartsWith("Addressing", StringComparison.Ordinal));
        Assert.DoesNotContain("Eugenia Finnegan Biden", names);
        Assert.Contains("Megan Bell", names);
    }
}
