using StatementBot.Commands.Catalog;

namespace StatementBot.Commands.Options;

/// <summary>Options several commands share, declared once so they read the same everywhere.</summary>
public static class CommonOptions
{
    public const string QueryHelp = "words, \"exact phrases\", AND/OR/NOT, -word, prefix*";

    public static OptionDefinition Page { get; } = new(
        "page", "Which page of results (5 per page)", OptionType.Integer, MinValue: 1, MaxValue: 1000, Example: "2");

    public static OptionDefinition Speaker(string name, string description, bool required) => new(
        name, description, OptionType.String, Required: required, Autocomplete: true, Example: "Karine Jean-Pierre");

    public static OptionDefinition About { get; } = new(
        "about", "Only statements about this (" + QueryHelp + ")", Example: "inflation", QuerySyntax: true);
}
