using StatementBot.Corpus.Attribution;

namespace StatementBot.Search.Exporting;

/// <summary>One exported statement with what is needed to cite it: the whole text, and the question for an answer.</summary>
public sealed record ExportRow(
    string Id,
    string Speaker,
    string? Role,
    StatementKind Kind,
    DateOnly? Date,
    string Text,
    string? Question,
    string Title,
    string? Source,
    string? Url,
    bool ByOrganisation);

/// <summary>The exported statements (at most the number asked for) and how many matched in all.</summary>
public sealed record ExportResult(int Total, IReadOnlyList<ExportRow> Rows)
{
    public bool Capped => Rows.Count < Total;
}
