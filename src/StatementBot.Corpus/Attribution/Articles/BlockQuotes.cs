namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// A block quotation signed below it: "Marrero rejected this argument:", then paragraphs of the decision, then
/// "– United States District Judge Victor Marrero, "Decision and Order"". The paragraphs between the one that a colon
/// closes and the signature are the signer's own words, in full; nothing else in them is read as prose.
/// </summary>
internal static class BlockQuotes
{
    /// <summary>Paragraphs a signed block may span; a longer run is not taken for one.</summary>
    private const int MaxBlockParagraphs = 6;

    public static List<StatementDraft> Find(IReadOnlyList<ArticleParagraph> paragraphs, int end, MentionScanner mentions, ISet<int> blockParagraphs)
    {
        var drafts = new List<StatementDraft>();
        for (var s = 1; s < end; s++)
        {
            if (Signer(paragraphs[s], mentions) is not { } signer)
            {
                continue;
            }
            var first = s - 1;
            while (first > 0 && s - first <= MaxBlockParagraphs && !paragraphs[first - 1].Text.TrimEnd().EndsWith(':'))
            {
                first--;
            }
            if (first == 0 || s - first > MaxBlockParagraphs || blockParagraphs.Contains(first))
            {
                continue;
            }
            for (var p = first; p < s; p++)
            {
                var text = paragraphs[p].Text;
                var start = text.Length - text.TrimStart().Length;
                drafts.Add(new StatementDraft(signer, StatementKind.Direct, [new TextRange(p, start, text.TrimEnd().Length)]));
                blockParagraphs.Add(p);
            }
            blockParagraphs.Add(s);
        }
        return drafts;
    }

    /// <summary>The named person of a paragraph that is only a signature: a dash, then a name with its role, then at most a source.</summary>
    private static ArticlePerson? Signer(ArticleParagraph paragraph, MentionScanner mentions)
    {
        var tokens = paragraph.Tokens;
        if (tokens.Count < 3 || tokens[0].Kind != TokenKind.Dash || paragraph.Sentences.Count != 1)
        {
            return null;
        }
        var found = mentions.Find(paragraph.Sentences[0]);
        var person = found.FirstOrDefault(m => m.Kind == MentionKind.Person && m.Person is { IsOrganisation: false });
        if (person is null || person.PhraseStart != 1 && person.Start != 1)
        {
            return null;
        }
        // After the name: nothing, or a comma and the title of the document it is from.
        return person.End == tokens.Count || tokens[person.End].Kind == TokenKind.Comma ? person.Person : null;
    }
}
