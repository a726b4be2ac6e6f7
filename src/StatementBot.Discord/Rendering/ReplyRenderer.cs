using System.Globalization;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Corpus.Attribution;
using StatementBot.Discord.Components;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Messages;
using StatementBot.Search.Results;

namespace StatementBot.Discord.Rendering;

/// <summary>
/// Turns a <see cref="Reply"/> into a Discord message: a header embed (title, summary, facts, page), one embed per
/// hit (numbered across pages, speaker and role, document title linking to the source, the excerpt with matched words
/// in bold, and a footer with source, date and the id <c>/context</c> takes), and Prev/Next and "More context" buttons. Everything is escaped for markdown and cut at word boundaries
/// against <see cref="DiscordLimits"/>, and every message carries <c>allowed_mentions: {"parse": []}</c>.
/// </summary>
public sealed class ReplyRenderer
{
    /// <summary>One header embed plus at most nine hits.</summary>
    public const int MaxHitEmbeds = DiscordLimits.EmbedsPerMessage - 1;

    private const int HeaderColor = 0x5865F2;
    private const int ErrorColor = 0xD83C3E;
    private static readonly int[] SectionColors = [0x3B82F6, 0xF59E0B, 0x10B981, 0xA855F7];

    /// <summary>Below this many characters per excerpt, fewer hits are shown rather than all of them in stubs.</summary>
    private const int MinExcerpt = 300;

    private const int MaxQuestion = 300;

    /// <summary>
    /// Facts beside hits are short labels ("Statements: 42"); a long one is cut here, well under the field limit. A
    /// reply of facts alone (/help) may use the whole field.
    /// </summary>
    private const int MaxFactValue = 400;

    private readonly CustomIds _customIds;
    private readonly bool _hasContextCommand;

    public ReplyRenderer(CustomIds customIds, CommandRouter router)
    {
        _customIds = customIds;
        _hasContextCommand = router.Catalog.Find(CustomIds.ContextCommand) is { } context && context.Option(CustomIds.ContextOption) is not null;
    }

    /// <summary>The message for <paramref name="reply"/>: an ephemeral notice for errors, embeds and buttons otherwise.</summary>
    public InteractionCallbackData Render(Reply reply)
    {
        if (reply.IsError)
        {
            return Notice(string.IsNullOrWhiteSpace(reply.Summary) ? reply.Title : reply.Title + "\n" + reply.Summary);
        }

        var hits = reply.Sections
            .SelectMany((section, index) => section.Hits.Select(hit => (Hit: hit, Section: index)))
            .ToList();
        var shown = Math.Min(hits.Count, MaxHitEmbeds);

        var header = Header(reply, hits.Count, shown);
        var budget = DiscordLimits.EmbedTotalCharacters - header.CountedLength;

        // Fixed parts of each hit embed first, then share what is left among the excerpts.
        var first = reply.Paging?.FirstNumber ?? 1;
        var frames = hits.Take(shown).Select((h, i) => Frame(h.Hit, h.Section, first + i)).ToList();
        while (frames.Count > 1 && (budget - frames.Sum(f => f.CountedLength)) / frames.Count < MinExcerpt)
        {
            frames.RemoveAt(frames.Count - 1);
        }

        if (frames.Count < shown)
        {
            header = Header(reply, hits.Count, frames.Count);
            budget = DiscordLimits.EmbedTotalCharacters - header.CountedLength;
        }

        var perExcerpt = frames.Count == 0 ? 0 : Math.Min(DiscordLimits.EmbedDescription, (budget - frames.Sum(f => f.CountedLength)) / frames.Count);
        var files = ReplyFiles.From(reply.Files);
        var embeds = new List<Embed> { files.Picture is { } picture ? header with { Image = new EmbedImage(picture) } : header };
        embeds.AddRange(frames.Select((frame, i) => frame with { Description = NullIfBlank(Excerpt(hits[i].Hit, Math.Max(0, perExcerpt))) }));

        return new InteractionCallbackData
        {
            Content = files.LeftOut > 0 ? $"{files.LeftOut} file{(files.LeftOut == 1 ? " was" : "s were")} too large to attach here; the terminal's --out saves {(files.LeftOut == 1 ? "it" : "them")}." : null,
            Embeds = FitTotal(embeds),
            Components = Buttons(reply, hits.Take(frames.Count).Select(h => h.Hit).ToList(), first) is { Count: > 0 } rows ? rows : null,
            AllowedMentions = AllowedMentions.None,
            Attachments = files.Attachments.Count > 0 ? files.Attachments : null,
            Files = files.Files.Count > 0 ? files.Files : null,
        };
    }

