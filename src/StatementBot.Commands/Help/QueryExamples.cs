namespace StatementBot.Commands.Help;

/// <summary>
/// The query syntax as /help shows it. Every example finds something in the default corpus (the two seed
/// documents) and does exactly what its line says; the tests run each one.
/// </summary>
public static class QueryExamples
{
    public static IReadOnlyList<QueryExample> All { get; } =
    [
        new("contain militaries", "statements with both words, in any form (contain also finds containing)"),
        new("\"joint efforts\"", "the exact phrase"),
        new("peacekeeping OR humanitarian", "either word"),
        new("\"joint efforts\" OR \"face the reality\"", "either phrase"),
        new("cooperation AND militaries", "both"),
        new("cooperation NOT trump", "the first without the second"),
        new("cooperation -trump", "the same: cooperation without trump"),
        new("(unilateralism OR protectionism) AND \"power politics\"", "parentheses group: either word, and the phrase"),
        new("militar*", "words starting with militar"),
    ];

    /// <summary>The examples as help lines: <c>typed — finds</c>.</summary>
    public static string Text => string.Join("\n", All.Select(e => $"{e.Typed} — {e.Finds}"));
}
