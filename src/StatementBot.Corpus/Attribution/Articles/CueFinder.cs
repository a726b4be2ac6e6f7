using StatementBot.Corpus.Attribution.Articles.Rules;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// Finds a sentence's speech cues and their speakers: the subject before the verb (over auxiliaries, an
/// appositive "…, spokesperson for the ministry, said" or a parenthesis), the speaker after an invertible verb
/// that follows a quotation ("…," said Tan), the name after "according to", and unnamed officials ("a State
/// Department spokesperson said") as their organisation.
/// </summary>
internal sealed class CueFinder(ArticlePeople people, Focus focus)
{
    private readonly SourceNames _sources = new(people);

    private const int MaxInvertedRole = 12;

    public List<SpeechCue> Find(ArticleSentence sentence, IReadOnlyList<Mention> mentions)
    {
        var tokens = sentence.Paragraph.Tokens;
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        var cues = new List<SpeechCue>();
        for (var v = first; v < end; v++)
        {
            if (PassiveWithAgent(tokens, v, end, mentions) is { } passive)
            {
                cues.Add(passive);
                focus.Note(passive.Speaker);
                v = passive.Last - 1;
                continue;
            }
            if (ArticleRules.SpeechVerbs.At(tokens, v) is not { } verb
                // "Remarked Center scientist Ada Quill, "…"": a sentence may open with an invertible verb.
                || tokens[v].IsCapitalized && !(verb.IsAccordingTo || v > first && tokens[v - 1].Kind == TokenKind.Quote || v == first && verb.Can(VerbUse.Invert))
                || v > first && ArticleRules.PassiveAuxiliaries.Contains(tokens[v - 1].Bare))
            {
                continue;
            }
            var verbEnd = v + verb.Words.Count;
            // After a quotation the speaker follows the verb ("…," said Tan); after a comma it may ("…, said Tan,"),
            // but a subject before the verb comes first ("Vladimir Putin, president of Russia, said").
            var canInvert = verb.Can(VerbUse.Invert);
            var cue = RelayedSpeaker(tokens, verb, v, verbEnd, first, mentions) ?? (verb.IsAccordingTo
                ? After(tokens, verb, v, verbEnd, end, mentions, inverted: false)
                : v == first && tokens[v].IsCapitalized ? After(tokens, verb, v, verbEnd, end, mentions, inverted: true)
                : (canInvert && CueSpans.FollowsQuotation(tokens, v, first) ? After(tokens, verb, v, verbEnd, end, mentions, inverted: true) : null)
                    ?? Before(tokens, verb, v, verbEnd, first, mentions)
                    ?? (canInvert && v > first && tokens[v - 1].Kind == TokenKind.Comma ? After(tokens, verb, v, verbEnd, end, mentions, inverted: true) : null));
            if (cue is not null && cue.Subject.Kind == MentionKind.Pronoun && SentenceSubject(tokens, first, cue.Subject, mentions) is { } subject)
            {
                // "John Quill broke news when he revealed …": "he" is the sentence's own subject before the last sentence's.
                cue = cue with { Speaker = subject };
            }
            if (cue is not null)
            {
                cues.Add(cue);
                focus.Note(cue.Speaker);
                v = Math.Max(v, cue.Last - 1);
            }
        }
        return cues;
    }

    /// <summary>
    /// "he was told by Emergencies Minister Ada Quill of "…"": a passive speech verb's agent after "by" is the speaker
    /// (a person named there, never an organisation's reading of the sentence).
    /// </summary>
    private SpeechCue? PassiveWithAgent(IReadOnlyList<Token> tokens, int v, int end, IReadOnlyList<Mention> mentions)
    {
        if (v == 0 || !ArticleRules.PassiveAuxiliaries.Contains(tokens[v - 1].Bare) || tokens[v - 1].InQuote
            || ArticleRules.SpeechVerbs.At(tokens, v) is not { } verb || verb.IsAccordingTo)
        {
            return null;
        }
        var by = v + verb.Words.Count;
        if (by + 1 >= end || !tokens[by].Is("by") || tokens[by].InQuote)
        {
            return null;
        }
        var agent = mentions.FirstOrDefault(m => m.PhraseStart == by + 1 && m.Kind == MentionKind.Person && !m.Possessive);
        return agent?.Person is null ? null : new SpeechCue(verb, v, by + 1, agent, agent.Person, Inverted: false);
    }

