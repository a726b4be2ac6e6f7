namespace StatementBot.Commands.Catalog;

/// <summary>One option of a command, declared once for Discord registration, the console parser and help.</summary>
/// <param name="Name">Lowercase, 1–32 characters, as Discord requires.</param>
/// <param name="Autocomplete">Values are suggested as the user types: what <paramref name="Completes"/> says.</param>
/// <param name="Example">An example value for help texts.</param>
/// <param name="QuerySyntax">
/// The value is a search query (words, "exact phrases", OR…): its quotes belong to the query. In Discord the value is
/// a field of its own, so this changes nothing there; a typed line (chat, batch) keeps the quotes instead of reading
/// them as the value's delimiters, so <c>query:"mission impossible"</c> is the phrase there too.
/// </param>
public sealed record OptionDefinition(
    string Name,
    string Description,
    OptionType Type = OptionType.String,
    bool Required = false,
    bool Autocomplete = false,
    IReadOnlyList<OptionChoice>? Choices = null,
    int? MinValue = null,
    int? MaxValue = null,
    string? Example = null,
    bool QuerySyntax = false,
    Completion Completes = Completion.Speaker);

/// <summary>What an autocompleted option suggests.</summary>
public enum Completion
{
    /// <summary>Speaker names from the registry.</summary>
    Speaker,

    /// <summary>Corpus folders and publishers.</summary>
    Source,

    /// <summary>The roles statements were made in.</summary>
    Role,
}
