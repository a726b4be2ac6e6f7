using Lucene.Net.Documents;

namespace StatementBot.Search.Schema;

public static partial class IndexSchema
{
    /// <summary>
    /// Marks a statement whose speaker is an organisation, a state or an official the document leaves unnamed ("the
    /// Pentagon said"): stored, so every reply can say so; such a speaker is never listed as a person.
    /// </summary>
    public static class ByOrganisation
    {
        public const string Name = "by_organisation";

        public static void Add(Document document, bool byOrganisation)
        {
            if (byOrganisation)
            {
                document.Add(new StringField(Name, "1", Field.Store.YES));
            }
        }

        public static bool Read(Document document) => document.Get(Name) == "1";
    }
}