    /// <summary>A short private message (errors, expired buttons), escaped and within the content limit.</summary>
    public static InteractionCallbackData Notice(string text, bool ephemeral = true) => new()
    {
        Content = TextTruncation.Truncate(DiscordMarkdown.Escape(string.IsNullOrWhiteSpace(text) ? "Something went wrong." : text), DiscordLimits.MessageContent),
        AllowedMentions = AllowedMentions.None,
        Flags = ephemeral ? MessageFlags.Ephemeral : null,
    };

    /// <summary>
    /// The title, summary, facts and page line, within half the message's character budget when hits follow (all of
    /// it otherwise): facts that no longer fit are left out rather than squeezing out the excerpts.
    /// </summary>
    private static Embed Header(Reply reply, int hitCount, int shown)
    {
        var budget = hitCount == 0 ? DiscordLimits.EmbedTotalCharacters : DiscordLimits.EmbedTotalCharacters / 2;
        var footer = new List<string>();
        if (reply.Paging is { Pages: > 1 } paging)
        {
            footer.Add($"Page {paging.Page} of {paging.Pages}");
        }

        if (shown < hitCount)
        {
            footer.Add($"showing {shown} of {hitCount} excerpts on this page");
        }

        var title = TextTruncation.Truncate(DiscordMarkdown.Escape(Or(reply.Title, "Results")), DiscordLimits.EmbedTitle);
        var footerText = TextTruncation.Truncate(string.Join(" · ", footer), DiscordLimits.EmbedFooterText);
        var summary = TextTruncation.Truncate(DiscordMarkdown.Escape(reply.Summary), Math.Min(DiscordLimits.EmbedDescription, budget / 2));
        var builder = new EmbedBuilder()
            .WithTitle(title)
            .WithDescription(summary)
            .WithFooter(footerText)
            .WithColor(HeaderColor);
        var left = budget - title.Length - summary.Length - footerText.Length;

        var facts = reply.Facts.Select(f => (f.Name, f.Value, Inline: true)).ToList();
        facts.AddRange(reply.Sections
            .Where(s => s.Facts.Count > 0 || reply.Sections.Count > 1)
            .Select(s => (
                Or(s.Heading, "Results"),
                s.Facts.Count == 0 ? $"{s.Hits.Count} shown" : string.Join("\n", s.Facts.Select(f => $"{f.Name}: {f.Value}")),
                reply.Sections.Count > 1)));

        foreach (var (name, value, inline) in facts.Take(DiscordLimits.EmbedFields))
        {
            var fieldName = TextTruncation.Truncate(DiscordMarkdown.Escape(Or(name, "—")), Math.Min(DiscordLimits.EmbedFieldName, left / 4));
            var fieldValue = TextTruncation.Truncate(DiscordMarkdown.Escape(Or(value, "—")), Math.Min(hitCount == 0 ? DiscordLimits.EmbedFieldValue : MaxFactValue, left - fieldName.Length));
            if (fieldName.Length == 0 || fieldValue.Length == 0)
            {
                break;
            }

            builder.AddField(fieldName, fieldValue, inline);
            left -= fieldName.Length + fieldValue.Length;
        }

        return builder.Build();
    }

