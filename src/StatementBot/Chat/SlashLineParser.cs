using System.Text;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Routing;

namespace StatementBot.Chat;

/// <summary>
/// Reads a slash command typed as in Discord: <c>/quote query:"mission impossible" speaker:"Wu Qian"</c>.
/// Values may be quoted ("…" or '…', with \" inside) or bare; a bare value runs until the next known option name,
/// so <c>/quote query:mission impossible speaker:Wu Qian</c> works too. Text before any option fills the command's
/// first required option (<c>/quote mission impossible</c>).
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

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rest = text[nameEnd..];
        var position = 0;
        var loose = new StringBuilder();
        while (position < rest.Length)
        {
            position = SkipWhitespace(rest, position);
            if (position >= rest.Length)
            {
                break;
            }

            if (OptionAt(command, rest, position) is { } option)
            {
                position += option.Length + 1;
                var (value, next, error) = ReadValue(command, rest, position);
                if (error is not null)
                {
                    return ParsedLine.Fail(error);
                }

                options[option] = value;
                position = next;
            }
            else
            {
                var (value, next, error) = ReadValue(command, rest, position);
                if (error is not null)
                {
                    return ParsedLine.Fail(error);
                }

                loose.Append(loose.Length > 0 ? " " : "").Append(value);
                position = next;
            }
        }

        if (loose.Length > 0)
        {
            var target = command.Options.FirstOrDefault(o => o.Required && !options.ContainsKey(o.Name));
            if (target is null)
            {
                return ParsedLine.Fail($"Not sure what \"{loose}\" is for: write it as name:value. {command.Name} takes {string.Join(", ", command.Options.Select(o => o.Name + ":"))}.");
            }

            options[target.Name] = loose.ToString();
        }

        return ParsedLine.Ok(new CommandRequest(command.Name, options));
    }

    private static string? OptionAt(CommandDefinition command, string text, int position)
    {
        var colon = text.IndexOf(':', position);
        if (colon <= position)
        {
            return null;
        }

        var candidate = text[position..colon];
        if (candidate.Any(char.IsWhiteSpace))
        {
            return null;
        }

        return command.Option(candidate)?.Name;
    }

    private static (string Value, int Next, string? Error) ReadValue(CommandDefinition command, string text, int position)
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