    /// <summary>
    /// "The Gazette quoted Tan as saying …", "cited Tan, the ministry's spokesperson, as stating": the person before
    /// "as" (or before the aside that ends there) speaks, not the one who relays them.
    /// </summary>
    private SpeechCue? RelayedSpeaker(IReadOnlyList<Token> tokens, SpeechVerb verb, int v, int verbEnd, int first, IReadOnlyList<Mention> mentions)
    {
        if (v - 2 < first || !tokens[v - 1].Is("as") || !tokens[v].Bare.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        // "cited Budi Gunawan, chief of the agency, as saying": the name before an aside set off by commas.
        var nameEnd = v - 1;
        if (tokens[v - 2].Kind == TokenKind.Comma)
        {
            var c = v - 3;
            while (c > first && v - c <= MaxInvertedRole * 2 && tokens[c].Kind != TokenKind.Comma && !tokens[c].InQuote)
            {
                c--;
            }
            nameEnd = c > first && tokens[c].Kind == TokenKind.Comma ? c : -1;
        }

        var relayed = mentions.LastOrDefault(m => m.End == nameEnd && !m.Possessive && m.Kind is MentionKind.Person or MentionKind.Organisation or MentionKind.Pronoun);
        return relayed is null ? null : Cue(verb, v, verbEnd, relayed, inverted: false);
    }

    /// <summary>The speaker named after the verb: "said Tan", "according to a statement by the ministry".</summary>
    private SpeechCue? After(IReadOnlyList<Token> tokens, SpeechVerb verb, int v, int verbEnd, int end, IReadOnlyList<Mention> mentions, bool inverted)
    {
        if (verb.IsAccordingTo && verbEnd < end && tokens[verbEnd] is { IsWord: true, InQuote: false } next
            && ArticleRules.ObjectPronouns.TryGetValue(next.Bare, out var subjectForm))
        {
            // "According to him, it was …": whoever "he" would be.
            return Cue(verb, v, verbEnd, new Mention(MentionKind.Pronoun, verbEnd, verbEnd, verbEnd + 1, null, [subjectForm], false), inverted);
        }
        var limit = Math.Min(end, verbEnd + (inverted ? MaxInvertedRole : 6));
        foreach (var mention in mentions)
        {
            var ownsStatement = mention.Possessive && mention.End < end && ArticleRules.StatementNouns.Contains(tokens[mention.End].Bare);
            if (mention.PhraseStart < verbEnd || mention.PhraseStart > limit || mention.Possessive && !ownsStatement)
            {
                continue;
            }
            if (!(inverted ? CueSpans.OnlyRoleBetween(tokens, verbEnd, mention.PhraseStart) : CueSpans.OnlySettingBetween(tokens, verbEnd, mention.PhraseStart)))
            {
                if (inverted && mention.Kind is MentionKind.Organisation)
                {
                    continue;
                }
                break;
            }
            if (mention.Kind is MentionKind.Organisation or MentionKind.Candidate && mention.End < end && tokens[mention.End].IsWord && !tokens[mention.End].InQuote
                && !tokens[mention.End].IsCapitalized && ArticleRules.UnnamedSpeakers.Contains(tokens[mention.End].Bare))
            {
                // "according to Philippine officials": the officials, by the name before them.
                var officials = _sources.Unnamed(tokens, mention.PhraseStart, mention.End, end);
                var unnamed = new Mention(MentionKind.Organisation, mention.PhraseStart, mention.PhraseStart, officials.End, officials.Organisation, [officials.Organisation.Name], false);
                return new SpeechCue(verb, v, verbEnd, unnamed, officials.Organisation, inverted);
            }
            if (verb.IsAccordingTo && mention.Kind == MentionKind.Organisation && _sources.Joined(tokens, mention, mentions, end) is { } joined)
            {
                // "according to Reuters and the Times, …": both are the source, and what follows the last is what they said.
                return new SpeechCue(verb, v, verbEnd, joined, joined.Person!, inverted);
            }
            return Cue(verb, v, verbEnd, CueSpans.PersonAfter(tokens, mention, mentions) ?? mention, inverted);
        }
        // "according to police", "said a spokesperson for the ministry".
        for (var i = verbEnd; i < limit + 2 && i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].InQuote)
            {
                break;
            }
            if (ArticleRules.UnnamedSpeakers.Contains(tokens[i].Bare) && !tokens[i].IsCapitalized)
            {
                var source = _sources.Unnamed(tokens, verbEnd, i, end);
                var mention = new Mention(MentionKind.Organisation, verbEnd, verbEnd, source.End, source.Organisation, [source.Organisation.Name], false);
                return new SpeechCue(verb, v, verbEnd, mention, source.Organisation, inverted);
            }
            // "explained that the company …": "that" opens what was said, never a source.
            if (tokens[i].Is("that") || !(ArticleRules.Determiners.Contains(tokens[i].Bare) || ArticleRules.SettingWords.Contains(tokens[i].Bare) || tokens[i].Is("by") || MentionScanner.IsNameWord(tokens[i])))
            {
                break;
            }
        }
        return null;
    }

    /// <summary>The subject before the verb: "Tan said", "Tan, spokesperson for the ministry, also said", "police said".</summary>
    private SpeechCue? Before(IReadOnlyList<Token> tokens, SpeechVerb verb, int v, int verbEnd, int first, IReadOnlyList<Mention> mentions)
    {
        var participle = tokens[v].Bare.EndsWith("ing", StringComparison.Ordinal);
        // "Abdul-Mahdi spoke out against the attack, calling it …": a participle's speaker is the sentence's subject;
        // so after a place ("issued a statement at his club outside Washington, D.C. saying …").
        var subjectOfParticiple = participle ? mentions.FirstOrDefault(m => m.PhraseStart < v && !m.Possessive && m.Kind is MentionKind.Person or MentionKind.Pronoun
            && !(m.PhraseStart > first && ArticleRules.Prepositions.Contains(tokens[m.PhraseStart - 1].Bare))) : null;
        if (v > first && tokens[v - 1].Kind == TokenKind.Comma && participle)
        {
            return subjectOfParticiple is null ? null : Cue(verb, v, verbEnd, subjectOfParticiple, inverted: false);
        }
        if (subjectOfParticiple is not null && v > first
            && mentions.FirstOrDefault(m => m.End == v && !m.Possessive) is { Kind: MentionKind.Organisation or MentionKind.Candidate } place
            && place.PhraseStart > subjectOfParticiple.End)
        {
            return Cue(verb, v, verbEnd, subjectOfParticiple, inverted: false);
        }
        var p = v - 1;
        while (p >= first && tokens[p].IsWord && !tokens[p].InQuote && !tokens[p].IsCapitalized
            && (ArticleRules.Auxiliaries.Contains(tokens[p].Bare) || tokens[p].Bare.EndsWith("ly", StringComparison.Ordinal) && tokens[p].Bare.Length > 3))
        {
            p--;
        }
        // "Nur Khan Liton on Sunday told …", "the ministry, in a statement, said": a time or medium between the subject
        // and the verb is the reporter's frame.
        p = CueSpans.SettingBefore(tokens, p, first);
        if (p > first && tokens[p].Is("and") && !mentions.Any(m => m.End == p))
        {
            // "Tom Watson called the deal "lousy" and said he would …": a second verb shares the sentence's subject.
            var subject = mentions.FirstOrDefault(m => m.PhraseStart < p && !m.Possessive && m.Kind is MentionKind.Person or MentionKind.Pronoun
                && (m.PhraseStart == first || tokens[m.PhraseStart - 1].Kind == TokenKind.Comma));
            return subject is null || mentions.Any(m => m.PhraseStart > subject.End && m.PhraseStart < p && m.Kind is MentionKind.Person or MentionKind.Pronoun && !m.Possessive
                    && !(m.PhraseStart > first && ArticleRules.Prepositions.Contains(tokens[m.PhraseStart - 1].Bare)))
                ? null
                : Cue(verb, v, verbEnd, subject, inverted: false);
        }
        if (p >= first && tokens[p].Kind == TokenKind.CloseParen)
        {
            while (p >= first && tokens[p].Kind != TokenKind.OpenParen)
            {
                p--;
            }
            p--;
        }
        if (p >= first && tokens[p].Kind == TokenKind.Comma && !tokens[p].InQuote)
        {
            // "The Vice President, Mike Pence, said", "The study's lead author, doctoral candidate Maninder Thind, said":
            // the name between the commas (with its role) is the subject.
            var named = mentions.FirstOrDefault(m => m.End == p && m.Kind is MentionKind.Person or MentionKind.Candidate && !m.Possessive
                && CueSpans.CommaBeforeRole(tokens, m, first));
            if (named is not null)
            {
                // The role before the first comma is part of the subject, so the cue opens where the role does and
                // is never read as a cue that closes the words before it.
                return Cue(verb, v, verbEnd, named with { PhraseStart = CueSpans.RoleBeforeCommaStart(tokens, named, first) }, inverted: false);
            }
            p = CueSpans.AppositiveStart(tokens, p, first);
        }
        if (p < first)
        {
            return null;
        }
        if (p > first && tokens[p].IsWord && ArticleRules.StatementNouns.Contains(tokens[p].Bare)
            && mentions.FirstOrDefault(m => m.End == p && m.Possessive) is { } owner)
        {
            // "the judge's statement reads": the words are the statement's owner's.
            return Cue(verb, v, verbEnd, owner, inverted: false);
        }
        foreach (var mention in mentions)
        {
            if (mention.End == p + 1 && !mention.Possessive)
            {
                var subject = CueSpans.PersonBefore(tokens, mention, mentions, first) ?? mention;
                // "…, with Zinichev describing the "…"": after "with", a name and a participle are a clause of their own.
                var absolute = subject.PhraseStart > first && tokens[subject.PhraseStart - 1].Is("with") && tokens[v].Bare.EndsWith("ing", StringComparison.Ordinal);
                return SubjectScope.IsObjectOfPreposition(tokens, subject, mentions, first) && !SubjectScope.SpeaksThrough(tokens, subject, mentions, first) && !absolute
                    || SubjectScope.InRelativeClause(tokens, subject, first)
                    ? null
                    : Cue(verb, v, verbEnd, subject, inverted: false);
            }
        }
        if (tokens[p].IsWord && !tokens[p].InQuote && ArticleRules.UnnamedSpeakers.Contains(tokens[p].Bare) && !tokens[p].IsCapitalized)
        {
            var start = p;
            while (start > first && start > p - 6 && tokens[start - 1].IsWord && !tokens[start - 1].InQuote
                && !ArticleRules.Prepositions.Contains(tokens[start - 1].Bare) && !ArticleRules.SpeechVerbs.Contains(tokens, start - 1))
            {
                start--;
                if (ArticleRules.Determiners.Contains(tokens[start].Bare))
                {
                    break;
                }
            }
            var source = _sources.Unnamed(tokens, start, p, p + 1);
            var mention = new Mention(MentionKind.Organisation, start, start, p + 1, source.Organisation, [source.Organisation.Name], false);
            return new SpeechCue(verb, v, verbEnd, mention, source.Organisation, Inverted: false);
        }
        return null;
    }

    /// <summary>
    /// The person a sentence opens with as its subject (named, not possessive, not after a preposition), when a
    /// pronoun later in the same sentence fits them; null otherwise.
    /// </summary>
    private static ArticlePerson? SentenceSubject(IReadOnlyList<Token> tokens, int first, Mention pronoun, IReadOnlyList<Mention> mentions)
    {
        var subject = mentions.FirstOrDefault(m => m.Kind is MentionKind.Person or MentionKind.Pronoun && m.PhraseStart < pronoun.PhraseStart);
        if (subject is not { Kind: MentionKind.Person, Possessive: false, Person: { } person }
            || subject.PhraseStart > first && ArticleRules.Prepositions.Contains(tokens[subject.PhraseStart - 1].Bare)
            || mentions.Any(m => m.Kind == MentionKind.Person && m.PhraseStart < pronoun.PhraseStart && m.Person != person))
        {
            return null;
        }
        return person.Pronoun is null || person.Pronoun == pronoun.Parts[0] ? person : null;
    }

    private SpeechCue? Cue(SpeechVerb verb, int v, int verbEnd, Mention mention, bool inverted)
    {
        var speaker = mention.Kind switch
        {
            MentionKind.Pronoun => focus.Resolve(mention.Parts[0]),
            MentionKind.Description => focus.Described(mention.Parts),
            // "Boeing said", "Phivolcs said": one word the article never gave as part of a person's name is an organisation.
            MentionKind.Candidate => people.Organisation(mention.Parts[0]),
            _ => mention.Person,
        };
        return speaker is null ? null : new SpeechCue(verb, v, verbEnd, mention, speaker, inverted);
    }
}
