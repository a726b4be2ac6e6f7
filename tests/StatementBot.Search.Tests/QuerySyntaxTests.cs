using StatementBot.Search.Querying;

namespace StatementBot.Search.Tests;

public sealed class QuerySyntaxTests
{
    [Theory]
    [InlineData("", "Type some words to search for. Example: inflation \"gas prices\" -oil")]
    [InlineData("   ", "Type some words to search for. Example: inflation \"gas prices\" -oil")]
    [InlineData("\"mission impossible", "A quote mark is not closed: \"mission impossible. Put the exact words between two quotes: \"gas prices\".")]
    [InlineData("\"student loan\" OR \"student debt", "A quote mark is not closed: \"student debt. Put the exact words between two quotes: \"gas prices\".")]
    [InlineData("\"student loan OR \"student debt\"", "The last quote mark is not closed (the query has 3; each phrase needs two). Put the exact words between two quotes: \"gas prices\".")]
    [InlineData("debt -\"student loan forgiveness under the new income-driven plan", "A quote mark is not closed: \"student loan forgiveness…. Put the exact words between two quotes: \"gas prices\".")]
    [InlineData("\"student loan\" OR", "\"OR\" needs a word on each side. Example: tariffs OR sanctions")]
    [InlineData("OR \"student debt\"", "\"OR\" needs a word on each side. Example: tariffs OR sanctions")]
    [InlineData("\"student loan\" NOT", "\"NOT\" needs a word after it. Example: china NOT taiwan")]
    [InlineData("(\"student loan\" OR \"student debt\"", "A \"(\" is not closed. Example: (tariffs OR sanctions) AND china")]
    [InlineData("((\"student loan\" OR debt) AND forgive*", "A \"(\" is not closed. Example: (tariffs OR sanctions) AND china")]
    [InlineData("\"student loan\" OR \"student debt\")", "A \")\" has no matching \"(\". Example: (tariffs OR sanctions) AND china")]
    [InlineData("china \"\"", "The quotes are empty. Put the exact words between them: \"gas prices\".")]
    [InlineData("(tariffs OR trade", "A \"(\" is not closed. Example: (tariffs OR sanctions) AND china")]
    [InlineData("tariffs OR trade)", "A \")\" has no matching \"(\". Example: (tariffs OR sanctions) AND china")]
    [InlineData("china ()", "The parentheses are empty. Put words inside: (tariffs OR sanctions)")]
    [InlineData("AND", "\"AND\" needs a word on each side. Example: tariffs AND china")]
    [InlineData("china AND", "\"AND\" needs a word on each side. Example: tariffs AND china")]
    [InlineData("AND china", "\"AND\" needs a word on each side. Example: tariffs AND china")]
    [InlineData("tariffs OR", "\"OR\" needs a word on each side. Example: tariffs OR sanctions")]
    [InlineData("OR tariffs", "\"OR\" needs a word on each side. Example: tariffs OR sanctions")]
    [InlineData("china NOT", "\"NOT\" needs a word after it. Example: china NOT taiwan")]
    [InlineData("*migration", "A * can only end a word: write immigr*, not *migration.")]
    [InlineData("im*gration", "A * can only end a word (\"im*gration\"). Example: immigr*")]
    [InlineData("i*", "Put at least 2 letters before the * (\"i*\"). Example: immigr*")]
    public void Parse_BadSyntax_SaysWhatIsWrongAndHowToWriteIt(string text, string message)
    {
        var result = QuerySyntax.Parse(text);

        Assert.Equal(message, result.Error?.Message);
    }

    [Fact]
    public void Parse_TooLong_SaysTheLimit()
    {
        var result = QuerySyntax.Parse(string.Join(' ', Enumerable.Repeat("inflation", 60)));

        Assert.Equal("The query is too long (599 characters); keep it under 500.", result.Error?.Message);
    }

    [Fact]
    public void Parse_PlainWords_AreAllRequired()
    {
        var result = QuerySyntax.Parse("gas prices");

        Assert.Equal(new QueryNode.All([new QueryNode.Word("gas"), new QueryNode.Word("prices")]), result.Value, NodeComparer.Instance);
    }

    [Fact]
    public void Parse_NotBindsTighterThanAndThanOr()
    {
        var result = QuerySyntax.Parse("taiwan OR gas prices -oil");

        var expected = new QueryNode.Any(
        [
            new QueryNode.Word("taiwan"),
            new QueryNode.All([new QueryNode.Word("gas"), new QueryNode.Word("prices"), new QueryNode.Not(new QueryNode.Word("oil"))]),
        ]);
        Assert.Equal(expected, result.Value, NodeComparer.Instance);
    }

