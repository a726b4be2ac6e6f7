using StatementBot.Commands.Catalog;
using StatementBot.Commands.Routing;
using StatementBot.Corpus.Attribution;
using StatementBot.Search.Querying;

namespace StatementBot.Commands.Options;

/// <summary>
/// The <c>kind</c>, <c>source</c> and <c>role</c> options /quote, /who, /trend and /compare share: declared once,
/// read once, and described the same way in every reply that used them.
/// </summary>
public static class FilterOptions
{
    public const string Kind = "kind";
    public const string Source = "source";
    public const string Role = "role";

    /// <summary>The kind choices as users say them, each with the attribution it means and how a reply names it.</summary>
    private static readonly (string Value, StatementKind Kind, string Plural)[] Kinds =
    [
        ("quote", StatementKind.Direct, "direct quotes"),
        ("reported", StatementKind.Reported, "reported speech"),
        ("answer", StatementKind.Answer, "answers to questions"),
        ("remark", StatementKind.Turn, "remarks in transcripts"),
    ];

    public static OptionDefinition KindDefinition { get; } = new(
        Kind,
        "Only this kind: quote (direct, in articles), reported (speech), answer (to a question), remark (a transcript turn)",
        Choices: Kinds.Select(k => new OptionChoice(k.Value, k.Value)).ToArray(),
        Example: "quote");

    public static OptionDefinition SourceDefinition { get; } = new(
        Source,
        "Only from this corpus folder or publisher (e.g. wikinews, The White House)",
        Autocomplete: true,
        Example: "wikinews",
        Completes: Completion.Source);

    public static OptionDefinition RoleDefinition { get; } = new(
        Role,
        "Only statements made in this role, by every holder of it (e.g. Foreign Ministry Spokesperson)",
        Autocomplete: true,
        Example: "Foreign Ministry Spokesperson",
        Completes: Completion.Role);

    /// <summary>The three options, in the order commands list them.</summary>
    public static IReadOnlyList<OptionDefinition> Definitions { get; } = [KindDefinition, SourceDefinition, RoleDefinition];

    /// <summary>The filters a request asks for (the router has checked the kind is one of the choices).</summary>
    public static StatementFilters Read(CommandRequest request)
    {
        StatementKind? kind = null;
        foreach (var choice in Kinds)
        {
            if (string.Equals(choice.Value, request.Get(Kind), StringComparison.OrdinalIgnoreCase))
            {
                kind = choice.Kind;
            }
        }
        return new StatementFilters(kind, request.Get(Source), request.Get(Role));
    }

    /// <summary>"direct quotes from wikinews as Foreign Ministry Spokesperson" — empty when no filter was used.</summary>
    public static string Describe(AppliedFilters applied)
    {
        var parts = new List<string>();
        if (applied.Kind is { } kind)
        {
            parts.Add("only " + Kinds.First(k => k.Kind == kind).Plural);
        }

        if (applied.Sources.Count > 0)
        {
            parts.Add("from " + string.Join(" or ", applied.Sources));
        }

        if (applied.Roles.Count > 0)
        {
            parts.Add("as " + string.Join(" or ", applied.Roles));
        }

        return string.Join(", ", parts);
    }

    /// <summary>The kind's value as JSON carries it (quote, reported, answer, remark); null when none.</summary>
    public static string? KindValue(StatementKind? kind) => kind is { } k ? Kinds.First(x => x.Kind == k).Value : null;
}

/// <summary>The JSON shape of the filters a reply used: <c>{kind, sources, roles}</c> (kind null and lists empty when none).</summary>
public sealed record FilterData(string? Kind, IReadOnlyList<string> Sources, IReadOnlyList<string> Roles)
{
    public static FilterData From(AppliedFilters applied) => new(FilterOptions.KindValue(applied.Kind), applied.Sources, applied.Roles);
}
