using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StatementBot.Search.Schema;

public static partial class IndexSchema
{
    /// <summary>
    /// Marks a statement whose speaker is an organisation, a state or an official the document leaves unnamed ("the
    /// Pentagon said"): stored, so every reply can say so, with a doc value (1) so counts over every match keep such
    /// statements apart; such a speaker is never listed as a person.
    /// </summary>
    public static class ByOrganisation
    {
        public const string Name = "by_organisation";

        private const string Yes = "1";

        public static void Add(Document document, bool byOrganisation)
        {
            if (byOrganisation)
            {
                document.Add(new StringField(Name, Yes, Field.Store.YES));
                document.Add(new NumericDocValuesField(Name, 1));
            }
        }

        public static bool Read(Document document) => document.Get(Name) == Yes;

        /// <summary>1 for each statement by an organisation, 0 otherwise; null for a segment with none.</summary>
        public static NumericDocValues? Values(AtomicReader reader) => reader.GetNumericDocValues(Name);

        /// <summary>The statements by organisations.</summary>
        public static Query Only { get; } = new TermQuery(new Term(Name, Yes));
    }
}
