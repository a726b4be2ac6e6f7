using StatementBot.Corpus.Attribution;
using StatementBot.Search.Building;
using StatementBot.Search.Schema;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests;

/// <summary>The index id of a sample statement, in an index built with the default corpus as its root.</summary>
internal static class Ids
{
    public static string Of(Statement statement) =>
        StatementId.For(CorpusFolder.Key(statement.Document.Path, [SharedData.DefaultCorpus]), statement.Position);

    public static string[] List(params Statement[] statements) => statements.Select(Of).ToArray();
}
