using StatementBot.Chat;
using StatementBot.Commands.Routing;

namespace StatementBot.Tests.Chat;

/// <summary>A typed line for a command with subcommands: the word after the command names one, its options follow.</summary>
public sealed class SubcommandLineTests
{
    private readonly SlashLineParser _parser = new(CommandSet.Catalog);

    [Fact]
    public void Parse_Subcommand_ReadsItsOwnOptions()
    {
        var parsed = _parser.Parse("/watch add query:\"gas prices\" OR inflation speaker:Jen Psaki kind:answer");

        Assert.Null(parsed.Error);
        Assert.Equal(("watch", "add"), (parsed.Request!.Command, parsed.Request.Subcommand));
        Assert.Equal("\"gas prices\" OR inflation", parsed.Request.Get("query"));
        Assert.Equal("Jen Psaki", parsed.Request.Get("speaker"));
        Assert.Equal("answer", parsed.Request.Get("kind"));
    }

    [Fact]
    public void Parse_LooseTextAfterTheSubcommand_FillsItsRequiredOption()
    {
        var parsed = _parser.Parse("/watch remove 3");

        Assert.Null(parsed.Error);
        Assert.Equal(("remove", "3"), (parsed.Request!.Subcommand, parsed.Request.Get("id")));
    }

    [Theory]
    [InlineData("/watch", "/watch needs one of: add, list, remove.")]
    [InlineData("/watch query:inflation", "/watch has no \"query:inflation\". Try one of: add, list, remove.")]
    [InlineData("/watch list query:inflation", "Not sure what \"query:inflation\" is for")]
    public void Parse_MissingOrUnknownSubcommand_SaysWhichThereAre(string line, string expected)
    {
        var parsed = _parser.Parse(line);

        Assert.NotNull(parsed.Error);
        Assert.StartsWith(expected, parsed.Error, StringComparison.Ordinal);
    }
}