    [Fact]
    public void Parse_PhrasesInTypographicQuotes_AndHyphenatedWords_StayWhole()
    {
        var result = QuerySyntax.Parse("“joint efforts” (mil-to-mil OR immigr*)");

        var expected = new QueryNode.All(
        [
            new QueryNode.Phrase("joint efforts"),
            new QueryNode.Any([new QueryNode.Word("mil-to-mil"), new QueryNode.Prefix("immigr")]),
        ]);
        Assert.Equal(expected, result.Value, NodeComparer.Instance);
    }

    public static TheoryData<string, QueryNode> PhraseCombinations => new()
    {
        { "\"student loan\" OR \"student debt\"", Any(Phrase("student loan"), Phrase("student debt")) },
        { "\"student loan\"OR\"student debt\"", Any(Phrase("student loan"), Phrase("student debt")) },
        { "“student loan” OR “student debt”", Any(Phrase("student loan"), Phrase("student debt")) },
        { "\"student loan\" || \"student debt\"", Any(Phrase("student loan"), Phrase("student debt")) },
        { "\"student loan\" OR \"student debt\" OR \"college debt\"", Any(Phrase("student loan"), Phrase("student debt"), Phrase("college debt")) },
        { "\"student loan\" OR debt", Any(Phrase("student loan"), Word("debt")) },
        { "debt OR \"student loan\"", Any(Word("debt"), Phrase("student loan")) },
        { "forgiv* OR \"student loan\"", Any(Prefix("forgiv"), Phrase("student loan")) },
        { "\"student loan\" OR forgiv*", Any(Phrase("student loan"), Prefix("forgiv")) },
        { "\"student loan\" AND \"student debt\"", All(Phrase("student loan"), Phrase("student debt")) },
        { "\"student loan\" \"student debt\"", All(Phrase("student loan"), Phrase("student debt")) },
        { "debt -\"student loan\"", All(Word("debt"), Not(Phrase("student loan"))) },
        { "-\"student loan\" debt", All(Not(Phrase("student loan")), Word("debt")) },
        { "debt NOT \"student loan\"", All(Word("debt"), Not(Phrase("student loan"))) },
        { "NOT \"student loan\"", Not(Phrase("student loan")) },
        { "\"student loan\" OR \"student debt\" forgiveness", Any(Phrase("student loan"), All(Phrase("student debt"), Word("forgiveness"))) },
        { "(\"student loan\" OR \"student debt\") forgiveness", All(Any(Phrase("student loan"), Phrase("student debt")), Word("forgiveness")) },
        { "(\"student loan\" OR \"student debt\") -\"interest rate\"", All(Any(Phrase("student loan"), Phrase("student debt")), Not(Phrase("interest rate"))) },
        {
            "((\"student loan\" OR \"student debt\") AND (forgiv* OR cancel)) NOT (\"interest rate\" OR refinanc*)",
            All(
                All(Any(Phrase("student loan"), Phrase("student debt")), Any(Prefix("forgiv"), Word("cancel"))),
                Not(Any(Phrase("interest rate"), Prefix("refinanc"))))
        },
        { "-(\"student loan\" OR debt) college", All(Not(Any(Phrase("student loan"), Word("debt"))), Word("college")) },
        { "\"student (loan\" OR debt", Any(Phrase("student (loan"), Word("debt")) },
    };

    [Theory]
    [MemberData(nameof(PhraseCombinations))]
    public void Parse_PhrasesAreOperandsLikeWords_OfOrAndNotAndParentheses(string text, QueryNode expected)
    {
        var result = QuerySyntax.Parse(text);

        Assert.Null(result.Error);
        Assert.Equal(expected, result.Value, NodeComparer.Instance);
    }

    private static QueryNode Phrase(string text) => new QueryNode.Phrase(text);

    private static QueryNode Word(string text) => new QueryNode.Word(text);

    private static QueryNode Prefix(string text) => new QueryNode.Prefix(text);

    private static QueryNode Not(QueryNode operand) => new QueryNode.Not(operand);

    private static QueryNode All(params QueryNode[] operands) => new QueryNode.All(operands);

    private static QueryNode Any(params QueryNode[] operands) => new QueryNode.Any(operands);

    /// <summary>Records holding lists compare lists by reference; this compares the trees.</summary>
    private sealed class NodeComparer : IEqualityComparer<QueryNode?>
    {
        public static NodeComparer Instance { get; } = new();

        public bool Equals(QueryNode? x, QueryNode? y) => (x, y) switch
        {
            (QueryNode.All a, QueryNode.All b) => a.Operands.SequenceEqual(b.Operands, this),
            (QueryNode.Any a, QueryNode.Any b) => a.Operands.SequenceEqual(b.Operands, this),
            (QueryNode.Not a, QueryNode.Not b) => Equals(a.Operand, b.Operand),
            _ => Equals((object?)x, y),
        };

        public int GetHashCode(QueryNode? node) => 0;
    }
}
