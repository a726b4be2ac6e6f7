using StatementBot.Commands.Catalog;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;

namespace StatementBot.Commands.Options;

/// <summary>
/// The <c>in</c> option: whether the words must be in what the speaker said (the default), in the question they
/// answered, or in either — and how a reply names the reading it used.
/// </summary>
public static class ScopeOption
{
    public const string Name = "in";

    public static OptionDefinition Definition { get; } = new(
        Name,
        "Where the words must be: said (the speaker's own words; default), asked (the question), or both",
        Choices: [new("said", "said"), new("asked", "asked"), new("both", "both")],
        Example: "asked");

    /// <summary>The scope the request asks for; <see cref="TextScope.Said"/> when it names none (the router has checked the choice).</summary>
    public static TextScope Read(CommandRequest request) =>
        Enum.TryParse<TextScope>(request.Get(Name), ignoreCase: true, out var scope) ? scope : TextScope.Said;

    /// <summary>"in what the speaker said": the reading a reply used, said in its summary or heading.</summary>
    public static string Describe(TextScope scope) => scope switch
    {
        TextScope.Asked => "in the questions the speaker answered",
        TextScope.Both => "in what the speaker said or was asked",
        _ => "in what the speaker said",
    };

    /// <summary>The value JSON carries: said, asked or both.</summary>
    public static string Value(TextScope scope) => scope.ToString().ToLowerInvariant();
}
