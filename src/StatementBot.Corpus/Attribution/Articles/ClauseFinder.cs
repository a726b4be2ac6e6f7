namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// Finds the attributions in one sentence: a speech verb with its speaker (a person the sentence names, or "he"/
/// "she" for the last one named) and the words it governs, whether quoted or reported, before or after it.
/// A verb whose subject is not a person ("The FSB said", "TVN24 reported") attributes nothing.
/// </summary>
internal sealed class ClauseFinder(Func<ArticleSentence, int, ArticlePerson?> resolvePronoun)
{
    /// <summary>Reported content shorter than this is a fragment ("he said so"), not a claim.</summary>
    private const int MinContentWords = 3;

    /// <summary>How far after the verb a "that", comma or quote may end a setting phrase ("told reporters on Monday that").</summary>
    private const int SettingWindow = 10;

    private const int MaxTailTokens = 16;

    private static readonly HashSet<string> ObjectVerbs = new(StringComparer.OrdinalIgnoreCase) { "told", "tells", "asked", "asks", "urged", "urges", "warned", "assured" };

    /// <summary>Words that open a setting between a speech verb and its words ("in a statement", "on Monday").</summary>
    private static readonly HashSet<string> SettingStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "during", "via", "after", "before", "today", "yesterday", "tonight", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>Prepositions that may open a setting ("to reporters", "with CNN", "through a spokesperson").</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "with", "from", "for", "through", "via", "by", "over", "on", "in", "at", "during", "after", "before", "late", "early",
    };

    private static readonly HashSet<string> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>What a person speaks or writes in ("according to a tweet by ..."): not a report, poll or survey.</summary>
    private static readonly HashSet<string> SpeakingMedia = new(StringComparer.OrdinalIgnoreCase)
    {
        "tweet", "tweets", "post", "posts", "statement", "letter", "memo", "message", "email", "e-mail", "speech", "video", "interview", "remarks",
    };

    /// <summary>How far after its subject a colon may open that subject's quotation.</summary>
    private const int MaxSpeakingLeadTokens = 16;

    /// <summary>Participles that make the words after a colon the subject's own ("also speaking via Twitter:").</summary>
    private static readonly HashSet<string> SpeakingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "speaking", "writing", "tweeting", "posting", "posted", "saying", "telling", "adding", "stating", "declaring",
    };

    /// <summary>Words between a subject and a colon that may hand the quotation to someone else or make it a question put to them.</summary>
    private static readonly HashSet<string> NotTheSubjectSpeaking = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "him", "her", "them", "who", "whom", "whose", "which", "that", "was", "were", "is", "are",
        "been", "being", "asked", "quoted", "quoting", "cited", "citing", "read", "reading", "reads", "and", "or", "but",
    };

    private static readonly HashSet<string> PartsOfDay = new(StringComparer.OrdinalIgnoreCase) { "morning", "afternoon", "evening", "night" };

    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "while", "whereas", "although", "though", "as", "yet",
    };

    private static readonly HashSet<string> Audience = new(StringComparer.OrdinalIgnoreCase)
    {
        "reporters", "journalists", "media", "press", "lawmakers", "parliament", "newspaper", "broadcaster", "agency",
        "outlet", "network", "channel", "news", "radio", "television", "tv", "station", "audience", "crowd",
        "supporters", "members", "officials", "public", "nation", "website", "magazine", "daily", "paper", "service",
        "people", "residents", "citizens", "everyone", "voters", "viewers", "listeners", "readers", "fans",
    };

    /// <summary>Speech verbs whose words may open with "his"/"her" ("Tan said his ministry ...").</summary>
    private static readonly HashSet<string> BareClauseVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "tweeted", "tweets", "argued", "argues",
        "insisted", "insists", "warned", "warns", "noted", "notes", "asked", "asks", "saying",
    };

    private static readonly HashSet<string> AddingWords = new(StringComparer.OrdinalIgnoreCase) { "adding", "noting", "saying", "stressing", "explaining", "arguing", "warning", "insisting", "claiming" };

    public List<AttributedClause> Find(ArticleSentence sentence, IReadOnlyList<PersonMention> mentions)
    {
        var tokens = sentence.Paragraph.Tokens;
        var first = sentence.FirstToken;
        var last = first + sentence.TokenCount - 1;
        var anchors = FindAnchors(sentence, mentions, tokens, first, last);
        var clauses = new List<AttributedClause>();

        var colon = ColonQuote(sentence, mentions, tokens, first, last) ?? SpeakingColonQuote(sentence, mentions, tokens, first, last);
        if (colon is not null)
        {
            clauses.Add(colon);
        }

        for (var a = 0; a < anchors.Count; a++)
        {
            var anchor = anchors[a];
            var contentEnd = a + 1 < anchors.Count ? Math.Min(anchors[a + 1].BoundaryStart, last + 1) : last + 1;
            contentEnd = CutAtSemicolonClause(tokens, anchor.VerbEnd, contentEnd);
            clauses.AddRange(Clauses(sentence, anchor, tokens, first, contentEnd));
        }
        return clauses;
    }

    private List<Anchor> FindAnchors(ArticleSentence sentence, IReadOnlyList<PersonMention> mentions, IReadOnlyList<Token> tokens, int first, int last)
    {
        var anchors = new List<Anchor>();
        for (var v = first; v <= last; v++)
        {
            var length = SpeechVerbs.Length(tokens, v, last);
            if (length == 0)
            {
                if (Participle(mentions, tokens, first, v) is { } participle)
                {
                    anchors.Add(participle);
                }
                continue;
            }
            var anchor = tokens[v].Is("according")
                ? According(mentions, tokens, first, v, length)
                : SubjectBefore(sentence, mentions, tokens, first, v, length) ?? SubjectAfter(sentence, mentions, tokens, first, last, v, length);
            if (anchor is not null)
            {
                anchors.Add(anchor);
                v = Math.Max(v, anchor.VerbEnd - 1);
            }
        }
        return anchors;
    }

    /// <summary>"Tan said", "Esper has said", "He added", "Wu Qian, the spokesperson ..., said".</summary>
    private Anchor? SubjectBefore(ArticleSentence sentence, IReadOnlyList<PersonMention> mentions, IReadOnlyList<Token> tokens, int first, int v, int length)
    {
        var s = v - 1;
        while (s >= first && tokens[s].IsWord && !tokens[s].IsCapitalized && Vocabulary.Auxiliaries.Contains(tokens[s].Bare))
        {
            s--;
        }
        if (s < first)
        {
            return null;
        }
        ArticlePerson? person = null;
        var subjectStart = -1;
        if (tokens[s].IsWord && Vocabulary.PersonalPronouns.Contains(tokens[s].Bare))
        {
            person = resolvePronoun(sentence, s);
            subjectStart = s;
        }
        else
        {
            foreach (var mention in mentions)
            {
                if (!mention.Possessive && (mention.PhraseEnd - 1 == s || mention.NameEnd - 1 == s
                    || tokens[s].Kind == TokenKind.Comma && mention.NameEnd == s && mention.PhraseStart < mention.NameStart))
                {
                    person = mention.Person;
                    subjectStart = mention.PhraseStart;
                }
            }
        }
        if (person is null && OfPhraseSubject(mentions, tokens, s) is { } qualified)
        {
            // "Cardinal Marc Ouellet of the Holy See said".
            person = qualified.Person;
            subjectStart = qualified.PhraseStart;
        }
        if (person is null)
        {
            return null;
        }

        var left = LeftContext(tokens, first, subjectStart);
        return left switch
        {
            LeftKind.Invalid => null,
            _ => new Anchor(person, v, v + length, subjectStart, left, SubjectAfterVerb: false, PhraseEnd: v + length),
        };
    }

    /// <summary>"Regional Governor Mujiv Hataman agreed, saying only this organisation ...": the sentence's subject speaks.</summary>
    private static Anchor? Participle(IReadOnlyList<PersonMention> mentions, IReadOnlyList<Token> tokens, int first, int v)
    {
        if (v - 1 <= first || !tokens[v].Is("saying") || tokens[v].InQuote || tokens[v - 1].Kind != TokenKind.Comma || mentions.Count == 0)
        {
            return null;
        }
        var subject = mentions[0];
        if (subject.Possessive || subject.NameEnd >= v || LeftContext(tokens, first, subject.PhraseStart) != LeftKind.Start
            || subject.PhraseEnd >= tokens.Count || !tokens[subject.PhraseEnd].IsWord || tokens[subject.PhraseEnd].IsCapitalized)
        {
            return null;
        }
        return new Anchor(subject.Person, v, v + 1, v, LeftKind.Start, SubjectAfterVerb: false, PhraseEnd: v + 1);
    }

    /// <summary>A person named with where they are from, ending right before the verb: "X of the Holy See said".</summary>
    private static PersonMention? OfPhraseSubject(IReadOnlyList<PersonMention> mentions, IReadOnlyList<Token> tokens, int s)
    {
        foreach (var mention in mentions)
        {
            if (mention.Possessive || mention.NameEnd >= s || s - mention.NameEnd > 8 || !tokens[mention.NameEnd].IsWord
                || tokens[mention.NameEnd].Bare is not ("of" or "from" or "at"))
            {
                continue;
            }
            var all = true;
            for (var t = mention.NameEnd + 1; t <= s && all; t++)
            {
                all = tokens[t].IsWord && !tokens[t].InQuote && (tokens[t].IsCapitalized || tokens[t].Bare is "of" or "the" or "for" or "and");
            }
            if (all && tokens[s].IsCapitalized)
            {
                return mention;
            }
        }
        return null;
    }

    /// <summary>"..., said Senior Colonel Tan Kefei, spokesperson ...", "“...,” said he".</summary>
    private Anchor? SubjectAfter(ArticleSentence sentence, IReadOnlyList<PersonMention> mentions, IReadOnlyList<Token> tokens, int first, int last, int v, int length)
    {
        if (v == first || tokens[v - 1].Kind is not (TokenKind.Comma or TokenKind.Quote) || !Vocabulary.InvertibleVerbs.Contains(tokens[v].Bare) && length == 1)
        {
            return null;
        }
        var after = v + length;
        if (after > last)
        {
            return null;
        }
        if (tokens[after].IsWord && Vocabulary.PersonalPronouns.Contains(tokens[after].Bare))
        {
            var pronounPerson = EndsAttribution(tokens, after + 1, last) ? resolvePronoun(sentence, after) : null;
            return pronounPerson is null ? null : new Anchor(pronounPerson, v, v + length, v, LeftKind.Comma, SubjectAfterVerb: true, PhraseEnd: after + 1);
        }
        foreach (var mention in mentions)
        {
            if (mention.PhraseStart == after && !mention.Possessive && EndsAttribution(tokens, mention.PhraseEnd, last))
            {
                return new Anchor(mention.Person, v, v + length, v, LeftKind.Comma, SubjectAfterVerb: true, PhraseEnd: mention.PhraseEnd);
            }
        }
        return null;
    }

    /// <summary>After "said Tan Kefei": the sentence ends, a comma follows, or a setting ("at a press conference").</summary>
    private static bool EndsAttribution(IReadOnlyList<Token> tokens, int k, int last) =>
        k > last || tokens[k].Kind is TokenKind.Comma or TokenKind.Stop or TokenKind.Quote or TokenKind.Semicolon or TokenKind.Dash
        || tokens[k].IsWord && !tokens[k].IsCapitalized && (Vocabulary.SettingWords.Contains(tokens[k].Bare) || tokens[k].Bare is "of" or "for");

    /// <summary>"According to eyewitness Vinnie DeVita, ..." or "..., according to Pompeo."</summary>
    private static Anchor? According(IReadOnlyList<PersonMention> mentions, IReadOnlyList<Token> tokens, int first, int v, int length)
    {
        var after = v + length;
        var byPerson = ByPersonStart(tokens, after);
        foreach (var mention in mentions)
        {
            if (mention.PhraseStart != after && mention.PhraseStart != byPerson || mention.Possessive)
            {
                continue;
            }
            var left = LeftContext(tokens, first, v);
            // "“The airline transports weapons ...,” according to a tweet on Monday by ... Mike Pompeo.": a
            // quotation before is theirs only when it is a post or statement of theirs.
            if (left is LeftKind.Start or LeftKind.Comma || left == LeftKind.Quote && mention.PhraseStart == byPerson)
            {
                return new Anchor(mention.Person, v, v + length, v, left, SubjectAfterVerb: true, PhraseEnd: mention.PhraseEnd, IsAccording: true);
            }
        }
        return null;
    }

    /// <summary>
    /// After "according to": "a tweet on Monday by", "a statement released by", "a Twitter post by" — something a
    /// person says in, then "by". Returns the token after "by", or -1. Reports, polls and surveys do not count.
    /// </summary>
    private static int ByPersonStart(IReadOnlyList<Token> tokens, int k)
    {
        if (k >= tokens.Count || !tokens[k].IsWord || tokens[k].Bare is not ("a" or "an" or "the" or "his" or "her"))
        {
            return -1;
        }
        var sawMedium = false;
        for (var j = k + 1; j < tokens.Count && j - k <= 8; j++)
        {
            var token = tokens[j];
            if (!token.IsWord || token.InQuote)
            {
                return -1;
            }
            if (token.Is("by"))
            {
                return sawMedium && j + 1 < tokens.Count ? j + 1 : -1;
            }
            if (SpeakingMedia.Contains(token.Bare))
            {
                sawMedium = true;
            }
            else if (!(token.Bare is "twitter" or "facebook" or "instagram" or "released" or "posted" or "published" or "issued" or "made" or "written"
                || Vocabulary.SettingWords.Contains(token.Bare) || Days.Contains(token.Bare)))
            {
                return -1;
            }
        }
        return -1;
    }

    private IEnumerable<AttributedClause> Clauses(ArticleSentence sentence, Anchor anchor, IReadOnlyList<Token> tokens, int first, int contentEnd)
    {
        var bodyStart = SkipDateline(tokens, first, anchor.BoundaryStart);
        if (anchor.IsAccording)
        {
            var clause = anchor.Left == LeftKind.Start
                ? Content(sentence, anchor, AfterIntroduction(tokens, anchor.PhraseEnd, contentEnd), contentEnd, ClauseShape.According, quoteFollowsVerb: false)
                : Content(sentence, anchor, bodyStart, anchor.Left == LeftKind.Quote ? anchor.BoundaryStart : anchor.BoundaryStart - 1, ClauseShape.According, quoteFollowsVerb: false);
            if (clause is not null)
            {
                yield return clause;
            }
            yield break;
        }

        if (anchor.SubjectAfterVerb)
        {
            // The words come before ", said X"; a quotation may resume after X (“We hope,” said Tan, “that ...”).
            var before = tokens[anchor.VerbStart - 1].Kind == TokenKind.Quote ? anchor.VerbStart : anchor.VerbStart - 1;
            var clause = Content(sentence, anchor, bodyStart, before, ClauseShape.Inverted, quoteFollowsVerb: false);
            if (clause is not null)
            {
                yield return clause;
                if (clause.Kind == StatementKind.Direct && Resumed(sentence, anchor, anchor.PhraseEnd, contentEnd) is { } resumed)
                {
                    yield return resumed;
                }
            }
            yield break;
        }

        var afterVerb = SkipObject(tokens, anchor, contentEnd);
        if (ObjectVerbs.Contains(tokens[anchor.VerbStart].Bare) && afterVerb > anchor.VerbEnd && afterVerb + 1 < contentEnd
            && tokens[afterVerb].Bare is "to" or "for" && tokens[afterVerb + 1].Kind != TokenKind.Quote && anchor.Left != LeftKind.Quote)
        {
            // "Johnson asked Queen Elizabeth II for this prorogation": a request, not a claim.
            yield break;
        }
        if ((tokens[anchor.VerbStart].Bare is "responded" or "replied" or "responds" or "replies" or "wrote" or "writes" && afterVerb < contentEnd && tokens[afterVerb].Is("to"))
            || (tokens[anchor.VerbStart].Bare is "commented" or "remarked" or "comments" or "wrote" or "reported" && afterVerb < contentEnd && tokens[afterVerb].Bare is "on" or "about"))
        {
            // "responded to the ruling via Twitter, ...": what was responded to is not what was said.
            afterVerb = PastNextComma(tokens, afterVerb, contentEnd);
            if (afterVerb < 0)
            {
                yield break;
            }
        }
        var tailOnly = IsTailOnly(tokens, afterVerb, contentEnd, out var addingAt);
        if (tailOnly && anchor.Left == LeftKind.Start && QuoteBefore(sentence) is { } asked)
        {
            // “Why should the bishops be exempt?” Ouellet asked.
            yield return new AttributedClause(anchor.Person, StatementKind.Direct,
                [new TextRange(sentence.Paragraph.Index, asked.ContentStart, asked.ContentEnd)], ClauseShape.Trailing, sentence, OpenQuote: false);
            yield break;
        }
        if (anchor.Left == LeftKind.Quote || tailOnly && anchor.Left == LeftKind.Comma)
        {
            // "“...,” Stefaniak said." / "..., Tan said.": the words before the attribution; after a quotation,
            // that quotation alone (not the narration that leads to it).
            var end = anchor.BoundaryStart;
            if (tokens[end - 1].Kind == TokenKind.Comma)
            {
                end--;
            }
            var from = anchor.Left == LeftKind.Quote ? OpeningOf(sentence.Paragraph, tokens[end - 1], bodyStart) : bodyStart;
            var clause = Content(sentence, anchor, from, end, ClauseShape.Trailing, quoteFollowsVerb: false);
            if (clause is not null)
            {
                yield return clause;
                // “Our work is calling ...,” he told Scientific American, “implying that ...”.
                if (clause.Kind == StatementKind.Direct && !tailOnly && Resumed(sentence, anchor, afterVerb, contentEnd) is { } resumed)
                {
                    yield return resumed;
                }
            }
        }
        if (tailOnly || anchor.Left == LeftKind.Quote)
        {
            if (addingAt >= 0)
            {
                var added = Content(sentence, anchor, SkipThat(tokens, addingAt + 1, contentEnd), contentEnd, ClauseShape.Leading, quoteFollowsVerb: true);
                if (added is not null)
                {
                    yield return added;
                }
            }
            yield break;
        }

        var start = SkipSetting(tokens, afterVerb, contentEnd, out var sawThat);
        if (start < contentEnd && tokens[start].Kind == TokenKind.Comma && anchor.Left == LeftKind.Comma)
        {
            // "In contrast, Tan stated, the US has ...": the words on both sides of the attribution.
            var rest = Content(sentence, anchor, start + 1, contentEnd, ClauseShape.Parenthetical, quoteFollowsVerb: false);
            var prefixEnd = anchor.BoundaryStart - 1;
            for (var t = prefixEnd - 1; t > bodyStart; t--)
            {
                if (tokens[t].Kind == TokenKind.Semicolon && !tokens[t].InQuote)
                {
                    // "...; perhaps due, Garcia indicated, to ...": only the clause the attribution sits in.
                    bodyStart = t + 1;
                    break;
                }
            }
            var prefixIsPlain = prefixEnd > bodyStart && !Enumerable.Range(bodyStart, prefixEnd - bodyStart).Any(t => tokens[t].Kind == TokenKind.Quote || tokens[t].InQuote);
            if (rest is { Kind: StatementKind.Reported } && prefixIsPlain)
            {
                // Keep the opening words and their comma: "In contrast, the US has ...".
                yield return rest with { Parts = [new TextRange(sentence.Paragraph.Index, tokens[bodyStart].Start, tokens[prefixEnd].End), .. rest.Parts] };
            }
            else if (rest is not null)
            {
                yield return rest;
            }
            yield break;
        }

        start = SkipPunctuation(tokens, start, contentEnd);
        if (start + 1 < contentEnd && tokens[start].Is("to") && tokens[start + 1].Kind == TokenKind.Quote && ObjectVerbs.Contains(tokens[anchor.VerbStart].Bare))
        {
            start++;
        }
        var opensQuote = start < contentEnd && tokens[start].Kind == TokenKind.Quote;
        if (!sawThat && !opensQuote && !Vocabulary.ClauseVerbs.Contains(tokens[anchor.VerbStart].Bare))
        {
            // "Erdoğan announced converting Hagia Sophia ...": a thing announced, not a claim.
            yield break;
        }
        if (!sawThat && !opensQuote && start < contentEnd && TakesThing(tokens[anchor.VerbStart], tokens[start]))
        {
            // "Gillibrand has stated her intention to endorse ...", "claimed victory": a thing, not a claim.
            yield break;
        }
        if (!sawThat && !opensQuote && start < contentEnd && tokens[start].IsWord && (Prepositions.Contains(tokens[start].Bare) || SettingStarts.Contains(tokens[start].Bare))
            && !(start + 1 < contentEnd && tokens[start].Is("at") && tokens[start + 1].Bare is "least" or "most"))
        {
            // "tweeted after hearing the news", "claimed to have evidence": no claim starts with a preposition.
            yield break;
        }
        var leading = Content(sentence, anchor, start, contentEnd, ClauseShape.Leading, quoteFollowsVerb: true);
        if (leading is not null)
        {
            yield return leading;
        }
    }

    /// <summary>
    /// True when the word after the verb makes its object a thing: "stressed his support", "claimed victory",
    /// "explained the reason". Only "said", "told", "added" and the like go on to a claim after "his"/"her".
    /// </summary>
    private static bool TakesThing(Token verb, Token next)
    {
        if (!next.IsWord || next.InQuote || next.IsCapitalized)
        {
            return false;
        }
        if (next.Bare is "his" or "her" or "their" or "its" or "our" or "my")
        {
            return !BareClauseVerbs.Contains(verb.Bare);
        }
        return verb.Bare switch
        {
            "claimed" or "claims" => next.Bare is "victory" or "responsibility" or "credit" or "ownership" or "asylum",
            "explained" or "explains" => next.Bare is "the" or "a" or "an" or "how" or "why" or "what",
            _ => false,
        };
    }

    private static int PastNextComma(IReadOnlyList<Token> tokens, int k, int end)
    {
        for (var j = k; j < end && j - k < 14; j++)
        {
            if (tokens[j].InQuote || tokens[j].Kind == TokenKind.Quote)
            {
                return -1;
            }
            if (tokens[j].Kind is TokenKind.Comma or TokenKind.Colon)
            {
                return j;
            }
        }
        return -1;
    }

    /// <summary>The token opening the quotation that <paramref name="closing"/> closes.</summary>
    private static int OpeningOf(ArticleParagraph paragraph, Token closing, int fallback)
    {
        foreach (var quote in paragraph.Quotes)
        {
            if (quote.Closed && quote.Close == closing.Start)
            {
                for (var t = fallback; t < paragraph.Tokens.Count; t++)
                {
                    if (paragraph.Tokens[t].Start == quote.Open)
                    {
                        return t;
                    }
                }
            }
        }
        return fallback;
    }

    /// <summary>The previous sentence of the paragraph when it is nothing but a closed quotation.</summary>
    private static QuoteSpan? QuoteBefore(ArticleSentence sentence)
    {
        if (sentence.Number == 0)
        {
            return null;
        }
        var previous = sentence.Paragraph.Sentences[sentence.Number - 1];
        if (previous[0].Kind != TokenKind.Quote || sentence.Paragraph.QuoteAt(previous.Start) is not { Closed: true } quote)
        {
            return null;
        }
        return quote.End >= previous.End ? quote : null;
    }

    /// <summary>A quotation that resumes after the attribution: “We hope,” said Tan, “that the US ...”.</summary>
    private static AttributedClause? Resumed(ArticleSentence sentence, Anchor anchor, int from, int end)
    {
        var tokens = sentence.Paragraph.Tokens;
        var k = from;
        while (k < end && tokens[k].Kind != TokenKind.Quote && k - from < SettingWindow && !tokens[k].InQuote
            && (tokens[k].Kind is TokenKind.Comma or TokenKind.Colon || tokens[k].IsWord && (tokens[k].IsCapitalized || Vocabulary.SettingWords.Contains(tokens[k].Bare))))
        {
            k++;
        }
        if (k >= end || tokens[k].Kind != TokenKind.Quote || k == from || tokens[k - 1].Kind is not (TokenKind.Comma or TokenKind.Colon)
            || sentence.Paragraph.QuoteAt(tokens[k].Start) is not { } quote)
        {
            return null;
        }
        return new AttributedClause(anchor.Person, StatementKind.Direct,
            [new TextRange(sentence.Paragraph.Index, quote.ContentStart, quote.ContentEnd)], ClauseShape.Inverted, sentence, !quote.Closed);
    }

    /// <summary>
    /// After "According to X": past a relative clause or a qualifier ("who is ...," "of the police of ...,") to
    /// the words themselves.
    /// </summary>
    private static int AfterIntroduction(IReadOnlyList<Token> tokens, int k, int end)
    {
        if (k < end && tokens[k].Kind == TokenKind.Comma && k + 1 < end && tokens[k + 1].IsWord && tokens[k + 1].Bare is "who" or "whose" or "which")
        {
            k++;
        }
        if (k < end && tokens[k].IsWord && (tokens[k].Bare is "who" or "whose" or "which" or "of" or "from" or "at" or "in"))
        {
            while (k < end && tokens[k].Kind != TokenKind.Comma && !tokens[k].InQuote && tokens[k].Kind != TokenKind.Quote)
            {
                k++;
            }
        }
        return SkipPunctuation(tokens, k, end);
    }

    /// <summary>
    /// The statement in tokens [start, end): a quotation when the words are one (or open with one right after the
    /// verb), reported speech otherwise.
    /// </summary>
    private static AttributedClause? Content(ArticleSentence sentence, Anchor anchor, int start, int end, ClauseShape shape, bool quoteFollowsVerb)
    {
        var paragraph = sentence.Paragraph;
        var tokens = paragraph.Tokens;
        start = SkipPunctuation(tokens, start, end);
        while (end > start && tokens[end - 1].Kind is TokenKind.Comma or TokenKind.Semicolon or TokenKind.Colon or TokenKind.Dash
            || end > start && tokens[end - 1].IsWord && tokens[end - 1].Bare is "and" or "but" && !tokens[end - 1].InQuote)
        {
            end--;
        }
        if (end <= start)
        {
            return null;
        }

        if (tokens[start].Kind == TokenKind.Quote && !tokens[start].InQuote && paragraph.QuoteAt(tokens[start].Start) is { } quote)
        {
            var wholeQuote = quote.End >= LastNonStop(tokens, start, end).End;
            if (!quote.Closed || wholeQuote || quoteFollowsVerb)
            {
                return WordCount(tokens, start, end) == 0
                    ? null
                    : new AttributedClause(anchor.Person, StatementKind.Direct,
                        [new TextRange(paragraph.Index, quote.ContentStart, quote.ContentEnd)], shape, sentence, !quote.Closed);
            }
        }

        if (WordCount(tokens, start, end) < MinContentWords)
        {
            return null;
        }
        return new AttributedClause(anchor.Person, StatementKind.Reported,
            [new TextRange(paragraph.Index, tokens[start].Start, tokens[end - 1].End)], shape, sentence, OpenQuote: false);
    }

    /// <summary>"Wu Qian: "During ...".</summary>
    private static AttributedClause? ColonQuote(ArticleSentence sentence, IReadOnlyList<PersonMention> mentions, IReadOnlyList<Token> tokens, int first, int last)
    {
        foreach (var mention in mentions)
        {
            if (mention.PhraseStart != first || mention.NameEnd + 1 > last || tokens[mention.NameEnd].Kind != TokenKind.Colon
                || tokens[mention.NameEnd + 1].Kind != TokenKind.Quote)
            {
                continue;
            }
            var quote = sentence.Paragraph.QuoteAt(tokens[mention.NameEnd + 1].Start);
            if (quote is { } q)
            {
                return new AttributedClause(mention.Person, StatementKind.Direct,
                    [new TextRange(sentence.Paragraph.Index, q.ContentStart, q.ContentEnd)], ClauseShape.Colon, sentence, !q.Closed);
            }
        }
        return null;
    }

    /// <summary>
    /// "Bolton gave a different account of events, also speaking via Twitter: "I offered ...", "Regina Ip from the
    /// pro-Beijing camp said in a press conference: "...": the sentence's subject, words of speaking, a colon and a
    /// quotation. Nothing between may name or point to anyone else (no other name, pronoun, role noun or relative
    /// clause), and nothing passive ("was asked:").
    /// </summary>
    private static AttributedClause? SpeakingColonQuote(ArticleSentence sentence, IReadOnlyList<PersonMention> mentions, IReadOnlyList<Token> tokens, int first, int last)
    {
        if (mentions.Count == 0 || mentions[0] is not { Possessive: false } subject || subject.PhraseStart != first)
        {
            return null;
        }
        var speaking = false;
        for (var t = subject.PhraseEnd; t <= last && t - subject.PhraseEnd <= MaxSpeakingLeadTokens; t++)
        {
            var token = tokens[t];
            if (token.InQuote || token.Kind is TokenKind.Quote or TokenKind.Semicolon or TokenKind.Stop || mentions.Any(m => m != subject && m.PhraseStart == t))
            {
                return null;
            }
            if (token.Kind == TokenKind.Colon)
            {
                if (!speaking || t + 1 > last || tokens[t + 1].Kind != TokenKind.Quote || sentence.Paragraph.QuoteAt(tokens[t + 1].Start) is not { } quote)
                {
                    return null;
                }
                return new AttributedClause(subject.Person, StatementKind.Direct,
                    [new TextRange(sentence.Paragraph.Index, quote.ContentStart, quote.ContentEnd)], ClauseShape.Colon, sentence, !quote.Closed);
            }
            if (!token.IsWord)
            {
                continue;
            }
            var previous = tokens[t - 1];
            if (token.IsCapitalized && !(previous.IsCapitalized || previous.IsWord && (Prepositions.Contains(previous.Bare) || ObjectVerbs.Contains(previous.Bare))))
            {
                // "Bolton said Kim told him:": somebody else may be the one quoted.
                return null;
            }
            if (!token.IsCapitalized && (NotTheSubjectSpeaking.Contains(token.Bare) || Vocabulary.IsRoleNoun(token.Bare)))
            {
                return null;
            }
            speaking |= SpeakingWords.Contains(token.Bare) || SpeechVerbs.IsVerbAt(tokens, t, last);
        }
        return null;
    }

    /// <summary>What sits before the subject: the sentence start, a comma, a closing quote, "and"/"but", or anything else.</summary>
    private static LeftKind LeftContext(IReadOnlyList<Token> tokens, int first, int subjectStart)
    {
        var l = subjectStart - 1;
        if (l < first)
        {
            return LeftKind.Start;
        }
        var token = tokens[l];
        if (token.Kind == TokenKind.Dash && !token.InQuote)
        {
            return LeftKind.Start;
        }
        if (token.Kind == TokenKind.Comma && !token.InQuote)
        {
            // "“...”, Johnson said in a video statement ...": the quotation before the comma is what was said.
            return l > first && tokens[l - 1].Kind == TokenKind.Quote && !tokens[l - 1].InQuote && l - 1 > first && tokens[l - 2].InQuote
                ? LeftKind.Quote
                : LeftKind.Comma;
        }
        if (token.Kind == TokenKind.Quote && !token.InQuote && l > first && tokens[l - 1].InQuote
            && tokens[l - 1].Kind is TokenKind.Comma or TokenKind.Stop)
        {
            return LeftKind.Quote;
        }
        if (token.IsWord && Conjunctions.Contains(token.Bare) && !token.InQuote)
        {
            return LeftKind.Conjunction;
        }
        return LeftKind.Invalid;
    }

    /// <summary>After "told"/"asked": the audience ("reporters", "the BBC", "Brussels-based media network EURACTIV").</summary>
    private static int SkipObject(IReadOnlyList<Token> tokens, Anchor anchor, int end)
    {
        var k = anchor.VerbEnd;
        if (!ObjectVerbs.Contains(tokens[anchor.VerbStart].Bare))
        {
            return k;
        }
        if (k < end && tokens[k].IsWord && tokens[k].Bare is "the" or "a" or "an" or "local" or "state" or "national" or "foreign")
        {
            k++;
        }
        var start = k;
        while (k < end && k - start < 6 && tokens[k].IsWord && !tokens[k].InQuote
            && (tokens[k].IsCapitalized || Audience.Contains(tokens[k].Bare) || tokens[k].Bare.EndsWith("-based", StringComparison.Ordinal)))
        {
            k++;
        }
        return k == start ? anchor.VerbEnd : k;
    }

    /// <summary>
    /// Skips the setting between verb and words ("on Monday that", "in a statement,", "at a press conference
    /// yesterday morning the ..."): up to a "that", comma or quotation when only setting words lead there, over a
    /// prepositional setting when the words clearly start after it, otherwise over plain time words.
    /// </summary>
    private static int SkipSetting(IReadOnlyList<Token> tokens, int k, int end, out bool sawThat)
    {
        sawThat = false;
        if (k < end && tokens[k].Is("that"))
        {
            sawThat = true;
            return k + 1;
        }
        if (k + 1 < end && tokens[k].Kind == TokenKind.Comma && tokens[k + 1].IsWord && SettingStarts.Contains(tokens[k + 1].Bare)
            && AsideEnd(tokens, k + 1, end) is var afterAside and >= 0)
        {
            // "He said, in remarks published by CNN in February, "...": an aside before the words.
            return afterAside;
        }
        if (k < end && tokens[k].IsWord && (SettingStarts.Contains(tokens[k].Bare) || Prepositions.Contains(tokens[k].Bare) || tokens[k].Bare is "of" or "about")
            && AsideEnd(tokens, k, end) is var beforeQuote and >= 0)
        {
            // "said of the outbreak, "...", "wrote in the majority opinion, "...": a setting, then the quotation.
            return beforeQuote;
        }
        if (!(k < end && tokens[k].IsWord && (SettingStarts.Contains(tokens[k].Bare) || Prepositions.Contains(tokens[k].Bare))))
        {
            return k < end && tokens[k].Kind is TokenKind.Comma or TokenKind.Colon or TokenKind.Quote ? k : SkipTime(tokens, k, end);
        }

        var terminator = SettingPhraseEnd(tokens, k, end, out var isThat);
        if (terminator >= 0)
        {
            sawThat = isThat;
            return isThat ? terminator + 1 : terminator;
        }

        // "at a press conference yesterday morning the gun laws ...": the words start at the article or name that
        // ends the run of setting words.
        var j = k;
        while (j < end && tokens[j].IsWord && !tokens[j].InQuote && (Vocabulary.SettingWords.Contains(tokens[j].Bare) || char.IsDigit(tokens[j].Text[0])))
        {
            j++;
        }
        var back = j;
        while (back > k + 1 && tokens[back - 1].Bare is "the" or "a" or "an" or "his" or "her" or "their" or "its")
        {
            back--;
        }
        if (back < j || j < end && tokens[j].IsWord && (tokens[j].IsCapitalized || Vocabulary.PersonalPronouns.Contains(tokens[j].Bare) || tokens[j].Bare is "they" or "we" or "it" or "i"))
        {
            return back;
        }
        return SkipTime(tokens, k, end);
    }

    /// <summary>The comma closing an aside that a quotation follows ("in remarks published by CNN in February, "), or -1.</summary>
    private static int AsideEnd(IReadOnlyList<Token> tokens, int k, int end)
    {
        for (var j = k; j < end && j - k <= SettingWindow; j++)
        {
            if (tokens[j].InQuote || tokens[j].Kind == TokenKind.Quote)
            {
                return -1;
            }
            if (tokens[j].Kind == TokenKind.Comma)
            {
                return j + 1 < end && tokens[j + 1].Kind == TokenKind.Quote ? j : -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// Where a setting phrase starting at <paramref name="k"/> ends: at "that" (any short phrase), or at a comma,
    /// colon or quotation when the phrase holds only setting words, names and numbers. -1 when it does not end so.
    /// </summary>
    private static int SettingPhraseEnd(IReadOnlyList<Token> tokens, int k, int end, out bool isThat)
    {
        isThat = false;
        var plain = true;
        for (var j = k; j < end && j - k <= SettingWindow; j++)
        {
            var token = tokens[j];
            if (token.InQuote)
            {
                return -1;
            }
            if (token.Is("that"))
            {
                isThat = true;
                return j;
            }
            if (token.Kind is TokenKind.Comma or TokenKind.Colon or TokenKind.Quote)
            {
                // "told the BBC after the verdict "My client ..."": a short setting may lead to a quotation, but
                // not "commented on the unfairness of "rigged polls"", where the quotation is part of the words.
                var leadIn = tokens[j - 1];
                var objectOfPreposition = leadIn.IsWord && (Prepositions.Contains(leadIn.Bare) || leadIn.Bare is "of" or "the" or "a" or "an" or "about");
                return j > k && (plain || token.Kind == TokenKind.Quote && j - k <= 4 && !objectOfPreposition) ? j : -1;
            }
            var setting = token.IsWord && (Vocabulary.SettingWords.Contains(token.Bare) || Prepositions.Contains(token.Bare)
                || token.Bare is "of" or "and" || token.IsCapitalized || char.IsDigit(token.Text[0]));
            if (!setting && !(j - k < 6 && token.IsWord && !Vocabulary.SpeechVerbs.Contains(token.Bare)))
            {
                return -1;
            }
            plain &= setting;
        }
        return -1;
    }

    /// <summary>Skips "today", "on Monday", "last week", "Tuesday evening".</summary>
    private static int SkipTime(IReadOnlyList<Token> tokens, int k, int end)
    {
        while (k < end && tokens[k].IsWord && !tokens[k].InQuote)
        {
            var bare = tokens[k].Bare;
            if (Days.Contains(bare) || bare is "today" or "yesterday" or "tonight")
            {
                k++;
                while (k < end && tokens[k].IsWord && PartsOfDay.Contains(tokens[k].Bare))
                {
                    k++;
                }
            }
            else if (bare is "on" or "last" or "this" or "earlier" or "later" && k + 1 < end && tokens[k + 1].IsWord
                && (Days.Contains(tokens[k + 1].Bare) || PartsOfDay.Contains(tokens[k + 1].Bare) || tokens[k + 1].Bare is "week" or "month" or "year" or "weekend"))
            {
                k += 2;
            }
            else
            {
                break;
            }
        }
        return k;
    }

    /// <summary>
    /// True when nothing but a setting follows the verb up to the sentence's end ("Tan said." "Pompeo said on
    /// Tuesday."); a following ", adding that ..." is noted.
    /// </summary>
    private static bool IsTailOnly(IReadOnlyList<Token> tokens, int k, int end, out int addingAt)
    {
        addingAt = -1;
        for (var j = k; j < end; j++)
        {
            var token = tokens[j];
            if (j - k > MaxTailTokens || token.InQuote || token.Kind == TokenKind.Quote)
            {
                return false;
            }
            if (token.Kind == TokenKind.Comma && j + 1 < end && tokens[j + 1].IsWord && AddingWords.Contains(tokens[j + 1].Bare))
            {
                addingAt = j + 1;
                return true;
            }
            var settles = token.Kind is TokenKind.Stop or TokenKind.Comma or TokenKind.OpenParen or TokenKind.CloseParen
                || token.IsWord && (token.IsCapitalized || char.IsDigit(token.Text[0]) || Vocabulary.SettingWords.Contains(token.Bare)
                    || token.Bare is "of" or "and" or "for" or "by" or "about" or "an" or "the");
            if (!settles || token.Is("that"))
            {
                return false;
            }
        }
        return true;
    }

    private static int SkipThat(IReadOnlyList<Token> tokens, int k, int end) =>
        k < end && tokens[k].Is("that") ? k + 1 : k;

    private static int SkipPunctuation(IReadOnlyList<Token> tokens, int k, int end)
    {
        while (k < end && tokens[k].Kind is TokenKind.Comma or TokenKind.Colon or TokenKind.Dash or TokenKind.Semicolon)
        {
            k++;
        }
        return k;
    }

    /// <summary>Skips a dateline ("BEIJING, Sept. 24 --") at the start of a sentence.</summary>
    private static int SkipDateline(IReadOnlyList<Token> tokens, int first, int limit)
    {
        for (var j = first; j < limit && j - first < 8; j++)
        {
            var token = tokens[j];
            if (token.Kind == TokenKind.Dash)
            {
                return j + 1;
            }
            if (!(token.Kind == TokenKind.Comma || token.IsAllCaps || token.IsWord && (char.IsDigit(token.Text[0]) || Abbreviations.IsAbbreviation(token.Text.TrimEnd('.'))
                || Vocabulary.NeverInName.Contains(token.Bare) && char.IsUpper(token.Text[0]))))
            {
                return first;
            }
        }
        return first;
    }

    /// <summary>A content's words end at a semicolon when what follows it is somebody else's report ("...; TVN24 reported ...").</summary>
    private static int CutAtSemicolonClause(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            if (tokens[j].Kind != TokenKind.Semicolon || tokens[j].InQuote)
            {
                continue;
            }
            for (var k = j + 1; k < end; k++)
            {
                if (SpeechVerbs.Length(tokens, k, end - 1) > 0)
                {
                    return j;
                }
            }
        }
        return end;
    }

    private static Token LastNonStop(IReadOnlyList<Token> tokens, int start, int end)
    {
        var k = end - 1;
        while (k > start && tokens[k].Kind is TokenKind.Stop or TokenKind.Comma)
        {
            k--;
        }
        return tokens[k];
    }

    private static int WordCount(IReadOnlyList<Token> tokens, int start, int end)
    {
        var words = 0;
        for (var j = start; j < end; j++)
        {
            if (tokens[j].IsWord)
            {
                words++;
            }
        }
        return words;
    }

    private enum LeftKind
    {
        Invalid,
        Start,
        Comma,
        Quote,
        Conjunction,
    }

    /// <summary>A speech verb with its speaker.</summary>
    /// <param name="SubjectStart">First token of the subject (or the verb, when the subject follows it).</param>
    /// <param name="PhraseEnd">One past the attribution ("said Senior Colonel Tan Kefei, spokesperson ...,").</param>
    private sealed record Anchor(ArticlePerson Person, int VerbStart, int VerbEnd, int SubjectStart, LeftKind Left, bool SubjectAfterVerb, int PhraseEnd, bool IsAccording = false)
    {
        /// <summary>Where the attribution begins, including a joining "and" or comma; earlier words belong to others.</summary>
        public int BoundaryStart => Left switch
        {
            LeftKind.Conjunction => SubjectStart - 1,
            _ => SubjectStart,
        };
    }
}
