using StatementBot.Benchmarks.Fts5;
using StatementBot.Search.Querying;

namespace StatementBot.Benchmarks.Tests.Fts5;

public sealed class Fts5ExpressionTests
{
    [Theory]
    [InlineData("inflation", "{text question} : \"inflation\"")]
    [InlineData("the inflation", "{text question} : \"inflation\"")]
    [InlineData("\"mission impossible\"", "text : \"mission impossible\"")]
    [InlineData("Jean-Pierre", "{text question} : \"jean pierre\"")]
    [InlineData("immigr*", "text : \"immigr\"*")]
    [InlineData("huawei OR zte", "(({text question} : \"huawei\") OR ({text question} : \"zte\"))")]
    [InlineData("tariffs -steel", "({text question} : \"tariffs\") NOT ({text question} : \"steel\")")]
    [InlineData("\"supply chain\" inflation", "((text : \"supply chain\") AND ({text question} : \"inflation\"))")]
    public void From_QuerySyntax_WritesTheSameQueryForFts5(string typed, string expected)
    {
        Assert.Equal(expected, Fts5Expression.From(QuerySyntax.Parse(typed).Value!));
    }

    [Fact]
    public void From_OnlyStopWords_HasNothingToSearch()
    {
        Assert.Null(Fts5Expression.From(QuerySyntax.Parse("the and of").Value!));
    }
}
