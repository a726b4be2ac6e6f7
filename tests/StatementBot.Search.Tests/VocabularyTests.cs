using StatementBot.Search.Analysis;

namespace StatementBot.Search.Tests;

public sealed class VocabularyTests
{
    // Lines as the White House transcripts print them: a word cut off is written with a hyphen and a dash.
    private const string FalseStarts =
        "There are def- — there are definitely plans that we’re going to continue. " +
        "And deaths have cli- — and deaths have climbed. Scale up their lending to cli- — for climate.";

    // Sentences from the Foreign Ministry's transcripts.
    private const string Ministry =
        "China consistently stands for greater mil-to-mil dialogue. I will reiterate that Hong Kong affairs are purely China's internal affairs. " +
        "There is no geopolitical conflict or competition between China and NATO members. " +
        "Pompeo sent a congratulatory message to Tsai Ing-wen on the commencement of her second term.";

    private static (Vocabulary Vocabulary, List<int> Tokens) Scan(params string[] texts)
    {
        var vocabulary = new Vocabulary();
        var tokens = new List<int>();
        foreach (var text in texts)
        {
            vocabulary.Scan(text, tokens);
        }
        return (vocabulary, tokens);
    }

    private static int FormOf(Vocabulary vocabulary, List<int> tokens, string written) =>
        tokens.Where(t => t >= 0).First(t => vocabulary.FormText(t) == written);

    [Theory]
    [InlineData("def")]
    [InlineData("cli")]
    [InlineData("mil")]
    [InlineData("Ing")]
    public void Scan_WordsOnlyEverJoinedToAHyphen_AreNotWords(string fragment)
    {
        var (vocabulary, tokens) = Scan(FalseStarts, Ministry);

        Assert.False(vocabulary.IsStandaloneWord(FormOf(vocabulary, tokens, fragment)));
    }

    [Theory]
    [InlineData("definitely")]
    [InlineData("climbed")]
    [InlineData("Hong")]
    [InlineData("dialogue")]
    public void Scan_WordsWrittenOnTheirOwn_AreWords(string word)
    {
        var (vocabulary, tokens) = Scan(FalseStarts, Ministry);

        Assert.True(vocabulary.IsStandaloneWord(FormOf(vocabulary, tokens, word)));
    }

    [Fact]
    public void DisplayForms_ShowAWordAsItIsWrittenInsideSentences()
    {
        var (vocabulary, tokens) = Scan(Ministry);
        var forms = vocabulary.DisplayForms();

        Assert.Equal("NATO", forms[vocabulary.StemOfForm(FormOf(vocabulary, tokens, "NATO"))]);
        Assert.Equal("Hong", forms[vocabulary.StemOfForm(FormOf(vocabulary, tokens, "Hong"))]);
        // "China's" and "China" share a stem; the possessive is not how the word is shown.
        Assert.Equal("China", forms[vocabulary.StemOfForm(FormOf(vocabulary, tokens, "China's"))]);
    }

    [Fact]
    public void Scan_PunctuationBetweenTokens_IsABreak()
    {
        var (vocabulary, tokens) = Scan("Hong Kong. Macao");

        Assert.Equal(["Hong", "Kong", "|", "Macao"], tokens.Select(t => t < 0 ? "|" : vocabulary.FormText(t)));
    }
}