    /// <summary>A hit's embed without its excerpt: who, where, when.</summary>
    private static Embed Frame(StatementHit hit, int section, int number)
    {
        var who = hit.Who;
        var when = hit.Date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        // The id /context takes ends the footer and is never cut: a long source name gives way instead.
        var id = string.IsNullOrWhiteSpace(hit.Id) ? "" : " · id: " + hit.Id;
        var about = string.Join(" · ", new[] { hit.Source, when, StatementKindText.Label(hit.Kind) }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var footer = TextTruncation.Truncate(about, DiscordLimits.EmbedFooterText - id.Length) + id;
        return new EmbedBuilder()
            .WithAuthor(TextTruncation.Truncate(Or(who, "Unknown speaker"), DiscordLimits.EmbedAuthorName))
            .WithTitle(TextTruncation.Truncate($"{number}. " + DiscordMarkdown.Escape(Or(hit.Title, "Untitled document")), DiscordLimits.EmbedTitle))
            .WithUrl(LinkOrNull(hit.Url))
            .WithFooter(footer.TrimStart(' ', '·'))
            .WithColor(SectionColors[section % SectionColors.Length])
            .Build();
    }

    /// <summary>The question (for answers) and the excerpt with matched words in bold, within <paramref name="max"/> characters.</summary>
    private static string Excerpt(StatementHit hit, int max)
    {
        var question = string.IsNullOrWhiteSpace(hit.Question)
            ? ""
            : "**Q:** " + DiscordMarkdown.Escape(TextTruncation.Truncate(hit.Question, MaxQuestion)) + "\n";
        if (question.Length > max / 2)
        {
            question = "";
        }

        var snippet = string.IsNullOrWhiteSpace(hit.Snippet.Text) ? new Snippet(hit.Text, []) : hit.Snippet;
        return question + Highlighted(snippet, max - question.Length);
    }

    /// <summary>Cuts the plain text first, so bold markers and escapes are never split, then shrinks until the markup fits.</summary>
    private static string Highlighted(Snippet snippet, int max)
    {
        var text = snippet.Text.Trim();
        var offset = snippet.Text.Length - snippet.Text.TrimStart().Length;
        var spans = snippet.Marks().Select(h => (h.Start - offset, h.Length, h.Kind)).ToArray();
        var plainMax = max;
        while (plainMax > 0)
        {
            var keep = TextTruncation.KeepLength(text, plainMax);
            var rendered = DiscordMarkdown.Marked(text[..keep], spans) + (keep < text.Length ? TextTruncation.Ellipsis : "");
            if (rendered.Length <= max)
            {
                return rendered;
            }

            plainMax -= Math.Max(1, rendered.Length - max);
        }

        return "";
    }

    /// <summary>The last guard for the 6000-character total: shorten the longest description until the message fits.</summary>
    private static IReadOnlyList<Embed> FitTotal(List<Embed> embeds)
    {
        var total = embeds.Sum(e => e.CountedLength);
        while (total > DiscordLimits.EmbedTotalCharacters)
        {
            var longest = embeds.Select((e, i) => (Length: e.Description?.Length ?? 0, Index: i)).MaxBy(x => x.Length);
            if (longest.Length == 0 && embeds.Count > 1)
            {
                embeds.RemoveAt(embeds.Count - 1); // nothing left to shorten: drop the last hit
            }
            else if (longest.Length == 0)
            {
                break; // the header alone is within budget by construction
            }
            else
            {
                var target = Math.Max(0, longest.Length - (total - DiscordLimits.EmbedTotalCharacters) - 1);
                embeds[longest.Index] = embeds[longest.Index] with { Description = NullIfBlank(TextTruncation.Truncate(embeds[longest.Index].Description, target)) };
            }

            total = embeds.Sum(e => e.CountedLength);
        }

        return embeds;
    }

    private IReadOnlyList<ActionRow> Buttons(Reply reply, IReadOnlyList<StatementHit> shownHits, int firstNumber)
    {
        var builder = new ComponentBuilder();
        if (reply.Paging is { Pages: > 1 } paging)
        {
            builder.WithButton("◀ Prev", _customIds.Page(paging.Request, Math.Max(1, paging.Page - 1), '<'), disabled: !paging.HasPrevious, row: 0);
            builder.WithButton("Next ▶", _customIds.Page(paging.Request, Math.Min(paging.Pages, paging.Page + 1), '>'), disabled: !paging.HasNext, row: 0);
        }

        if (_hasContextCommand)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < shownHits.Count; i++)
            {
                var customId = _customIds.Context(shownHits[i].Id);
                if (!string.IsNullOrEmpty(shownHits[i].Id) && seen.Add(customId))
                {
                    builder.WithButton($"More context #{firstNumber + i}", customId, ButtonStyle.Secondary, row: 1);
                }
            }
        }

        if (reply.ExportRequest is { } exportable)
        {
            // With Prev/Next when there are pages, else on a row of its own: every result list offers all its statements.
            builder.WithButton("Export CSV", _customIds.Export(exportable), ButtonStyle.Secondary, row: 0);
        }

        return builder.Build();
    }

    private static string? LinkOrNull(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) &&
        uri.AbsoluteUri.Length <= DiscordLimits.EmbedUrl
            ? uri.AbsoluteUri
            : null;

    private static string Or(string? text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
