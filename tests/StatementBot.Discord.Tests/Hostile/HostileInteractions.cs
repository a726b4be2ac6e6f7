using System.Collections.Immutable;
using System.Globalization;
using CsCheck;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Options;
using StatementBot.Commands.Routing;

namespace StatementBot.Discord.Tests.Hostile;

/// <summary>
/// Interactions as Discord sends them and as it never would: every command of the catalog and names it does not have,
/// the catalog's option names and others, option types that do not match (a number for a query, a string for a page,
/// an unknown type, a subcommand wrapper), values of every JSON kind, missing and extra options, focused options for
/// autocomplete, buttons with the bot's own custom ids, damaged ones and garbage, unknown interaction types, with or
/// without a user — each with <see cref="HostileText"/> wherever text goes.
/// </summary>
public static class HostileInteractions
{
    private static readonly string[] CommandNames = [.. CommandSet.Catalog.All.Select(c => c.Name), "quot", "QUOTE", "/quote", "speaker ", "ping", "boom"];

    private static readonly string[] OptionNames =
        [.. CommandSet.Catalog.All.SelectMany(c => c.AllOptions).Select(o => o.Name).Distinct(), "colour", "QUERY", "page ", "limit"];

    /// <summary>A member left out.</summary>
    private static readonly Gen<string?> Absent = Gen.Const((string?)null);

    private static readonly string[] OddValues =
        ["1e400", "-0", "1.5", "123456789012345678901234567890", "true", "false", "null", "{}", "[]", "[1,\"a\"]", "{\"value\":\"china\"}"];

    private static readonly Gen<string> Text = HostileText.Any;

    private static readonly Gen<string> Value = Gen.Frequency(
        (8, Text.Select(RawJson.String)),
        (2, Gen.Int.Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Int[-3, 300].Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.OneOf(OddValues)));

    private static readonly Gen<string?> OptionTypes = Gen.Frequency(
        (12, Gen.Const<string?>("3")),
        (3, Gen.OneOf<string?>("4", "5", "10")),
        (1, Gen.Int[-3, 15].Select(n => (string?)n.ToString(CultureInfo.InvariantCulture))),
        (1, Absent));

    private static readonly Gen<string> Leaf =
        from name in Gen.Frequency((10, Gen.OneOf(OptionNames).Select(n => (string?)RawJson.String(n))), (2, Text.Select(t => (string?)RawJson.String(t))), (1, Absent))
        from type in OptionTypes
        from value in Gen.Frequency((12, Value.Select(v => (string?)v)), (1, Absent))
        from focused in Gen.Frequency((6, Absent), (2, Gen.Const<string?>("true")), (1, Gen.Const<string?>("false")))
        select RawJson.Object(("name", name), ("type", type), ("value", value), ("focused", focused));

    /// <summary>Options as given, or wrapped in a subcommand (type 1) the catalog does not have.</summary>
    private static readonly Gen<string> Options = Gen.Frequency(
        (6, Leaf.Array[0, 7].Select(RawJson.Array)),
        (1, Leaf.Array[0, 4].Select(leaves => RawJson.Array([RawJson.Object(("name", "\"sub\""), ("type", "1"), ("options", RawJson.Array(leaves)))]))));

    /// <summary>What a user types into a field of the right name: the seed corpus's words with query syntax around them, or anything at all.</summary>
    private static readonly Gen<string> Typed = Gen.Frequency(
        (3, Gen.Select(
            Gen.OneOf("militaries", "cooperation", "China", "mission impossible", "Wu Qian", "Tan Kefei", "Tan", "Qian", "2021", "2020-09", "relevance", "newest", "said", "both", "1", "2"),
            HostileText.Mixed,
            (word, noise) => word + " " + noise)),
        (5, Gen.OneOf("militaries", "cooperation", "China", "\"joint efforts\"", "Wu Qian", "Tan Kefei", "2021-01-28", "newest", "asked", "1")),
        (2, Text));

    /// <summary>
    /// The options <paramref name="command"/> declares, each present or not, with values typed into them; for a command
    /// with subcommands, one of them (type 1) holding its own options so.
    /// </summary>
    private static Gen<string> Declared(CommandDefinition command) => command.Subcommands.Count == 0
        ? Declared(command.Options)
        : Gen.OneOf(command.Subcommands.ToArray()).SelectMany(sub => Declared(sub.Options).Select(options =>
            RawJson.Array([RawJson.Object(("name", RawJson.String(sub.Name)), ("type", "1"), ("options", options))])));

    private static Gen<string> Declared(IReadOnlyList<OptionDefinition> declared) =>
        declared.Aggregate(
            Gen.Const(ImmutableList<string>.Empty),
            (list, option) => list.Select(Declared(option), (options, json) => json is null ? options : options.Add(json)))
            .Select(options => RawJson.Array(options));

