using System.Globalization;

namespace StatementBot.Commands.Routing;

/// <summary>
/// A command with its option values as text, the same whichever front end (Discord, terminal, batch) it came from.
/// </summary>
public sealed record CommandRequest(string Command, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>
    /// Who asked, as the front end knows them (a Discord user id); null for the terminal and batch, which have one
    /// user. Heavy commands are rationed per caller (<see cref="Cooldowns.CallerCooldown"/>).
    /// </summary>
    public string? Caller { get; init; }

    /// <summary>The subcommand asked for (<c>add</c> in <c>/watch add</c>); null for commands without subcommands.</summary>
    public string? Subcommand { get; init; }

    /// <summary>The server the request was made in (a Discord guild id); null in a direct message, the terminal and batch.</summary>
    public string? Server { get; init; }

    /// <summary>The channel the request was made in (a Discord channel id); null in the terminal and batch.</summary>
    public string? Channel { get; init; }

    /// <summary>What the caller may do in <see cref="Server"/>; null where the front end does not say (the terminal).</summary>
    public Catalog.MemberPermissions? Permissions { get; init; }

    public CommandRequest(string command, params (string Name, string Value)[] options)
        : this(command, options.ToDictionary(o => o.Name, o => o.Value, StringComparer.OrdinalIgnoreCase))
    {
    }

    public string? Get(string name) =>
        Options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public int? GetInt(string name) =>
        Get(name) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The same request with one option set (used for paging).</summary>
    public CommandRequest With(string name, string value)
    {
        var options = new Dictionary<string, string>(Options, StringComparer.OrdinalIgnoreCase) { [name] = value };
        return this with { Options = options };
    }
}
