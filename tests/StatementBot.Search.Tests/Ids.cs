using StatementBot.Corpus.Attribution;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Tests;

/// <summary>The index id of a sample statement.</summary>
internal static class Ids
{
    public static string Of(Statement statement) => StatementId.For(statement.Document.Path, statement.Position);

    public static string[] List(params Statement[] statements) => statements.Select(Of).ToArray();
}
