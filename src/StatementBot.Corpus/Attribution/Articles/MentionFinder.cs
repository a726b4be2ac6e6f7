namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// Finds the people a sentence names. A run of capitalised words is a person only with evidence: a title or role
/// before it ("Senior Colonel Tan Kefei", "Police spokesman Mariusz Ciarka"), a role after it ("Wu Qian, the
/// spokesperson of ..."), a speech verb next to it ("Esper has said", "said Tan Kefei"), or a name the article
/// already gave. Titles and ranks go to the role, never into the name.
/// </summary>
internal sealed class MentionFinder(ArticlePeople people)
{
    private const int MaxNameWords = 4;
    private const int MaxAppositiveTokens = 18;
    private const int AppositiveRoleWindow = 8;

    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "mr", "mrs", "ms", "miss", "sir", "dame" };

    private static readonly HashSet<string> AppositiveStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "spoke", "is", "was", "are", "were", "has", "have", "had", "will", "would", "who", "which", "that", "did",
        "does", "can", "could", "met", "visited", "may", "might", "should", "also", "when", "while",
        "after", "before", "because", "as", "where", "whose", "whom",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "to", "of", "for", "by", "from", "at", "on", "in", "about", "against", "between", "among", "like", "than", "as",
    };

    /// <summary>Lower-case words that continue a role after its noun ("spokesperson for the Ministry of ...").</summary>
    private static readonly HashSet<string> RoleJoiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "for", "at", "to", "the", "and", "in", "on", "from", "with", "a", "an", "de", "du", "des",
    };

    private static readonly HashSet<string> MonthNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    public List<PersonMention> Find(ArticleSentence sentence) => Find(sentence, []);

    /// <summary>The people named in the sentence; name-like runs that are nobody known go to <paramref name="unknownNames"/>.</summary>
    public List<PersonMention> Find(ArticleSentence sentence, List<int> unknownNames)
    {
        var original = sentence.Paragraph.Original;
        var tokens = sentence.Paragraph.Tokens;
        var first = sentence.FirstToken;
        var last = first + sentence.TokenCount - 1;
        var mentions = new List<PersonMention>();
        for (var i = first; i <= last; i++)
        {
            if (!StartsRun(tokens, i, first))
            {
                continue;
            }
            var runEnd = RunEnd(tokens, i, last);
            var mention = Classify(original, tokens, first, last, i, runEnd, out var unknown);
            if (mention is not null)
            {
                mentions.Add(mention);
            }
            else if (unknown)
            {
                unknownNames.Add(i);
            }
            i = runEnd - 1;
        }
        // Capitalised words inside a person's role ("Philippine Red Cross chair ...") are no unknown person.
        unknownNames.RemoveAll(u => mentions.Any(m => u >= m.PhraseStart && u < m.PhraseEnd));
        return mentions;
    }

    private PersonMention? Classify(string original, IReadOnlyList<Token> tokens, int first, int last, int runStart, int runEnd, out bool unknownName)
    {
        unknownName = false;
        // Titles inside the run ("US Defense Secretary Mark Esper") end where the name begins.
        var nameStart = runStart;
        for (var t = runEnd - 2; t >= runStart; t--)
        {
            if ((Vocabulary.IsTitle(tokens[t].Text) || Vocabulary.IsRoleNoun(tokens[t].Text) || Vocabulary.Affiliations.Contains(tokens[t].Bare)) && !tokens[t].IsPossessive)
            {
                nameStart = t + 1;
                break;
            }
        }
        if (nameStart == runStart && runEnd - runStart >= 3 && runStart >= 2 && tokens[runStart - 1].Bare is "of" or "from" or "for" && Vocabulary.IsTitle(tokens[runStart - 2].Text))
        {
            // "President of France Emmanuel Macron", "Senator from Vermont Bernie Sanders", "Representative for Iran Brian Hook": the place, then a two-word name.
            nameStart = runEnd - 2;
        }

        var nameParts = new List<string>();
        for (var t = nameStart; t < runEnd; t++)
        {
            nameParts.Add(CleanNamePart(tokens[t].Text));
        }
        if (!LooksLikeName(tokens, nameStart, runEnd))
        {
            return null;
        }

        var phraseStart = RolePrefixStart(original, tokens, first, runStart, nameStart, out var prefixRole, out var prefixEvidence);
        if (prefixEvidence && nameParts.Count == 1 && phraseStart < runStart && tokens[runStart - 1].Kind == TokenKind.Comma)
        {
            // "A resident of Antioch, Illinois, ...": one word after a role and a comma is a place as often as a name.
            prefixEvidence = false;
            prefixRole = null;
            phraseStart = runStart;
        }
        var possessive = tokens[runEnd - 1].IsPossessive;
        var phraseEnd = runEnd;
        string? appositiveRole = null;
        if (!possessive && runEnd + 1 <= last && tokens[runEnd].Kind == TokenKind.Comma)
        {
            phraseEnd = Appositive(original, tokens, runEnd + 1, last, opensSentence: phraseStart == first || tokens[phraseStart - 1].Kind is TokenKind.Dash, out appositiveRole);
            if (phraseEnd < 0)
            {
                phraseEnd = runEnd;
            }
        }

        // "according to the Baltimore Sun": a bare name after "the" names an organisation.
        var afterArticle = phraseStart == runStart && runStart > first && tokens[runStart - 1].Bare is "the";
        possessive |= runEnd <= last && tokens[runEnd].Kind == TokenKind.Other && tokens[runEnd].Text is "'" or "’" && tokens[runEnd - 1].Text.EndsWith('s');
        var evidence = !afterArticle && (prefixEvidence || appositiveRole is not null)
            || !afterArticle && !possessive && NextToSpeechVerb(tokens, first, last, phraseStart, phraseEnd)
            || !afterArticle && StartsColonQuote(tokens, first, last, phraseStart, runEnd);
        var role = appositiveRole ?? prefixRole;
        ArticlePerson? person;
        if (evidence && (nameParts.Count >= 2 || prefixEvidence || people.Find(nameParts) is not null))
        {
            person = people.Add(nameParts, role);
        }
        else
        {
            person = people.Find(nameParts);
            if (person is not null && role is not null)
            {
                person.Learn(nameParts, role);
            }
            else if (person is null && evidence && nameParts.Count == 1 && !possessive)
            {
                person = people.ConfirmSurname(nameParts[0]);
            }
            else if (person is null && nameParts.Count >= 2 && !afterArticle)
            {
                people.Suppose(nameParts);
            }
        }
        // Only a name standing where a subject stands can be the "he" of the next sentence; "on the Radar Videos"
        // cannot.
        var subjectPosition = runStart == first || !(tokens[runStart - 1].IsWord && (Prepositions.Contains(tokens[runStart - 1].Bare) || tokens[runStart - 1].Bare is "the" or "a" or "an"));
        // A lone unknown word opening a clause ("Blankenship concurred: ...") may be a person too.
        var loneSubject = nameParts.Count == 1 && (runStart == first || tokens[runStart - 1].Kind is TokenKind.Comma or TokenKind.Dash)
            && runEnd <= last && IsVerbLike(tokens[runEnd]);
        unknownName = person is null && (nameParts.Count >= 2 && subjectPosition || loneSubject);
        return person is null ? null : new PersonMention(person, phraseStart, nameStart, runEnd, phraseEnd, possessive);
    }

    /// <summary>"concurred", "said", "has": a word that makes the capitalised word before it a subject.</summary>
    private static bool IsVerbLike(Token token) =>
        token.IsWord && !token.IsCapitalized && !token.InQuote
        && (Vocabulary.SpeechVerbs.Contains(token.Bare) || token.Bare.Length > 4 && token.Bare.EndsWith("ed", StringComparison.Ordinal)
            || token.Bare is "has" or "had" or "is" or "was" or "will" or "would" or "also");

    private static bool StartsRun(IReadOnlyList<Token> tokens, int i, int first)
    {
        var token = tokens[i];
        if (token.InQuote || !IsNameToken(token) || Vocabulary.NeverInName.Contains(token.Bare) && !Vocabulary.IsTitle(token.Text))
        {
            return false;
        }
        return true;
    }

    private static int RunEnd(IReadOnlyList<Token> tokens, int start, int last)
    {
        var end = start + 1;
        while (end <= last && !tokens[end - 1].IsPossessive)
        {
            var token = tokens[end];
            if (token.InQuote || token.Start > tokens[end - 1].End + 1)
            {
                break;
            }
            if (IsNameToken(token) && (!Vocabulary.NeverInName.Contains(token.Bare) || MonthNames.Contains(token.Bare)))
            {
                end++;
            }
            else if (token.IsWord && Vocabulary.NameParticles.Contains(token.Text) && end + 1 <= last && IsNameToken(tokens[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    private static bool IsNameToken(Token token) =>
        token.IsWord && !token.InQuote
        && (char.IsUpper(token.Text[0]) || LowerParticleWithName(token.Text));

    /// <summary>"al-Baghdadi", "bin-Salman": a lower-case particle joined to a capitalised name.</summary>
    private static bool LowerParticleWithName(string text)
    {
        var hyphen = text.IndexOf('-');
        return hyphen is > 0 and < 4 && hyphen + 1 < text.Length && char.IsUpper(text[hyphen + 1]);
    }

    private static bool LooksLikeName(IReadOnlyList<Token> tokens, int start, int end)
    {
        var words = 0;
        for (var t = start; t < end; t++)
        {
            var token = tokens[t];
            if (Vocabulary.NameParticles.Contains(token.Text))
            {
                continue;
            }
            words++;
            var bare = token.Bare;
            if (token.IsAllCaps && !IsInitials(token.Text) || bare.Any(char.IsDigit) || Vocabulary.NonPersonWords.Contains(bare)
                || bare.EndsWith('s') && Vocabulary.IsRoleNoun(bare[..^1])
                || bare.Contains("year-old", StringComparison.Ordinal)
                || t == end - 1 && end - start > 1 && Vocabulary.IsTitle(bare)
                || Vocabulary.IsTitle(bare) && t == end - 1 && end - start == 1 || bare.Length == 0)
            {
                return false;
            }
        }
        return words is >= 1 and <= MaxNameWords;
    }

    private static bool IsInitials(string text) => text.Length <= 4 && text.EndsWith('.');

    private static string CleanNamePart(string text)
    {
        if (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal))
        {
            return text[..^2];
        }
        return text.EndsWith('\'') || text.EndsWith('’') ? text[..^1] : text;
    }

    /// <summary>
    /// Walks left from the name over title and role words ("US Defense Secretary", "Police spokesman",
    /// "a spokesperson,") and returns where the mention starts; the role words become the prefix role.
    /// </summary>
    private static int RolePrefixStart(string original, IReadOnlyList<Token> tokens, int first, int runStart, int nameStart, out string? role, out bool evidence)
    {
        role = null;
        evidence = false;
        var start = nameStart;
        var hasRoleWord = false;
        for (var t = nameStart - 1; t >= runStart; t--)
        {
            hasRoleWord |= Vocabulary.IsTitle(tokens[t].Text) || Vocabulary.IsRoleNoun(tokens[t].Text);
            start = t;
        }

        // "a spokesperson, Morgan Ortagus,", "The mayor of London, Sadiq Khan,": the role before a comma.
        var t2 = start - 1;
        var roleNoun = t2 - 1;
        while (roleNoun >= first && roleNoun > t2 - 6 && tokens[roleNoun].IsWord
            && (tokens[roleNoun].IsCapitalized && !Vocabulary.IsRoleNoun(tokens[roleNoun].Text) && !Vocabulary.IsTitle(tokens[roleNoun].Text)
                || tokens[roleNoun].Bare is "of" or "for" or "the" or "at"))
        {
            roleNoun--;
        }
        // A capitalised title counts after "a"/"the": "A Republican Assemblywoman, Jill Tolles, ...".
        if (roleNoun >= first && tokens[roleNoun].IsCapitalized && roleNoun == t2 - 1 && Vocabulary.IsTitle(tokens[roleNoun].Text))
        {
            var d = roleNoun - 1;
            while (d >= first && tokens[d].IsCapitalized && !Vocabulary.NeverInName.Contains(tokens[d].Bare))
            {
                d--;
            }
            if (!(d >= first && tokens[d].Bare is "a" or "the" or "an"))
            {
                roleNoun = -1;
            }
        }
        if (start == nameStart && roleNoun >= first && tokens[t2].Kind == TokenKind.Comma && tokens[roleNoun].IsWord
            && (roleNoun == t2 - 1 || tokens[roleNoun + 1].Bare is "of" or "for" or "at")
            && (Vocabulary.IsRoleNoun(tokens[roleNoun].Text) && !tokens[roleNoun].IsCapitalized || tokens[roleNoun].IsCapitalized && Vocabulary.IsTitle(tokens[roleNoun].Text)))
        {
            var roleEnd = t2;
            var commaRoleStart = ExtendRoleLeft(tokens, first, roleNoun);
            var phrase = IncludeDeterminer(tokens, first, commaRoleStart);
            // "In a meeting with the president, Sadiq Khan said": the role belongs to someone else.
            if (phrase == first || !(tokens[phrase - 1].IsWord && Prepositions.Contains(tokens[phrase - 1].Bare)))
            {
                role = CleanRole(Span(original, tokens, commaRoleStart, roleEnd));
                evidence = true;
                return phrase;
            }
        }

        var extendFrom = start - 1;
        if (nameStart > runStart && start == runStart && runStart - 2 >= first && tokens[runStart - 1].Bare is "of" or "from" or "for"
            && Vocabulary.IsTitle(tokens[runStart - 2].Text))
        {
            // "Secretary of State Mike Pompeo", "Senator from Vermont Bernie Sanders": the place belongs to the title.
            extendFrom = runStart - 2;
        }
        var extended = ExtendRoleLeft(tokens, first, extendFrom);
        if (extended < start)
        {
            for (var t = extended; t < start; t++)
            {
                hasRoleWord |= Vocabulary.IsTitle(tokens[t].Text) || Vocabulary.IsRoleNoun(tokens[t].Text);
            }
            start = extended;
        }
        if (!hasRoleWord)
        {
            return IncludeDeterminer(tokens, first, nameStart);
        }
        evidence = true;
        // Honorifics ("Mr.", "Ms.") mark a person but say nothing of a role.
        var roleStart = start;
        while (roleStart < nameStart && Honorifics.Contains(tokens[roleStart].Bare))
        {
            roleStart++;
        }
        role = roleStart == nameStart ? null : CleanRole(Span(original, tokens, roleStart, nameStart));
        return IncludeDeterminer(tokens, first, start);
    }

    /// <summary>The first token of role words ending at <paramref name="from"/> (inclusive) going left.</summary>
    private static int ExtendRoleLeft(IReadOnlyList<Token> tokens, int first, int from)
    {
        var start = from + 1;
        var lastRoleWord = -1;
        for (var t = from; t >= first; t--)
        {
            var token = tokens[t];
            if (!token.IsWord || token.InQuote)
            {
                break;
            }
            if (token.Bare == "of" && t > first && tokens[t - 1].IsCapitalized && t + 1 <= from && tokens[t + 1].IsCapitalized && start == t + 1)
            {
                // "Department of State spokesperson", "House of Representatives Speaker".
                start = t;
                continue;
            }
            var isRole = Vocabulary.IsTitle(token.Text) || Vocabulary.IsRoleNoun(token.Text);
            if (token.IsCapitalized)
            {
                if (Vocabulary.NeverInName.Contains(token.Bare) && !isRole)
                {
                    break;
                }
            }
            else if (!isRole && !Vocabulary.RoleModifiers.Contains(token.Bare))
            {
                break;
            }
            if (isRole)
            {
                lastRoleWord = t;
            }
            start = t;
        }
        return lastRoleWord < 0 ? from + 1 : start;
    }

    private static int IncludeDeterminer(IReadOnlyList<Token> tokens, int first, int start) =>
        start - 1 >= first && tokens[start - 1].Bare is "the" or "a" or "an" ? start - 1 : start;

    /// <summary>
    /// Reads ", the spokesperson of PRC Ministry of Defense," after a name. Returns one past the appositive
    /// (past its closing comma when it has one), or -1 when what follows the comma is not an appositive.
    /// </summary>
    private static int Appositive(string original, IReadOnlyList<Token> tokens, int start, int last, bool opensSentence, out string? role)
    {
        role = null;
        // "Quirin, Redouane, and an unidentified third officer": the next item of a list, not who Redouane is.
        if (start > last || tokens[start].InQuote || !tokens[start].IsWord || AppositiveStops.Contains(tokens[start].Bare) || tokens[start].Bare is "and" or "or"
            || Vocabulary.SpeechVerbs.Contains(tokens[start].Bare) || Vocabulary.PhrasalSpeechVerbs.ContainsKey(tokens[start].Bare))
        {
            return -1;
        }
        var end = start;
        var depth = 0;
        var hasRole = false;
        while (end <= last && end - start < MaxAppositiveTokens)
        {
            var token = tokens[end];
            if (token.Kind == TokenKind.OpenParen)
            {
                depth++;
            }
            else if (token.Kind == TokenKind.CloseParen)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && (token.Kind is TokenKind.Comma or TokenKind.Semicolon or TokenKind.Stop or TokenKind.Quote or TokenKind.Colon or TokenKind.Dash
                || token.IsWord && !token.IsCapitalized && (AppositiveStops.Contains(token.Bare) || Vocabulary.SpeechVerbs.Contains(token.Bare)
                    || Vocabulary.PhrasalSpeechVerbs.ContainsKey(token.Bare))))
            {
                break;
            }
            if (end - start < AppositiveRoleWindow && token.IsWord && (Vocabulary.IsRoleNoun(token.Text) || Vocabulary.IsTitle(token.Text) && !Honorifics.Contains(token.Bare)))
            {
                hasRole = true;
            }
            end++;
        }
        if (end == start || end - start >= MaxAppositiveTokens)
        {
            return -1;
        }
        if (hasRole && !(end <= last && tokens[end].Kind == TokenKind.Comma))
        {
            // "Michael Makuei, the Information Minister paid tribute to Luk.": never closed, so the role ends where
            // a verb begins.
            var roleEnd = RoleEnd(tokens, start, end);
            if (roleEnd < end && !opensSentence)
            {
                // "At the request of Prime Minister Boris Johnson, the Queen suspended ...": the sentence goes on
                // with its own subject and verb.
                return -1;
            }
            end = roleEnd;
        }
        if (hasRole && EndsWithPersonName(tokens, start, end))
        {
            // "Nicola Sturgeon, Labour MP Tom Watson, and ...": a list of people, not a role.
            return -1;
        }
        if (hasRole)
        {
            role = CleanRole(Span(original, tokens, start, end));
        }
        var closedByComma = end <= last && tokens[end].Kind == TokenKind.Comma;
        if (!hasRole && !closedByComma)
        {
            return -1;
        }
        return closedByComma ? end + 1 : end;
    }

    private static int RoleEnd(IReadOnlyList<Token> tokens, int start, int end)
    {
        var seenRole = false;
        for (var t = start; t < end; t++)
        {
            var token = tokens[t];
            var roleWord = token.IsWord && (Vocabulary.IsRoleNoun(token.Text) || Vocabulary.IsTitle(token.Text));
            if (seenRole && token.IsWord && !token.IsCapitalized && !roleWord && !RoleJoiners.Contains(token.Bare) && !Vocabulary.RoleModifiers.Contains(token.Bare))
            {
                return t;
            }
            seenRole |= roleWord;
        }
        return end;
    }

    private static bool EndsWithPersonName(IReadOnlyList<Token> tokens, int start, int end)
    {
        var names = 0;
        for (var t = end - 1; t >= start && tokens[t].IsCapitalized && !tokens[t].IsAllCaps; t--)
        {
            if (Vocabulary.NonPersonWords.Contains(tokens[t].Bare) || Vocabulary.IsTitle(tokens[t].Text) || Vocabulary.IsRoleNoun(tokens[t].Text))
            {
                break;
            }
            names++;
        }
        return names >= 2 && end - names - 1 >= start && (Vocabulary.IsTitle(tokens[end - names - 1].Text) || Vocabulary.IsRoleNoun(tokens[end - names - 1].Text) || tokens[end - names - 1].Kind == TokenKind.CloseParen);
    }

    /// <summary>True when a speech verb follows the mention (after helpers like "has", "also") or precedes it after a comma.</summary>
    private static bool NextToSpeechVerb(IReadOnlyList<Token> tokens, int first, int last, int phraseStart, int phraseEnd)
    {
        var after = phraseEnd;
        while (after <= last && tokens[after].IsWord && Vocabulary.Auxiliaries.Contains(tokens[after].Bare))
        {
            after++;
        }
        if (after <= last && SpeechVerbs.IsVerbAt(tokens, after, last))
        {
            return true;
        }
        var before = phraseStart - 1;
        if (before >= first && tokens[before].Is("to") && before - 1 >= first && tokens[before - 1].Is("according"))
        {
            return true;
        }
        if (before >= first && tokens[before].Is("out") && before - 1 >= first && tokens[before - 1].Bare is "pointed" or "points")
        {
            before--;
        }
        return before - 1 >= first - 1 && before >= first && Vocabulary.InvertibleVerbs.Contains(tokens[before].Bare)
            && (before == first || tokens[before - 1].Kind is TokenKind.Comma or TokenKind.Quote);
    }

    /// <summary>"Wu Qian: "During ..." — a name opening the sentence, a colon, a quotation.</summary>
    private static bool StartsColonQuote(IReadOnlyList<Token> tokens, int first, int last, int phraseStart, int runEnd) =>
        phraseStart == first && runEnd + 1 <= last && tokens[runEnd].Kind == TokenKind.Colon && tokens[runEnd + 1].Kind == TokenKind.Quote;

    private static string Span(string original, IReadOnlyList<Token> tokens, int start, int end) =>
        original[tokens[start].Start..tokens[end - 1].End];

    /// <summary>A role as shown: no leading article, no trailing acronym in brackets or punctuation.</summary>
    public static string? CleanRole(string role)
    {
        var text = role.Trim().TrimEnd(',', ';', ':').Trim();
        if (text.EndsWith('.') && !Abbreviations.IsAbbreviation(text[(text.LastIndexOf(' ') + 1)..^1]))
        {
            text = text[..^1];
        }
        foreach (var article in new[] { "the ", "a ", "an ", "The ", "A ", "An " })
        {
            if (text.StartsWith(article, StringComparison.Ordinal))
            {
                text = text[article.Length..];
                break;
            }
        }
        var paren = text.LastIndexOf(" (", StringComparison.Ordinal);
        if (paren > 0 && text.EndsWith(')') && text[(paren + 2)..^1] is { Length: > 1 and <= 8 } acronym
            && !acronym.Contains(' ') && acronym.Count(char.IsUpper) >= 2)
        {
            text = text[..paren];
        }
        if (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal))
        {
            text = text[..^2];
        }
        return text.Length == 0 ? null : text;
    }
}