    /// <summary>One declared option as JSON (null when left out): a choice, a number or a name where the catalog expects one, or anything typed.</summary>
    private static Gen<string?> Declared(OptionDefinition option)
    {
        var value = option switch
        {
            { Choices.Count: > 0 } => Gen.Frequency((4, Gen.OneOf(option.Choices.Select(c => c.Value).ToArray()).Select(RawJson.String)), (1, Typed.Select(RawJson.String))),
            { Type: OptionType.Integer } => Gen.Frequency(
                (4, Gen.Int[1, 5].Select(n => n.ToString(CultureInfo.InvariantCulture))),
                (1, Gen.Int[-3, 300].Select(n => n.ToString(CultureInfo.InvariantCulture))),
                (1, Typed.Select(RawJson.String))),
            { Completes: Completion.Source } => Gen.Frequency((4, Gen.OneOf("China Military Online", "china military online").Select(RawJson.String)), (1, Typed.Select(RawJson.String))),
            { Completes: Completion.Role } => Gen.Frequency((4, Gen.OneOf("spokesperson of PRC Ministry of Defense", "spokesperson").Select(RawJson.String)), (1, Typed.Select(RawJson.String))),
            { Autocomplete: true } => Gen.Frequency((4, Gen.OneOf("Wu Qian", "Tan Kefei", "Tan", "qian").Select(RawJson.String)), (1, Typed.Select(RawJson.String))),
            _ => Typed.Select(RawJson.String),
        };
        var type = option.Type == OptionType.Integer ? "4" : "3";
        // Narrowing filters are used now and then, as people do; with each present half the time most searches would be empty.
        var narrowing = FilterOptions.Definitions.Contains(option);
        var present = Gen.Int[0, 9].Select(roll => option.Required ? roll < 9 : roll < (narrowing ? 1 : 5));
        return present.SelectMany(isPresent => isPresent
            ? value.Select(json => (string?)RawJson.Object(
                ("name", RawJson.String(option.Name)), ("type", type), ("value", json), ("focused", option.Autocomplete && json.Length % 3 == 0 ? "true" : null)))
            : Absent);
    }

    private static readonly Gen<string> CommandData =
        from command in Gen.Frequency((3, Gen.OneOf(CommandSet.Catalog.All.Where(c => c.Heavy).ToArray())), (1, Gen.OneOf(CommandSet.Catalog.All.Where(c => !c.Heavy).ToArray())))
        from name in Gen.Frequency((12, Gen.Const(command.Name)), (1, Gen.OneOf(CommandNames)), (1, Text))
        from options in Gen.Frequency((10, Declared(command).Select(o => (string?)o)), (4, Options.Select(o => (string?)o)), (1, Absent))
        select RawJson.Object(("id", "\"700000000000000001\""), ("name", RawJson.String(name)), ("type", "1"), ("options", options));

    private static readonly Gen<string> CustomId = Gen.Frequency(
        (4, Gen.Select(Gen.OneOf('<', '>'), Gen.Int[-5, 300_000], Gen.OneOf(CommandNames), Gen.OneOf(OptionNames), Text,
            (dir, page, command, option, value) => $"pg:{dir}:{page}:{Uri.EscapeDataString(command)}:{Uri.EscapeDataString(option)}={Uri.EscapeDataString(value)}")),
        (1, Text.Select(t => "cx:context:id=" + Uri.EscapeDataString(t))),
        (1, Gen.OneOf("pk:>:2:0123456789abcdef", "ck:ffffffff", "pg:>:x:quote:", "pg::::", "pg:>:1:%ZZ:%%=%", "cx:", "pg:>:2:quote:query=a&query=b")),
        (2, Text));

    private static readonly Gen<string> ComponentData =
        from customId in CustomId
        from type in Gen.OneOf("2", "3", "99")
        select RawJson.Object(("custom_id", RawJson.String(customId)), ("component_type", type), ("values", "[]"));

    private static readonly Gen<string?> Invoker = Gen.Frequency(
        (8, Gen.Select(Gen.Long[1, long.MaxValue], Gen.OneOf("0", "16", "16", "8", "2147483647", "x"),
            (id, permissions) => (string?)$"\"member\":{{\"user\":{{\"id\":\"{id}\",\"username\":\"x\"}},\"permissions\":\"{permissions}\"}}")),
        (2, Gen.Long[1, long.MaxValue].Select(id => (string?)$"\"user\":{{\"id\":\"{id}\"}}")),
        (1, Text.Select(t => (string?)$"\"user\":{{\"id\":{RawJson.String(t)}}}")),
        (1, Absent));

    /// <summary>A whole interaction body; <see cref="GeneratedInteraction.Answerable"/> when it has an id, a token and a numeric type.</summary>
    public static readonly Gen<GeneratedInteraction> Any =
        from type in Gen.Frequency((12, Gen.Const(2)), (3, Gen.Const(4)), (3, Gen.Const(3)), (1, Gen.OneOf(1, 5, 6, 99, 0, -7)))
        from data in Gen.Frequency((30, type == 3 ? ComponentData : CommandData), (1, Gen.OneOf("5", "\"data\"", "null", "[]", "{}")))
        from id in Gen.Frequency((40, Gen.Long[1, long.MaxValue].Select(n => n.ToString(CultureInfo.InvariantCulture))), (1, Gen.OneOf("", "x")))
        from token in Gen.Frequency((40, Gen.Const("aW50ZXJhY3Rpb246dG9rZW4")), (1, Gen.Const("")))
        from invoker in Invoker
        from typeAsText in Gen.Frequency((60, Gen.Const(false)), (1, Gen.Const(true)))
        select Build(type, data, id, token, invoker, typeAsText);

    private static GeneratedInteraction Build(int type, string data, string id, string token, string? invoker, bool typeAsText)
    {
        var typeJson = typeAsText ? RawJson.String(type.ToString(CultureInfo.InvariantCulture)) : type.ToString(CultureInfo.InvariantCulture);
        var json = "{" + string.Join(",", new[]
        {
            $"\"id\":{RawJson.String(id)}",
            $"\"application_id\":\"223344556677889900\"",
            $"\"type\":{typeJson}",
            $"\"token\":{RawJson.String(token)}",
            "\"version\":1",
            $"\"data\":{data}",
            "\"guild_id\":\"112233445566778899\"",
            "\"channel_id\":\"998877665544332211\"",
            invoker,
        }.Where(part => part is not null)) + "}";
        var answerable = id.Length > 0 && token.Length > 0 && type > 0 && !typeAsText && data is not ("5" or "\"data\"" or "[]");
        return new GeneratedInteraction(json, answerable);
    }
}
