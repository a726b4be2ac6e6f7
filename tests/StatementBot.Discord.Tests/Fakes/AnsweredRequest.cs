namespace StatementBot.Discord.Tests.Fakes;

/// <summary>A REST request and what the fake Discord answered: the status and, for errors, Discord's JSON error code.</summary>
public sealed record AnsweredRequest(RecordedRequest Request, int Status, int? Code)
{
    public bool Succeeded => Status is >= 200 and < 300;
}
