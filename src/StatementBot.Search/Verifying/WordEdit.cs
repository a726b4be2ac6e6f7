namespace StatementBot.Search.Verifying;

/// <summary>
/// One difference between a claim and a statement, as the claim's reader needs it: what was said, what the claim
/// says instead (a change), or one side only (dropped: said but left out; added: in the claim only).
/// </summary>
/// <param name="Said">The statement's words here, as written; null when the claim added words.</param>
/// <param name="Claimed">The claim's words here, as written; null when the claim dropped words.</param>
public sealed record WordEdit(WordEditKind Kind, string? Said, string? Claimed);
