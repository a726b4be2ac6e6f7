using StatementBot.Commands.Catalog;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Corpus.Speakers;
using StatementBot.Search.Results;

namespace StatementBot.Discord.Tests.Support;

/// <summary>
/// Small command handlers standing in for the real ones: /quote, /speaker, /help, the hidden "context" command,
/// plus /slow (to force a deferral) and /boom (a handler that throws). They answer from <see cref="TestCorpus"/>.
/// </summary>
public static class FakeHandlers
{
    public const int PageSize = 2;

    /// <param name="slowGate">Holds /slow until opened; without one /slow answers at once.</param>
    public static CommandRouter Router(IReadOnlyList<StatementHit>? statements = null, Gate? slowGate = null)
    {
        var corpus = statements ?? TestCorpus.Seeds;
        return new CommandRouter(
            [new Quote(corpus), new Speaker(corpus), new Context(corpus), new Help(), new Slow(slowGate), new Boom()],
            TestCorpus.Speakers);
    }

    private static Reply Page(string title, IReadOnlyList<StatementHit> matches, CommandRequest request, string? query)
    {
        var pages = (matches.Count + PageSize - 1) / PageSize;
        var page = Math.Clamp(request.GetInt("page") ?? 1, 1, Math.Max(1, pages));
        var hits = matches.Skip((page - 1) * PageSize).Take(PageSize).Select(h => TestCorpus.Highlight(h, query)).ToArray();
        return new Reply(
            title,
            $"{matches.Count} statement(s)",
            [new ReplyField("Matches", matches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [new ReplySection("", [], hits)],
            pages > 1 ? new ReplyPaging(page, pages, request, PageSize) : null,
            new { query, page });
    }

    private sealed class Quote(IReadOnlyList<StatementHit> corpus) : ICommandHandler
    {
        public CommandDefinition Definition { get; } = new(
            "quote",
            "Find statements that use these words.",
            [
                new OptionDefinition("query", "Words to look for.", Required: true, Example: "joint efforts"),
                new OptionDefinition("speaker", "Only this speaker.", Autocomplete: true),
                new OptionDefinition("page", "Page of results.", OptionType.Integer, MinValue: 1, MaxValue: 50),
            ],
            "/quote query:joint efforts");

        public Reply Handle(CommandRequest request)
        {
            var query = request.Get("query")!;
            var speaker = request.Get("speaker");
            var matches = corpus
                .Where(s => query.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => s.Text.Contains(w, StringComparison.OrdinalIgnoreCase)))
                .Where(s => speaker is null || string.Equals(s.Speaker, speaker, StringComparison.OrdinalIgnoreCase))
                .ToArray();
            return matches.Length == 0
                ? Reply.Error($"No statement matches \"{query}\".", ["mission impossible"])
                : Page($"Quotes for \"{query}\"", matches, request, query);
        }
    }

    private sealed class Speaker(IReadOnlyList<StatementHit> corpus) : ICommandHandler
    {
        public CommandDefinition Definition { get; } = new(
            "speaker",
            "What one speaker said.",
            [new OptionDefinition("name", "The speaker.", Required: true, Autocomplete: true), new OptionDefinition("page", "Page.", OptionType.Integer, MinValue: 1)],
            "/speaker name:Wu Qian");

        public Reply Handle(CommandRequest request) => TestCorpus.Speakers.Resolve(request.Get("name")!) switch
        {
            SpeakerResolution.Found found => Page(found.Speaker.Name, corpus.Where(s => s.Speaker == found.Speaker.Name).ToArray(), request, null),
            SpeakerResolution.Ambiguous many => Reply.Error("Which one?", many.Candidates.Select(c => c.Name).ToArray()),
            SpeakerResolution.NotFound none => Reply.Error($"No speaker called \"{request.Get("name")}\".", none.Suggestions),
            _ => Reply.Error("?"),
        };
    }

    private sealed class Context(IReadOnlyList<StatementHit> corpus) : ICommandHandler
    {
        public CommandDefinition Definition { get; } = new(
            "context", "The whole statement around an excerpt.", [new OptionDefinition("id", "Statement id.", Required: true)], "", Hidden: true);

        public Reply Handle(CommandRequest request) =>
            corpus.FirstOrDefault(s => s.Id == request.Get("id")) is { } hit
                ? new Reply("Context", null, [], [new ReplySection("", [], [hit])], null, new { hit.Id })
                : Reply.Error("That statement is no longer in the index.");
    }

    private sealed class Help : ICommandHandler
    {
        public CommandDefinition Definition { get; } = new("help", "How to use the bot.", [], "/help");

        public Reply Handle(CommandRequest request) =>
            new("StatementBot", "Search what officials said.", [new ReplyField("/quote", "Find statements by words")], [], null, new { });
    }

    private sealed class Slow(Gate? gate) : ICommandHandler
    {
        public CommandDefinition Definition { get; } = new("slow", "Takes its time.", [new OptionDefinition("fail", "Answer with an error.", OptionType.Boolean)], "/slow");

        public Reply Handle(CommandRequest request)
        {
            gate?.Wait();
            return request.Get("fail") == "true"
                ? Reply.Error("Slow and wrong.")
                : new Reply("Done slowly", "Finished after the deadline.", [], [new ReplySection("", [], [TestCorpus.TanQuote])], null, new { });
        }
    }

    private sealed class Boom : ICommandHandler
    {
        public CommandDefinition Definition { get; } = new("boom", "Always fails.", [], "/boom");

        public Reply Handle(CommandRequest request) => throw new InvalidOperationException("handler bug with secret detail");
    }
}
