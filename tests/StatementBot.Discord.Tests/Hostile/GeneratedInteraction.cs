namespace StatementBot.Discord.Tests.Hostile;

/// <summary>
/// One generated interaction body, and whether it carries what an answer needs (an id, a token and a numeric type):
/// those must be answered; the rest may be refused as malformed (400), and nothing else.
/// </summary>
public sealed record GeneratedInteraction(string Json, bool Answerable)
{
    public override string ToString() => Json.Length <= 600 ? Json : Json[..600] + $"… ({Json.Length} characters)";
}
