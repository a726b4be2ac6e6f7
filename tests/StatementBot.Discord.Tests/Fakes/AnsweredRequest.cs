namespace StatementBot.Discord.Tests.Fakes;

/// <summary>A REST request and what the fake Discord answered: the status and, for errors, Discord's JSON error code.</summary>
/// <param name="Accepted">Discord did the work — also when the response was then lost (<see cref="FakeResponse.ProcessFirst"/>).</param>
public sealed record AnsweredRequest(RecordedRequest Request, int Status, int? Code, bool Accepted)
{
    public bool Succeeded => Status is >= 200 and < 300;
}
