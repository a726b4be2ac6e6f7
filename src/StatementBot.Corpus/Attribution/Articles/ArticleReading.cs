using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// One pass over one article: paragraphs in order, people as they are named, attributions sentence by sentence,
/// then the conventions that stretch a statement beyond its sentence — a quotation continued in the next
/// paragraphs, reported speech carried on by "It ..."/"And ...", a paragraph closed by ", Tan said.".
/// </summary>
internal sealed class ArticleReading
{
    private static readonly HashSet<string> ContinuationOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "it", "also", "moreover", "furthermore", "however", "this", "these", "such",
    };

    private readonly SourceDocument _document;
    private readonly List<ArticleParagraph> _paragraphs;
    private readonly ArticlePeople _people = new();
    private readonly MentionFinder _mentions;
    private readonly ClauseFinder _clauses;
    private readonly List<LoggedMention> _mentionLog = [];
    private readonly List<StatementDraft> _drafts = [];
    private readonly bool[] _consumed;

    public ArticleReading(SourceDocument document)
    {
        _document = document;
        _paragraphs = document.Paragraphs.Select((text, i) => new ArticleParagraph(i, text)).ToList();
        _consumed = new bool[_paragraphs.Count];
        _mentions = new MentionFinder(_people);
        _clauses = new ClauseFinder(ResolvePronoun);
    }

    public IReadOnlyList<Statement> Statements()
    {
        foreach (var paragraph in _paragraphs)
        {
            if (!_consumed[paragraph.Index])
            {
                Read(paragraph);
            }
        }

        var statements = new List<Statement>();
        foreach (var draft in _drafts.OrderBy(d => d.First.Paragraph).ThenBy(d => d.First.Start))
        {
            var text = StatementText.Compose(_paragraphs, draft);
            if (text.Length > 0)
            {
                statements.Add(new Statement(draft.Person.Name, draft.Person.Role, draft.Kind, text, null, _document.Info, statements.Count));
            }
        }
        return statements;
    }

    private void Read(ArticleParagraph paragraph)
    {
        var claimed = new bool[paragraph.Sentences.Count];
        var drafts = new List<StatementDraft>();
        foreach (var sentence in paragraph.Sentences)
        {
            var unknownNames = new List<int>();
            var mentions = _mentions.Find(sentence, unknownNames);
            LogMentions(sentence, mentions, unknownNames);
            foreach (var clause in _clauses.Find(sentence, mentions))
            {
                var draft = new StatementDraft(clause.Person, clause.Kind, clause.Parts, clause.Shape, paragraph.Index, sentence.Number);
                if (clause.OpenQuote)
                {
                    draft = ContinueQuote(draft);
                }
                if (drafts.Any(d => d.Overlaps(draft)) || _drafts.Any(d => d.Overlaps(draft)))
                {
                    continue;
                }
                drafts.Add(draft);
                claimed[sentence.Number] = true;
            }
        }
        Extend(paragraph, claimed, drafts);
        _drafts.AddRange(drafts);
    }

    private void LogMentions(ArticleSentence sentence, List<PersonMention> mentions, List<int> unknownNames)
    {
        var tokens = sentence.Paragraph.Tokens;
        var entries = mentions.Select(m => (Start: m.NameStart, PhraseStart: m.PhraseStart, Person: (ArticlePerson?)m.Person, m.Possessive))
            .Concat(unknownNames.Select(u => (Start: u, PhraseStart: u, Person: (ArticlePerson?)null, Possessive: false)))
            .OrderBy(e => e.Start)
            .ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            // The sentence's subject: first named, not after a preposition ("to Martin Smith"), and the sentence
            // opens with it or it comes right before a verb ("Later on Tuesday Mitsotakis met ...").
            var before = e.PhraseStart == sentence.FirstToken ? null : tokens[e.PhraseStart - 1];
            var opens = before is null || before.Kind is TokenKind.Comma or TokenKind.Dash
                || before.IsWord && before.IsCapitalized && !Vocabulary.NeverInName.Contains(before.Bare) is false && !IsPreposition(before);
            var afterPreposition = PrepositionLeadsTo(tokens, sentence.FirstToken, e.PhraseStart, sentence.FirstToken + sentence.TokenCount - 1);
            _mentionLog.Add(new LoggedMention(sentence.Paragraph.Index, sentence.Number, e.Start, e.Person, i == 0 && opens && !e.Possessive, afterPreposition));
        }
    }

    /// <summary>"by Quirin, Redouane, and ...": a preposition right before the name, or before the list the name is in.</summary>
    private static bool PrepositionLeadsTo(IReadOnlyList<Token> tokens, int first, int phraseStart, int last)
    {
        if (phraseStart > first && tokens[phraseStart - 1].IsWord && IsPreposition(tokens[phraseStart - 1]))
        {
            // "According to Muyembe, ..." makes Muyembe the one who speaks on.
            return !(tokens[phraseStart - 1].Is("to") && phraseStart - 1 > first && tokens[phraseStart - 2].Is("according"));
        }
        var inList = phraseStart > first && (tokens[phraseStart - 1].Kind == TokenKind.Comma || tokens[phraseStart - 1].Is("and"));
        var next = phraseStart + 1;
        while (next <= last && tokens[next].IsCapitalized)
        {
            next++;
        }
        inList &= next <= last && (tokens[next].Is("and") || tokens[next].Kind == TokenKind.Comma && next + 1 <= last && tokens[next + 1].Is("and"));
        for (var t = phraseStart - 1; inList && t >= first && phraseStart - t <= 8; t--)
        {
            var token = tokens[t];
            if (token.IsWord && IsPreposition(token))
            {
                return true;
            }
            if (!(token.Kind == TokenKind.Comma || token.IsCapitalized || token.Is("and")))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsPreposition(Token token) =>
        token.Bare is "to" or "with" or "of" or "by" or "from" or "for" or "about" or "against" or "at" or "in" or "on" or "like" or "than";

    /// <summary>A quotation left open runs on through the following paragraphs that open with a quotation mark.</summary>
    private StatementDraft ContinueQuote(StatementDraft draft)
    {
        var parts = draft.Parts.ToList();
        for (var next = draft.Paragraph + 1; next < _paragraphs.Count && _paragraphs[next].OpensWithQuote; next++)
        {
            var paragraph = _paragraphs[next];
            var quote = paragraph.Quotes[0];
            parts.Add(new TextRange(next, quote.ContentStart, quote.ContentEnd));
            if (!quote.Closed)
            {
                _consumed[next] = true;
                continue;
            }
            // A paragraph that holds nothing but the end of the quotation is spent; one that goes on is read as well.
            _consumed[next] = paragraph.Text[quote.End..].Trim().Length <= 1;
            break;
        }
        return draft with { Parts = parts };
    }

    /// <summary>
    /// Stretches reported speech over neighbouring sentences: "It has constantly evaded ..." after "Tan stated, ..."
    /// continues it; the sentences before a closing ", Tan said." belong to it when they name nobody else. An
    /// unattributed quotation right after someone's quotation is theirs too.
    /// </summary>
    private void Extend(ArticleParagraph paragraph, bool[] claimed, List<StatementDraft> drafts)
    {
        var sentences = paragraph.Sentences;
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            if (draft.Kind == StatementKind.Reported && draft.Shape is ClauseShape.Leading or ClauseShape.Parenthetical or ClauseShape.According)
            {
                var parts = draft.Parts.ToList();
                for (var s = draft.Sentence + 1; s < sentences.Count && !claimed[s] && Continues(sentences[s]); s++)
                {
                    parts.Add(new TextRange(paragraph.Index, sentences[s].Start, sentences[s].End));
                    claimed[s] = true;
                }
                drafts[d] = draft with { Parts = parts };
            }
            else if (draft.Kind == StatementKind.Reported && draft.Shape is ClauseShape.Trailing or ClauseShape.Inverted && draft.Sentence == sentences.Count - 1)
            {
                var parts = draft.Parts.ToList();
                for (var s = draft.Sentence - 1; s >= 0 && !claimed[s] && Precedes(sentences[s]); s--)
                {
                    parts.Insert(0, new TextRange(paragraph.Index, sentences[s].Start, sentences[s].End));
                    claimed[s] = true;
                }
                drafts[d] = draft with { Parts = parts };
            }
        }

        for (var s = 1; s < sentences.Count; s++)
        {
            if (claimed[s] || !IsWholeQuote(sentences[s], out var quote))
            {
                continue;
            }
            var before = drafts.LastOrDefault(d => d.Sentence == s - 1 && d.Kind == StatementKind.Direct);
            if (before is not null)
            {
                var draft = new StatementDraft(before.Person, StatementKind.Direct, [new TextRange(paragraph.Index, quote.ContentStart, quote.ContentEnd)],
                    ClauseShape.Leading, paragraph.Index, s);
                drafts.Add(quote.Closed ? draft : ContinueQuote(draft));
                claimed[s] = true;
            }
        }
    }

    private bool Continues(ArticleSentence sentence) =>
        sentence[0].IsWord && ContinuationOpeners.Contains(sentence[0].Bare) && IsPlainNarration(sentence);

    private bool Precedes(ArticleSentence sentence) =>
        !(sentence[0].IsWord && Vocabulary.PersonalPronouns.Contains(sentence[0].Bare)) && IsPlainNarration(sentence);

    /// <summary>No quotation, no speech verb, nobody named: words that can only be carried by a neighbour's attribution.</summary>
    private bool IsPlainNarration(ArticleSentence sentence)
    {
        if (_mentionLog.Any(m => m.Paragraph == sentence.Paragraph.Index && m.Sentence == sentence.Number))
        {
            return false;
        }
        var last = sentence.FirstToken + sentence.TokenCount - 1;
        for (var t = sentence.FirstToken; t <= last; t++)
        {
            var token = sentence.Paragraph.Tokens[t];
            if (token.Kind == TokenKind.Quote || token.InQuote || token.IsWord && Vocabulary.ReportingVerbs.Contains(token.Bare))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsWholeQuote(ArticleSentence sentence, out QuoteSpan quote)
    {
        quote = default;
        var paragraph = sentence.Paragraph;
        if (sentence[0].Kind != TokenKind.Quote || paragraph.QuoteAt(sentence.Start) is not { } found)
        {
            return false;
        }
        quote = found;
        return found.End >= sentence.End - 1;
    }

    /// <summary>
    /// "He"/"She": the person named last before the pronoun, in this paragraph or the one before. When that
    /// sentence names several people, the one it opens with (its subject); nobody when it opens otherwise, or when
    /// the last name-like words were someone the article never identified.
    /// </summary>
    private ArticlePerson? ResolvePronoun(ArticleSentence sentence, int token)
    {
        var paragraph = sentence.Paragraph.Index;
        LoggedMention? latest = null;
        for (var i = _mentionLog.Count - 1; i >= 0; i--)
        {
            var m = _mentionLog[i];
            if (m.Paragraph < paragraph - 1)
            {
                break;
            }
            if (m.Paragraph < paragraph || m.Sentence < sentence.Number || m.Sentence == sentence.Number && m.NameStart < token)
            {
                latest = m;
                break;
            }
        }
        if (latest?.Person is null)
        {
            return null;
        }
        var inSentence = _mentionLog
            .Where(m => m.Paragraph == latest.Paragraph && m.Sentence == latest.Sentence
                && (m.Paragraph < paragraph || m.Sentence < sentence.Number || m.NameStart < token))
            .ToList();
        var people = inSentence.Select(m => m.Person).Distinct().ToList();
        if (people is [{ } only])
        {
            return inSentence.All(m => m.AfterPreposition) ? null : only;
        }
        return inSentence[0] is { IsSubject: true, Person: { } subject } ? subject : null;
    }
}
