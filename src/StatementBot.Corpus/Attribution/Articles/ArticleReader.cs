using StatementBot.Corpus.Attribution.Articles.Rules;
using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// One pass over one article, paragraph by paragraph and sentence by sentence: mentions, speech cues, then the
/// quotations and reported clauses each cue gives its speaker. An unattributed quotation goes to the speaker its
/// paragraph already has, or to the last speaker when it continues them in the next paragraph; anything else the
/// article does not credit is left out. An interview's question-and-answer part is read by <see cref="InterviewReader"/>.
/// </summary>
internal sealed class ArticleReader
{
    private const int MinQuoteWords = 4;

    /// <summary>Words outside quotation marks a sentence may have and still carry on the speaker before ("And", "But then").</summary>
    private const int MaxCarriedFrameWords = 3;

    private readonly SourceDocument _document;
    private readonly List<ArticleParagraph> _paragraphs;
    private readonly ArticlePeople _people = new();
    private readonly Focus _focus = new();
    private readonly MentionScanner _mentions;
    private readonly CueFinder _cues;
    private readonly ColonIntroductions _colons;
    private readonly List<StatementDraft> _drafts = [];

    public ArticleReader(SourceDocument document)
    {
        _document = document;
        _paragraphs = document.Paragraphs.Select((text, i) => new ArticleParagraph(i, text)).ToList();
        _mentions = new MentionScanner(_people);
        _cues = new CueFinder(_people, _focus);
        _colons = new ColonIntroductions(_focus);
    }

    public IReadOnlyList<Statement> Statements()
    {
        foreach (var sentence in new ArticleParagraph(-1, _document.Info.Title).Sentences)
        {
            _mentions.Find(sentence);
        }
        var interview = InterviewReader.Detect(_paragraphs);
        var proseEnd = interview?.FirstMarker ?? _paragraphs.Count;
        var blocks = new HashSet<int>();
        _drafts.AddRange(BlockQuotes.Find(_paragraphs, proseEnd, _mentions, blocks));
        for (var p = 0; p < proseEnd; p++)
        {
            if (!blocks.Contains(p))
            {
                Read(_paragraphs[p]);
            }
        }
        if (interview is not null)
        {
            _drafts.AddRange(interview.Answers(_paragraphs, _people, _document.Info.Title));
        }

        var statements = new List<Statement>();
        foreach (var draft in _drafts.OrderBy(d => d.First.Paragraph).ThenBy(d => d.First.Start))
        {
            var text = StatementText.Compose(_paragraphs, draft);
            if (text.Length > 0)
            {
                var person = draft.Person;
                statements.Add(new Statement(person.Name, person.Role, draft.Kind, text, draft.Question, _document.Info, statements.Count, person.IsOrganisation));
            }
        }
        return statements;
    }

