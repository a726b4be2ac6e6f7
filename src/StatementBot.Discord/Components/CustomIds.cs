using System.Globalization;
using System.Text;
using StatementBot.Commands.Routing;

namespace StatementBot.Discord.Components;

/// <summary>
/// Encodes what a button does into its custom id (at most 100 characters) and decodes it when pressed. The
/// request travels inside the id when it fits, so paging works on any instance and after restarts; longer requests
/// go to the <see cref="PagingStateStore"/> and the id carries only the key.
/// <list type="bullet">
/// <item><c>pg:{dir}:{page}:{command}:{options}</c> — a page of a command (options URL-encoded, <c>page</c> left out)</item>
/// <item><c>pk:{dir}:{page}:{key}</c> — the same with the request in the store</item>
/// <item><c>cx:{command}:{options}</c> / <c>ck:{key}</c> — the "More context" command for one statement</item>
/// <item><c>ex:{command}:{options}</c> / <c>ek:{key}</c> — "Export": the statements behind a result (<c>page</c> left out)</item>
/// </list>
/// </summary>
public sealed class CustomIds(PagingStateStore store)
{
    /// <summary>The command the "More context" button runs (/context, also typed), and its option naming the statement.</summary>
    public const string ContextCommand = StatementBot.Commands.Context.ContextCommand.Name;
    public const string ContextOption = StatementBot.Commands.Options.OptionNames.Id;

    private const string PageOption = StatementBot.Commands.Options.OptionNames.Page;

    /// <param name="direction">'&lt;' for Prev, '&gt;' for Next: keeps the two ids distinct.</param>
    public string Page(CommandRequest request, int page, char direction)
    {
        var pageText = page.ToString(CultureInfo.InvariantCulture);
        var inline = $"pg:{direction}:{pageText}:{Encode(request.Command)}:{EncodeOptions(request, PageOption)}";
        return inline.Length <= DiscordLimits.CustomId
            ? inline
            : $"pk:{direction}:{pageText}:{store.Save(Without(request, PageOption))}";
    }

    public string Context(string statementId)
    {
        var request = new CommandRequest(ContextCommand, (ContextOption, statementId));
        var inline = $"cx:{Encode(request.Command)}:{EncodeOptions(request, null)}";
        return inline.Length <= DiscordLimits.CustomId ? inline : "ck:" + store.Save(request);
    }

    public string Export(CommandRequest request)
    {
        var inline = $"ex:{Encode(request.Command)}:{EncodeOptions(request, PageOption)}";
        return inline.Length <= DiscordLimits.CustomId ? inline : "ek:" + store.Save(Without(request, PageOption));
    }

    public ComponentAction Decode(string? customId)
    {
        if (string.IsNullOrEmpty(customId) || customId.Length > DiscordLimits.CustomId)
        {
            return ComponentAction.Unrecognized;
        }

        var parts = customId.Split(':');
        switch (parts[0])
        {
            case "pg" when parts.Length == 5 && TryPage(parts[2], out var page) && Decode(parts[3], parts[4]) is { } request:
                return new ComponentAction(ComponentActionKind.Page, request.With(PageOption, page));
            case "pk" when parts.Length == 4 && TryPage(parts[2], out var page):
                return store.Find(parts[3]) is { } stored
                    ? new ComponentAction(ComponentActionKind.Page, stored.With(PageOption, page))
                    : ComponentAction.Expired;
            case "cx" when parts.Length == 3 && Decode(parts[1], parts[2]) is { } request:
                return new ComponentAction(ComponentActionKind.Context, request);
            case "ck" when parts.Length == 2:
                return store.Find(parts[1]) is { } storedContext ? new ComponentAction(ComponentActionKind.Context, storedContext) : ComponentAction.Expired;
            case "ex" when parts.Length == 3 && Decode(parts[1], parts[2]) is { } request:
                return new ComponentAction(ComponentActionKind.Export, request);
            case "ek" when parts.Length == 2:
                return store.Find(parts[1]) is { } storedExport ? new ComponentAction(ComponentActionKind.Export, storedExport) : ComponentAction.Expired;
            case "pg" or "pk" or "cx" or "ck" or "ex" or "ek":
                return ComponentAction.Expired; // ours, but from an older format or damaged
            default:
                return ComponentAction.Unrecognized;
        }
    }

    private static bool TryPage(string text, out string page)
    {
        page = text;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1;
    }

    private static CommandRequest? Decode(string command, string options)
    {
        try
        {
            var pairs = new List<(string, string)>();
            foreach (var pair in options.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=');
                if (eq <= 0)
                {
                    return null;
                }

                pairs.Add((Uri.UnescapeDataString(pair[..eq]), Uri.UnescapeDataString(pair[(eq + 1)..])));
            }

            var name = Uri.UnescapeDataString(command);
            return name.Length == 0 ? null : new CommandRequest(name, pairs.ToArray());
        }
        catch (ArgumentException)
        {
            return null; // duplicate option names: not an id this encoder made
        }
    }

    private static string EncodeOptions(CommandRequest request, string? leaveOut)
    {
        var builder = new StringBuilder();
        foreach (var (name, value) in request.Options.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            if (string.Equals(name, leaveOut, StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            builder.Append(builder.Length == 0 ? "" : "&").Append(Encode(name)).Append('=').Append(Encode(value));
        }

        return builder.ToString();
    }

    // Percent-encodes ':', '&' and '=' too, so they stay separators.
    private static string Encode(string text) => Uri.EscapeDataString(text);

    private static CommandRequest Without(CommandRequest request, string option) =>
        request with
        {
            Options = request.Options.Where(o => !string.Equals(o.Key, option, StringComparison.OrdinalIgnoreCase))
                .ToDictionary(o => o.Key, o => o.Value, StringComparer.OrdinalIgnoreCase),
        };
}
