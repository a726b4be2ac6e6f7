using StatementBot.Corpus.Attribution;

namespace StatementBot.Commands.Replies;

/// <summary>How each kind of statement is named to a reader, the same in every front end.</summary>
public static class StatementKindText
{
    public static string Label(this StatementKind kind) => kind switch
    {
        StatementKind.Turn => "transcript",
        StatementKind.Answer => "answer to a question",
        StatementKind.Direct => "direct quote",
        StatementKind.Reported => "reported speech",
        _ => "",
    };
}