    private void Read(ArticleParagraph paragraph)
    {
        var sentences = paragraph.Sentences;
        var read = new List<(List<Mention> Mentions, List<SpeechCue> Cues)>();
        foreach (var sentence in sentences)
        {
            var mentions = _mentions.Find(sentence);
            var cues = _cues.Find(sentence, mentions);
            _focus.NoteSentence(sentence, mentions, cues);
            read.Add((mentions, cues));
        }

        var speakers = new List<ArticlePerson>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var (mentions, cues) = read[s];
            foreach (var quote in paragraph.Quotes.Where(q => q.Open >= sentence.Start && q.Open < sentence.End))
            {
                var (cue, adjacent) = QuoteCues.For(sentence, quote, cues);
                var words = Words(paragraph, quote);
                var speaker = cue?.Speaker;
                if (speaker is null && words >= MinQuoteWords && !HasUnresolvedCue(sentence, cues))
                {
                    var (introduced, introducer) = _colons.Speaker(sentence, quote, mentions);
                    speaker = introduced
                        ? introducer
                        : Carried(paragraph, quote, speakers, s + 1 < sentences.Count ? (sentences[s + 1], read[s + 1].Cues) : null, sentence);
                }
                if (speaker is null || words < MinQuoteWords && !adjacent)
                {
                    continue;
                }
                Add(new StatementDraft(speaker, StatementKind.Direct, [new TextRange(paragraph.Index, quote.ContentStart, quote.ContentEnd)]), speakers);
            }
            for (var c = 0; c < cues.Count; c++)
            {
                var cue = cues[c];
                var nextCue = c + 1 < cues.Count ? cues[c + 1].First : int.MaxValue;
                if (ReportedSpeech.Content(sentence, cue, mentions, nextCue) is { } found && !InsideAQuote(paragraph, found[^1])
                    && WithoutOwnQuotation(paragraph, found, cue.Speaker) is { } content)
                {
                    var range = content[^1];
                    var parts = s == sentences.Count - 1 && range.Start == sentence.Start ? Closing(paragraph, read, cue.Speaker, range) : content;
                    if (range.Start > sentence.Start && Continuation(paragraph, read, s, cue.Speaker) is { Count: > 0 } more)
                    {
                        // The first sentence keeps its full stop when the next ones carry it on.
                        parts = [.. parts[..^1], parts[^1] with { End = Math.Max(parts[^1].End, sentence.End) }, .. more];
                    }
                    Add(new StatementDraft(cue.Speaker, StatementKind.Reported, parts), speakers);
                }
            }
        }
    }

    /// <summary>"Tan said the US has insisted on … . It has constantly evaded …": the sentences that carry the reported speech on.</summary>
    private static List<TextRange> Continuation(ArticleParagraph paragraph, List<(List<Mention> Mentions, List<SpeechCue> Cues)> read, int s, ArticlePerson speaker)
    {
        var parts = new List<TextRange>();
        for (var next = s + 1; next < paragraph.Sentences.Count; next++)
        {
            var sentence = paragraph.Sentences[next];
            var (mentions, cues) = read[next];
            var opener = paragraph.Tokens[sentence.FirstToken];
            if (!ArticleRules.ContinuationOpeners.Contains(opener.Bare) || cues.Count > 0
                || paragraph.Quotes.Any(q => q.Open < sentence.End && q.End > sentence.Start)
                || mentions.Any(m => m.Kind is MentionKind.Person or MentionKind.Organisation && m.Person != speaker))
            {
                break;
            }
            parts.Add(new TextRange(paragraph.Index, sentence.Start, sentence.End));
        }
        return parts;
    }

    /// <summary>
    /// "To a crazy ship, all winds are contrary. It is hoped that …, Tan said.": a paragraph closed by its speaker's
    /// cue gives them the sentences before it too, when those name nobody else, quote nothing and have no cue.
    /// </summary>
    private static List<TextRange> Closing(ArticleParagraph paragraph, List<(List<Mention> Mentions, List<SpeechCue> Cues)> read, ArticlePerson speaker, TextRange range)
    {
        var start = paragraph.Sentences.Count - 1;
        while (start > 0)
        {
            var (mentions, cues) = read[start - 1];
            var previous = paragraph.Sentences[start - 1];
            if (cues.Count > 0 || paragraph.Quotes.Any(q => q.Open >= previous.Start && q.Open < previous.End)
                || mentions.Any(m => m.Kind is MentionKind.Person or MentionKind.Pronoun or MentionKind.Organisation && m.Person != speaker))
            {
                break;
            }
            start--;
        }
        return start == paragraph.Sentences.Count - 1
            ? [range]
            : [new TextRange(paragraph.Index, paragraph.Sentences[start].Start, range.End)];
    }

    private void Add(StatementDraft draft, List<ArticlePerson> speakers)
    {
        if (_drafts.Any(d => d.Kind == draft.Kind && d.Overlaps(draft)))
        {
            return;
        }
        _drafts.Add(draft);
        if (!speakers.Contains(draft.Person))
        {
            speakers.Add(draft.Person);
        }
    }

    /// <summary>
    /// An unattributed quotation: the speaker the paragraph already has (when it has one), the speaker the next
    /// sentence's quotation is given to ("…." "…," he said.), or — for a paragraph that opens with it — the speaker
    /// of the quotation that closed the paragraph before.
    /// </summary>
    private ArticlePerson? Carried(ArticleParagraph paragraph, QuoteSpan quote, List<ArticlePerson> speakers, (ArticleSentence Sentence, List<SpeechCue> Cues)? next,
        ArticleSentence sentence)
    {
        if (FrameWords(sentence) > MaxCarriedFrameWords)
        {
            // "In the document, the writer supposes a "…"": a sentence with words of its own names its own source.
            return null;
        }
        if (speakers.Count == 1)
        {
            return speakers[0];
        }
        if (speakers.Count > 1)
        {
            return null;
        }
        if (next is { } following)
        {
            foreach (var nextQuote in paragraph.Quotes.Where(q => q.Open >= following.Sentence.Start && q.Open < following.Sentence.End))
            {
                if (QuoteCues.For(following.Sentence, nextQuote, following.Cues) is { Cue: { } cue, Adjacent: true })
                {
                    return cue.Speaker;
                }
            }
        }
        if (quote.Open == 0 && paragraph.Index > 0)
        {
            var last = _drafts.Where(d => d.First.Paragraph == paragraph.Index - 1).OrderBy(d => d.First.Start).LastOrDefault();
            if (last is { Kind: StatementKind.Direct })
            {
                return last.Person;
            }
        }
        return null;
    }

    /// <summary>A speech verb whose speaker was not found: the quotation is someone's the sentence names in a way not understood.</summary>
    private static bool HasUnresolvedCue(ArticleSentence sentence, IReadOnlyList<SpeechCue> cues)
    {
        var tokens = sentence.Paragraph.Tokens;
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            if (ArticleRules.SpeechVerbs.At(tokens, i) is { } verb && verb.Can(VerbUse.Quote) && !tokens[i].IsCapitalized
                && !cues.Any(c => c.VerbStart == i))
            {
                return true;
            }
        }
        return false;
    }

    private static int FrameWords(ArticleSentence sentence)
    {
        var words = 0;
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            words += sentence.Paragraph.Tokens[i] is { IsWord: true, InQuote: false } ? 1 : 0;
        }
        return words;
    }

    /// <summary>
    /// "told the BBC after the verdict "My client is …"": when a quotation the cue's speaker is already credited with
    /// ends the reported words and comes after too few to be a claim of their own, it is the direct statement alone,
    /// not also a reported one ("said it is possible "that …" and the ban …" goes on, and stays).
    /// "declared gun ownership rates to be "the strongest …"" keeps its quoted end: the words before it are the claim.
    /// </summary>
    private List<TextRange>? WithoutOwnQuotation(ArticleParagraph paragraph, List<TextRange> content, ArticlePerson speaker)
    {
        var range = content[^1];
        var quote = paragraph.Quotes.FirstOrDefault(q => q.Open >= range.Start && q.Open < range.End && Words(paragraph, q) >= MinQuoteWords
            && _drafts.Any(d => d.Kind == StatementKind.Direct && d.Person == speaker && d.Parts.Any(r => r.Paragraph == paragraph.Index && r.Start == q.ContentStart)));
        if (quote == default)
        {
            return content;
        }
        var end = quote.Open;
        while (end > range.Start && (char.IsWhiteSpace(paragraph.Text[end - 1]) || paragraph.Text[end - 1] is ',' or ':'))
        {
            end--;
        }
        var words = paragraph.Text[range.Start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var after = quote.End >= range.End ? "" : paragraph.Text[quote.End..range.End];
        return words < MinQuoteWords && !after.Any(char.IsLetterOrDigit) ? null : content;
    }

    private static bool InsideAQuote(ArticleParagraph paragraph, TextRange range) =>
        paragraph.Quotes.Any(q => q.Open <= range.Start && range.End <= q.End);

    private static int Words(ArticleParagraph paragraph, QuoteSpan quote) =>
        paragraph.Text[quote.ContentStart..quote.ContentEnd].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
