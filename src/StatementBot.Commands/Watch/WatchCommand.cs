using StatementBot.Commands.Catalog;
using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Corpus.Attribution;
using StatementBot.Search.Querying;
using StatementBot.Search.Watching;

namespace StatementBot.Commands.Watch;

/// <summary>/watch add, list and remove — new statements that match, posted in the channel as they arrive.</summary>
public sealed class WatchCommand(WatchStore? store, WatchChecker checker, TimeProvider clock) : ICommandHandler
{
    /// <summary>A channel's watches fit one reply, and one channel cannot flood itself.</summary>
    public const int MaxPerChannel = 25;

    public const string QueryOption = OptionNames.Query;
    public const string SpeakerOption = OptionNames.Speaker;
    public const string KindOption = OptionNames.Kind;
    public const string IdOption = OptionNames.Id;

    public static CommandDefinition Entry { get; } = new(
        "watch",
        "Post new statements that match a query in this channel",
        [],
        "/watch add query:inflation speaker:\"Karine Jean-Pierre\"",
        GuildOnly: true)
    {
        Subcommands =
        [
            new SubcommandDefinition("add", "Watch for new statements matching a query",
            [
                new OptionDefinition(QueryOption, "What to look for: " + CommonOptions.QueryHelp, Required: true, Example: "inflation", QuerySyntax: true),
                CommonOptions.Speaker(SpeakerOption, "Only this speaker's statements", required: false),
                FilterOptions.KindDefinition,
            ], "/watch add query:inflation speaker:\"Karine Jean-Pierre\""),
            new SubcommandDefinition("list", "This channel's watches", [], "/watch list"),
            new SubcommandDefinition("remove", "Stop a watch",
                [new OptionDefinition(IdOption, "The watch's number, as /watch list shows it", OptionType.Integer, Required: true, MinValue: 1, Example: "3")],
                "/watch remove id:3"),
        ],
        RequiredPermissions = MemberPermissions.ManageChannels,
    };

    public CommandDefinition Definition => Entry;

    public Reply Handle(CommandRequest request)
    {
        if (store is null)
        {
            return Reply.Error("Alerts are not set up here: /watch needs the bot to run with its index folder writable.");
        }

        // The router lets a request through only with a subcommand, a server and a channel.
        var (server, channel) = (request.Server!, request.Channel!);
        return request.Subcommand switch
        {
            "add" => Add(request, server, channel),
            "remove" => Remove(request.GetInt(IdOption)!.Value, server),
            _ => List(server, channel),
        };
    }

    private Reply Add(CommandRequest request, string server, string channel)
    {
        if (store!.InChannel(server, channel).Count >= MaxPerChannel)
        {
            return Reply.Error($"This channel already has {MaxPerChannel} watches, the most it can hold. Remove one first: /watch list shows them.");
        }

        var checkedWatch = checker.Check(request.Get(QueryOption), request.Get(SpeakerOption));
        if (checkedWatch.Error is { } error)
        {
            return Reply.Error(error);
        }

        var kind = FilterOptions.Read(request).Kind;
        var check = checkedWatch.Value!;
        var watch = store.Add(server, channel, request.Caller ?? "unknown", check.Query, check.Speaker, kind, clock.GetUtcNow());
        return new Reply(
            $"Watching for {Describe(watch)}",
            $"Watch #{watch.Id}: new statements that match are posted in this channel as they arrive; those already in the index are not. " +
            $"/watch list shows this channel's watches; /watch remove id:{watch.Id} stops this one.",
            [],
            [],
            null,
            new WatchReplyData("added", [WatchData.From(watch)]));
    }

    private Reply List(string server, string channel)
    {
        var watches = store!.InChannel(server, channel);
        var summary = watches.Count switch
        {
            0 => "No watches in this channel. Add one: " + Entry.Example,
            1 => "1 watch: its new statements are posted here.",
            _ => $"{watches.Count} watches: their new statements are posted here.",
        };
        var facts = watches.Select(w => new ReplyField($"#{w.Id} {Describe(w)}", $"since {w.CreatedAt:yyyy-MM-dd HH:mm} UTC")).ToArray();
        return new Reply("Watches in this channel", summary, facts, [], null, new WatchReplyData("list", watches.Select(WatchData.From).ToArray()));
    }

    private Reply Remove(long id, string server)
    {
        var watch = store!.All().FirstOrDefault(w => w.Id == id && w.Server == server);
        if (watch is null || !store.Remove(id, server))
        {
            return Reply.Error($"There is no watch #{id} in this server; /watch list shows this channel's watches.");
        }

        return new Reply($"Stopped watch #{id}", $"No more posts for {Describe(watch)}.", [], [], null, new WatchReplyData("removed", [WatchData.From(watch)]));
    }

    /// <summary>"“inflation” by Karine Jean-Pierre, answers to a question only".</summary>
    public static string Describe(Watch watch) =>
        $"“{Echo.Of(watch.Query)}”"
        + (watch.Speaker is { } speaker ? " by " + speaker : "")
        + (watch.Kind is { } kind ? $" ({kind.Label()} only)" : "");


    private sealed record WatchReplyData(string Action, IReadOnlyList<WatchData> Watches);

    private sealed record WatchData(long Id, string Channel, string Query, string? Speaker, string? Kind, DateTimeOffset CreatedAt)
    {
        public static WatchData From(Watch watch) =>
            new(watch.Id, watch.Channel, watch.Query, watch.Speaker, watch.Kind?.ToString().ToLowerInvariant(), watch.CreatedAt);
    }
}
