namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// Where in the article a person was named, for resolving "he" and "she". A name that could not be told apart
/// from an organisation is logged without a person: it blocks "he" from reaching past it.
/// </summary>
/// <param name="IsSubject">True when the name opens its sentence (after any introductory phrase).</param>
/// <param name="AfterPreposition">True when a preposition leads to the name ("raped by Quirin, Redouane"): an object, never the "she" that follows.</param>
internal sealed record LoggedMention(int Paragraph, int Sentence, int NameStart, ArticlePerson? Person, bool IsSubject, bool AfterPreposition);
