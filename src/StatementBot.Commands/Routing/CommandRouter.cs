using StatementBot.Commands.Catalog;
using StatementBot.Commands.Cooldowns;
using StatementBot.Commands.Export;
using StatementBot.Commands.Replies;
using StatementBot.Corpus.Speakers;
using StatementBot.Search.Querying;

namespace StatementBot.Commands.Routing;

/// <summary>
/// The one entry point every front end calls: checks a request against the catalog, rations heavy commands per
/// caller (when the front end names one and a <see cref="CallerCooldown"/> is given), hands it to its handler, and
/// answers autocomplete from the speaker registry in memory. What the user typed is echoed short (<see cref="Echo"/>).
/// </summary>
public sealed class CommandRouter
{
    /// <summary>Discord shows at most 25 autocomplete choices.</summary>
    public const int MaxAutocompleteChoices = 25;

    private readonly Dictionary<string, ICommandHandler> _handlers;
    private readonly Func<SpeakerRegistry> _speakers;
    private readonly CallerCooldown? _cooldown;
    private readonly Func<Completion, string, int, IReadOnlyList<string>>? _values;
    private readonly StatementExporter? _exporter;

    public CommandRouter(IEnumerable<ICommandHandler> handlers, SpeakerRegistry speakers, CallerCooldown? cooldown = null)
        : this(handlers, () => speakers, cooldown)
    {
    }

    /// <param name="speakers">The registry of the index in use, asked each time: a refreshed index brings its new speakers.</param>
    /// <param name="values">Suggests sources and roles (kind, typed text, how many); none without it.</param>
    public CommandRouter(
        IEnumerable<ICommandHandler> handlers,
        Func<SpeakerRegistry> speakers,
        CallerCooldown? cooldown = null,
        Func<Completion, string, int, IReadOnlyList<string>>? values = null,
        StatementExporter? exporter = null)
    {
        _values = values;
        _exporter = exporter;
        var list = handlers.ToArray();
        _handlers = list.ToDictionary(h => h.Definition.Name, StringComparer.OrdinalIgnoreCase);
        _speakers = speakers;
        _cooldown = cooldown;
        Catalog = new CommandCatalog(list.Select(h => h.Definition));
    }

    public CommandCatalog Catalog { get; }

    public Reply Handle(CommandRequest request)
    {
        if (Refusal(request, out var handler) is { } refused)
        {
            return refused;
        }

        var reply = handler.Handle(request);
        // An answer drawn from statements can hand all of them over (the Export button, --export).
        return handler is IExportable && !reply.IsError && Answers(reply) ? reply with { ExportRequest = request } : reply;
    }

    /// <summary>
    /// Every statement the request's answer is drawn from, as a file (<see cref="ExportFormat"/>): the Export button
    /// and <c>--export</c>. Checked and rationed like the request itself.
    /// </summary>
    public Reply Export(CommandRequest request, ExportFormat format)
    {
        if (Refusal(request, out var handler) is { } refused)
        {
            return refused;
        }

        if (handler is not IExportable exportable || _exporter is null)
        {
            return Reply.Error($"/{handler.Definition.Name} has nothing to export; /quote, /speaker, /compare, /who, /trend and /phrase do.");
        }

        var (query, problem) = exportable.ToExport(request);
        return query is null ? Reply.Error(problem ?? "These options cannot be exported.") : _exporter.Export(handler.Definition.Name, query, format);
    }

    /// <summary>A reply with something in it: hits, rows or a chart (not "no statement matches").</summary>
    private static bool Answers(Reply reply) =>
        reply.Hits.Any() || reply.Sections.Any(s => s.Facts.Count > 0) || reply.Files.Count > 0;

    /// <summary>Why the request is refused before its handler runs (unknown command or option, bad value, cooldown); null when it may run.</summary>
    private Reply? Refusal(CommandRequest request, out ICommandHandler handler)
    {
        var name = request.Command.TrimStart('/');
        if (!_handlers.TryGetValue(name, out handler!))
        {
            var known = Catalog.Public.Select(c => "/" + c.Name);
            return Reply.Error($"There is no /{Echo.Of(name)} command. Try {string.Join(", ", known)}.");
        }

        var definition = handler.Definition;
        if (PermissionRefusal(definition, request) is { } forbidden)
        {
            return forbidden;
        }

        var (label, options, example) = (definition.Name, definition.Options, definition.Example);
        if (definition.Subcommands.Count > 0)
        {
            var names = string.Join(", ", definition.Subcommands.Select(s => s.Name));
            if (request.Subcommand is not { } asked || definition.Subcommand(asked) is not { } subcommand)
            {
                return Reply.Error(request.Subcommand is null
                    ? $"/{definition.Name} needs one of: {names}. Example: {definition.Example}"
                    : $"/{definition.Name} has no \"{Echo.Of(request.Subcommand)}\". Try one of: {names}.");
            }

            (label, options, example) = (definition.Name + " " + subcommand.Name, subcommand.Options, subcommand.Example);
        }

        if (CheckOptions(request, label, options, example) is { } invalid)
        {
            return invalid;
        }

        if (definition.Heavy && request.Caller is { } caller && _cooldown?.TryEnter(caller) is { } wait)
        {
            return Reply.Error(CooldownMessage(wait));
        }

        return null;
    }

