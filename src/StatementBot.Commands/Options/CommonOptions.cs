using StatementBot.Commands.Catalog;
using StatementBot.Search.Querying;

namespace StatementBot.Commands.Options;

/// <summary>Options several commands share, declared once so they read the same everywhere.</summary>
public static class CommonOptions
{
    public const string QueryHelp = "words, \"exact phrases\", AND/OR/NOT, -word, prefix*";

    /// <summary>Results come 5 to a page, as deep as a search ranks (<see cref="SearchLimits.DefaultMaxDepth"/>).</summary>
    public static OptionDefinition Page { get; } = new(
        OptionNames.Page, "Which page of results (5 per page)", OptionType.Integer, MinValue: 1, MaxValue: SearchLimits.DefaultMaxDepth / ResultsPerPage, Example: "2");

    public const int ResultsPerPage = 5;

    public static OptionDefinition Speaker(string name, string description, bool required) => new(
        name, description, OptionType.String, Required: required, Autocomplete: true, Example: "Karine Jean-Pierre");

    public static OptionDefinition About { get; } = new(
        OptionNames.About, "Only statements about this (" + QueryHelp + ")", Example: "inflation", QuerySyntax: true);
}
