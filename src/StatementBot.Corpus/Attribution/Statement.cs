using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Attribution;

/// <summary>One speaker's turn, answer, quote or reported claim, with the document it came from.</summary>
/// <param name="Speaker">The speaker's full name as the document (or corpus) gives it, e.g. "Karine Jean-Pierre".</param>
/// <param name="Role">The role the document gives the speaker, e.g. "Press Secretary"; null when none is stated.</param>
/// <param name="Question">For answers (and transcript turns that answer a reporter), the question asked.</param>
/// <param name="Position">The statement's 0-based order within its document.</param>
/// <param name="ByOrganisation">True when the speaker is an organisation, a state or an official the document leaves
/// unnamed ("the Pentagon said", "a State Department spokesperson said"): never a person.</param>
public sealed record Statement(
    string Speaker,
    string? Role,
    StatementKind Kind,
    string Text,
    string? Question,
    DocumentInfo Document,
    int Position,
    bool ByOrganisation = false);
