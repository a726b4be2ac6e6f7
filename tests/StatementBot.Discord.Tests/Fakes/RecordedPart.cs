namespace StatementBot.Discord.Tests.Fakes;

/// <summary>One part of a multipart/form-data request the fake Discord received, its bytes exactly as they arrived.</summary>
/// <param name="Name">The part's <c>name</c> (<c>payload_json</c>, <c>files[0]</c>…).</param>
/// <param name="FileName">The part's <c>filename</c>, null when it has none.</param>
public sealed record RecordedPart(string Name, string? FileName, string? ContentType, string ContentDisposition, byte[] Content);
