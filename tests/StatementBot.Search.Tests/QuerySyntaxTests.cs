using StatementBot.Search.Querying;

namespace StatementBot.Search.Tests;

public sealed class QuerySyntaxTests
{
    [Theory]
    [InlineData("", "Type some words to search for. Example: inflation \"gas prices\" -oil")]
    [InlineData("   ", "Type some words to search for. Example: inflation \"gas prices\" -oil")]
    [InlineData("\"mission impossible", "A quote mark is not closed. Put the exact words between two quotes: \"gas prices\".")]
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
