using CsCheck;

namespace StatementBot.Discord.Tests.Hostile;

/// <summary>
/// Text anyone in a channel could type into an option, or a broken client could send: query syntax Lucene would
/// read (<c>*:*</c>, <c>field:</c>, <c>~</c>, <c>^</c>, <c>/regex/</c>, leading and trailing wildcards), markup and
/// mentions, emoji, right-to-left text and direction overrides, control characters, lone surrogate halves, impossible
/// dates and numbers, random characters from the whole of UTF-16, and options of 6,000 characters — mixed with words
/// the seed corpus really has, so many of them reach Lucene and come back with hits.
/// </summary>
public static class HostileText
{
    public static readonly string[] Fragments =
    [
        "*:*", "*", "\"", "“", "«", "(", ")", "()", "((militaries", "~", "~2", "militaries~", "^", "china^10", "/regex/", "/[a-z]+/", "field:",
        "text_exact:china", "speaker:\"Wu Qian\"", "a*", "*a", "*ation", "mili*", "mi*", "m*", "?", "te?t", "\\", "AND", "OR", "NOT", "-", "+",
        "&&", "||", "!", "{", "}", "[", "]", ":", "-militaries", "NOT NOT", "AND OR", "militaries", "cooperation", "China", "US",
        "mission impossible", "\"joint efforts\"", "\"face the reality\"", "Wu Qian", "Tan Kefei", "Tan", "Qian", "@everyone", "@here",
        "<@123456789012345678>", "<@&123>", "<#123>", "<:emoji:123>", "<t:1700000000:R>", "||spoiler||", "[masked](http://x)",
        "**bold**", "__under__", "~~strike~~", "`code`", "```block```", "# heading", "-# small", "> quote", ">>> quote", "1. list",
        "😀", "🇺🇳", "👩‍👩‍👧", "👍🏽", "שלום", "مرحبا بكم", "\u202Etxet", "\u200B", "\u200F", "\uFEFF", "\u0000", "\u0007", "\u001b[31m",
        "\r\n", "\n\n", "\t", "\ud800", "\udc00", "\udbff\udfff", "\uFFFF", "\uFFFE", "0000-00-00", "9999-99-99", "9999-12", "9999",
        "0001-01-01", "2021-02-30", "2021-01", "-1", "0", "2147483648", "99999999999999999999", "1.5", "1e309", "NaN", "Infinity",
        "true", "null", " ", "",
    ];

    /// <summary>Any UTF-16 code unit, surrogate halves and control characters included.</summary>
    public static readonly Gen<string> RandomUnits = Gen.Char['\0', '\uffff'].Array[0, 40].Select(chars => new string(chars));

    public static readonly Gen<string> Mixed = Gen.OneOf(Fragments).Array[1, 8].Select(parts => string.Join(" ", parts));

    /// <summary>Around 6,000 characters: Discord's own limit for a string option.</summary>
    public static readonly Gen<string> Long = Gen.Frequency(
        (1, Gen.Int[5_900, 6_100].Select(n => string.Concat(Enumerable.Repeat("militaries cooperation ", n / 23 + 1))[..n])),
        (1, Gen.Char['\0', '\uffff'].Array[6_000].Select(chars => new string(chars))),
        (1, Gen.OneOf(Fragments).Array[600, 900].Select(parts => string.Join("", parts))));

    public static readonly Gen<string> Any = Gen.Frequency(
        (8, Mixed),
        (3, Gen.OneOf(Fragments)),
        (2, RandomUnits),
        (1, Long));
}
