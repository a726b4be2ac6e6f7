namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// A person named in a sentence, by token indices in the paragraph: where the whole phrase starts (article, role
/// words), where the name itself lies, and where an appositive after it ends (", spokesperson for ...,").
/// </summary>
/// <param name="PhraseStart">First token of the mention, including "the" and role words before the name.</param>
/// <param name="NameEnd">One past the last token of the name.</param>
/// <param name="PhraseEnd">One past the mention including its appositive and closing comma; equals NameEnd without one.</param>
internal sealed record PersonMention(ArticlePerson Person, int PhraseStart, int NameStart, int NameEnd, int PhraseEnd, bool Possessive);