    /// <summary>The options given against those <paramref name="label"/> takes: the first problem as an error, or null.</summary>
    private static Reply? CheckOptions(CommandRequest request, string label, IReadOnlyList<OptionDefinition> options, string example)
    {
        foreach (var given in request.Options.Keys)
        {
            if (!options.Any(o => string.Equals(o.Name, given, StringComparison.OrdinalIgnoreCase)))
            {
                var allowed = options.Count == 0 ? "none" : string.Join(", ", options.Select(o => o.Name));
                return Reply.Error($"/{label} has no option \"{Echo.Of(given)}\". Its options: {allowed}.");
            }
        }

        foreach (var option in options)
        {
            var value = request.Get(option.Name);
            if (option.Required && value is null)
            {
                return Reply.Error($"/{label} needs {option.Name}: {option.Description}. Example: {example}");
            }

            if (value is null)
            {
                continue;
            }

            if (option.Type == OptionType.Integer && request.GetInt(option.Name) is not { } number)
            {
                return Reply.Error($"{option.Name} must be a whole number, not \"{Echo.Of(value)}\".");
            }

            if (option.Type == OptionType.Integer && request.GetInt(option.Name) is { } n &&
                ((option.MinValue is { } min && n < min) || (option.MaxValue is { } max && n > max)))
            {
                return Reply.Error($"{option.Name} must be between {option.MinValue} and {option.MaxValue}.");
            }

            if (option.Choices is { Count: > 0 } choices &&
                !choices.Any(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase)))
            {
                return Reply.Error($"{option.Name} must be one of: {string.Join(", ", choices.Select(c => c.Value))}.");
            }
        }

        return null;
    }

    /// <summary>
    /// A command that needs a permission works only in a server's channels, and only for members allowed it there
    /// (administrators are allowed everything); the front end says what the caller may do.
    /// </summary>
    private static Reply? PermissionRefusal(CommandDefinition definition, CommandRequest request)
    {
        var required = definition.RequiredPermissions;
        if (required == MemberPermissions.None)
        {
            return null;
        }

        if (request.Server is null || request.Channel is null)
        {
            return Reply.Error($"/{definition.Name} works in server channels only: use it in a channel of a server the bot is in.");
        }

        var granted = request.Permissions ?? MemberPermissions.None;
        return granted.HasFlag(MemberPermissions.Administrator) || granted.HasFlag(required)
            ? null
            : Reply.Error($"/{definition.Name} needs the {required.Label()} permission in this server.");
    }

    /// <summary>What a caller who sent heavy commands too fast is told: when they may ask again, in whole seconds.</summary>
    public static string CooldownMessage(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return $"One moment: you have sent several searches in a row. You can search again in {seconds} second{(seconds == 1 ? "" : "s")}.";
    }

    /// <summary>Suggestions for an option being typed; nothing for blank input or options without autocomplete.</summary>
    /// <param name="subcommand">The subcommand the option belongs to, for a command that has subcommands.</param>
    public IReadOnlyList<AutocompleteChoice> Autocomplete(string command, string option, string typed, string? subcommand = null)
    {
        var found = Catalog.Find(command);
        var definition = subcommand is null ? found?.Option(option) : found?.Subcommand(subcommand)?.Option(option);
        if (definition is not { Autocomplete: true } || string.IsNullOrWhiteSpace(typed))
        {
            return [];
        }

        if (definition.Completes != Completion.Speaker)
        {
            return (_values?.Invoke(definition.Completes, typed, MaxAutocompleteChoices) ?? [])
                .Select(v => new AutocompleteChoice(v, v))
                .ToArray();
        }

        return _speakers().Complete(typed, MaxAutocompleteChoices)
            .Select(s => new AutocompleteChoice(s.Name, s.Name))
            .ToArray();
    }
}
