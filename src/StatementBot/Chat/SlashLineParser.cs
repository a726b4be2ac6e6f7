using System.Text;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;

namespace StatementBot.Chat;

/// <summary>
/// Reads a slash command typed as in Discord: <c>/quote query:"mission impossible" speaker:"Wu Qian"</c>.
/// <list type="bullet">
/// <item>A query option (<see cref="OptionDefinition.QuerySyntax"/>: <c>query</c>, <c>about</c>) takes the text up to
/// the next option name as typed, quotes included, as Discord does: <c>query:"mission impossible"</c> is the phrase and
/// <c>query:"student loan" OR "student debt"</c> either phrase. A value wrapped in single quotes
/// (<c>query:'"mission impossible" China'</c>) is read without them.</item>
/// <item>Any other option's value may be quoted ("…" or '…', with \" inside) or bare; a bare value runs until the next
/// option name, so <c>speaker:Wu Qian</c> and <c>speaker:"Wu Qian"</c> are the same.</item>
/// <item>A command with subcommands takes the subcommand's name first: <c>/watch add query:inflation</c>.</item>
/// <item>Text before any option fills the command's first required option (<c>/quote mission impossible</c>), or, for
/// a command with none, its first option (<c>/help quote</c>).</item>
/// </list>
/// </summary>
public sealed class SlashLineParser(CommandCatalog catalog)
{
    public ParsedLine Parse(string line)
    {
        var text = line.Trim();
        if (!text.StartsWith('/'))
        {
            return ParsedLine.Fail("Commands start with /, e.g. /quote query:\"mission impossible\". Type /help for all commands.");
        }

        var nameEnd = IndexOfWhitespace(text, 1);
        var name = text[1..nameEnd];
        if (catalog.Find(name) is not { } command)
        {
            var known = string.Join(", ", catalog.Public.Select(c => "/" + c.Name));
            return ParsedLine.Fail($"There is no /{name} command. Try {known}.");
        }

        var rest = text[nameEnd..];
        var scope = new Scope(command.Name, command.Options);
        string? subcommand = null;
        if (command.Subcommands.Count > 0)
        {
            // "/watch add query:inflation": the word after the command names the subcommand whose options follow.
            var start = SkipWhitespace(rest, 0);
            var end = IndexOfWhitespace(rest, start);
            var names = string.Join(", ", command.Subcommands.Select(s => s.Name));
            if (start >= rest.Length || command.Subcommand(rest[start..end]) is not { } found)
            {
                return ParsedLine.Fail(start >= rest.Length
                    ? $"/{command.Name} needs one of: {names}. Example: {command.Example}"
                    : $"/{command.Name} has no \"{rest[start..end]}\". Try one of: {names}.");
            }

            subcommand = found.Name;
            scope = new Scope(command.Name + " " + found.Name, found.Options);
            rest = rest[end..];
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        var loose = new List<string>();
        while (position < rest.Length)
        {
            position = SkipWhitespace(rest, position);
            if (position >= rest.Length)
            {
                break;
            }

            if (OptionAt(scope, rest, position) is { } option)
            {
                position += option.Name.Length + 1;
                var (value, next, error) = option.QuerySyntax && !StartsWith(rest, position, '\'')
                    ? ReadQuery(scope, rest, position)
                    : ReadValue(scope, rest, position);
                if (error is not null)
                {
                    return ParsedLine.Fail(error);
                }

                options[option.Name] = value;
                position = next;
            }
            else
            {
                // Kept as typed until we know which option it fills: a query keeps its quotes, a name loses them.
                var (value, next, error) = StartsWith(rest, position, '\'') ? ReadValue(scope, rest, position) : ReadQuery(scope, rest, position);
                if (error is not null)
                {
                    return ParsedLine.Fail(error);
                }

                loose.Add(value);
                position = next;
            }
        }

        if (loose.Count > 0)
        {
            var target = scope.Options.FirstOrDefault(o => o.Required && !options.ContainsKey(o.Name))
                ?? (scope.Options.Any(o => o.Required) ? null : scope.Options.FirstOrDefault(o => !options.ContainsKey(o.Name)));
            if (target is null)
            {
                return ParsedLine.Fail($"Not sure what \"{string.Join(" ", loose)}\" is for: write it as name:value. {scope.Name} takes {string.Join(", ", scope.Options.Select(o => o.Name + ":"))}.");
            }

            options[target.Name] = target.QuerySyntax ? string.Join(" ", loose) : string.Join(" ", loose.Select(Unquote));
        }

        return ParsedLine.Ok(new CommandRequest(command.Name, options) { Subcommand = subcommand });
    }

    /// <summary>What the options on a line belong to: the command, or the subcommand it names.</summary>
    private sealed record Scope(string Name, IReadOnlyList<OptionDefinition> Options)
    {
        public OptionDefinition? Option(string name) =>
            Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    private static OptionDefinition? OptionAt(Scope command, string text, int position)
    {
        var colon = text.IndexOf(':', position);
        if (colon <= position)
        {
            return null;
        }

        var candidate = text[position..colon];
        return candidate.Any(char.IsWhiteSpace) ? null : command.Option(candidate);
    }

    /// <summary>A query as typed, up to whitespace before the next option name outside quotes.</summary>
    private static (string Value, int Next, string? Error) ReadQuery(Scope command, string text, int position)
    {
        var inQuote = false;
        var end = position;
        while (end < text.Length)
        {
            if (QuerySyntax.IsQuote(text[end]))
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && char.IsWhiteSpace(text[end]))
            {
                var next = SkipWhitespace(text, end);
                if (next >= text.Length || OptionAt(command, text, next) is not null)
                {
                    break;
                }
            }

            end++;
        }

        // An unclosed quote is left for the query syntax to explain, in the same words as in Discord.
        return (text[position..end].Trim(), end, null);
    }

    private static (string Value, int Next, string? Error) ReadValue(Scope command, string text, int position)
    {
        if (position < text.Length && text[position] is '"' or '\'')
        {
            var quote = text[position];
            var value = new StringBuilder();
            for (var i = position + 1; i < text.Length; i++)
            {
                if (text[i] == '\\' && i + 1 < text.Length && (text[i + 1] == quote || text[i + 1] == '\\'))
                {
                    value.Append(text[++i]);
                }
                else if (text[i] == quote)
                {
                    return (value.ToString(), i + 1, null);
                }
                else
                {
                    value.Append(text[i]);
                }
            }

            return ("", text.Length, $"A value starting with {quote} has no closing {quote}.");
        }

        // A bare value runs until whitespace followed by another option of this command.
        var end = position;
        while (end < text.Length)
        {
            if (char.IsWhiteSpace(text[end]))
            {
                var next = SkipWhitespace(text, end);
                if (next >= text.Length || OptionAt(command, text, next) is not null)
                {
                    break;
                }
            }

            end++;
        }

        return (text[position..end].Trim(), end, null);
    }

    /// <summary>"Tan Kefei" or 'Tan Kefei' typed before any option name, for an option that is not a query.</summary>
    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] ? value[1..^1].Trim() : value;

    private static bool StartsWith(string text, int position, char c) => position < text.Length && text[position] == c;

    private static int SkipWhitespace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static int IndexOfWhitespace(string text, int start)
    {
        var i = start;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
