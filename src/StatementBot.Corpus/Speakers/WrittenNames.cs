using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Attribution.Transcripts;
using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Speakers;

/// <summary>
/// Every full name some statements write — in their document's title, their text and their questions — with the role
/// before it and the word that makes it a full name of that surname: all the registry reads of the text to give a
/// surname a full name (<see cref="SurnameCompletion"/>). Which surnames it looks for depends on the whole corpus, so
/// every name is kept; read once when a document is extracted and kept with it, a registry built again after one
/// file changed reads the other files' names instead of their text. Immutable.
/// </summary>
public sealed class WrittenNames
{
    internal WrittenNames(IReadOnlyList<Part> parts) => Parts = parts;

    /// <summary>One part per run of statements from one document, in the statements' order.</summary>
    internal IReadOnlyList<Part> Parts { get; }

    /// <summary>
    /// The names the statements write, in the order the registry reads them: a document's title before its first
    /// statement, then each statement's text and question. Organisations' statements are not read, as the registry
    /// leaves them out.
    /// </summary>
    public static WrittenNames Of(IReadOnlyList<Statement> statements)
    {
        var parts = new List<Part>();
        List<Name>? text = null;
        DocumentInfo? document = null;
        foreach (var statement in statements)
        {
            if (statement.ByOrganisation)
            {
                continue;
            }

            if (document is null || !ReferenceEquals(document, statement.Document) && document != statement.Document)
            {
                document = statement.Document;
                text = [];
                parts.Add(new Part(document.Path, document.Source, Read(document.Title, []), text));
            }

            Read(statement.Text, text!);
            Read(statement.Question, text!);
        }

        return new WrittenNames(parts);
    }

    private static List<Name> Read(string? text, List<Name> names)
    {
        if (string.IsNullOrEmpty(text))
        {
            return names;
        }

        // The scan asks about each word just before it gives that word's name, so the last word asked about is the
        // word the name was found for: the surname it would be read for.
        var word = string.Empty;
        foreach (var mention in ProseNames.FullNames(text, candidate =>
        {
            word = candidate;
            return true;
        }))
        {
            names.Add(new Name(mention, NameKey.Loose(word)));
        }

        return names;
    }

    /// <summary>The names of one document's statements: its title's (read only if no earlier statement had this path) and its text's.</summary>
    internal sealed record Part(string Path, string? Source, IReadOnlyList<Name> Title, IReadOnlyList<Name> Text);

    /// <summary>A full name as written, and the surname (in <see cref="NameKey.Loose"/> form) it was found for.</summary>
    internal sealed record Name(NameMention Mention, string Surname);
}
