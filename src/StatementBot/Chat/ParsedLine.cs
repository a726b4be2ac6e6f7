using StatementBot.Commands.Routing;

namespace StatementBot.Chat;

/// <summary>A typed line read as a command request, or why it could not be.</summary>
public sealed record ParsedLine(CommandRequest? Request, string? Error)
{
    public static ParsedLine Ok(CommandRequest request) => new(request, null);

    public static ParsedLine Fail(string error) => new(null, error);
}
