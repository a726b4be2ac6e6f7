using StatementBot.Commands.Replies;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Loading;

namespace StatementBot.Cli;

/// <summary>The stable JSON shape of <c>extract --json</c>: each document with its statements.</summary>
public sealed record ExtractedData(
    string Path,
    string Title,
    string? Date,
    string? Source,
    string? Url,
    IReadOnlyList<ExtractedData.StatementData> Statements)
{
    public static ExtractedData From(ExtractedDocument document)
    {
        var info = document.Document.Info;
        return new ExtractedData(
            info.Path,
            info.Title,
            HitData.FormatDate(info.Date),
            info.Source,
            info.Url,
            document.Statements.Select(StatementData.From).ToArray());
    }

    /// <param name="ByOrganisation">True when the source is an organisation or an unnamed official, not a person.</param>
    public sealed record StatementData(string Speaker, string? Role, string Kind, string Text, string? Question, bool ByOrganisation)
    {
        public static StatementData From(Statement s) =>
            new(s.Speaker, s.Role, s.Kind.ToString().ToLowerInvariant(), s.Text, s.Question, s.ByOrganisation);
    }
}
