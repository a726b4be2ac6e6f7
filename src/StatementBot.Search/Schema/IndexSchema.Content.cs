using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using StatementBot.Search.Analysis;

namespace StatementBot.Search.Schema;

public static partial class IndexSchema
{
    /// <summary>
    /// How much a statement says (<see cref="ContentWords"/>), counted once when it is indexed: a doc value that
    /// weighs topical scores, so "Go ahead." or "Mm-hmm." never outranks an answer, and a marker on statements with
    /// content, which latest-statement lists show. Filler still matches and is counted; it only ranks last.
    /// </summary>
    public static class Content
    {
        public const string Name = "content_words";

        /// <summary>Statements with fewer content words are filler: greetings, thanks, "Go ahead, Jacqui."</summary>
        public const int Minimum = 2;

        /// <summary>From this many content words on a statement's score is not lowered at all.</summary>
        public const int FullWeight = 4;

        private const string MarkerName = "has_content";

        private const string Yes = "y";

        /// <summary>How many content words <paramref name="text"/> has: below <see cref="Minimum"/> it is filler.</summary>
        public static int Words(string? text) => ContentWords.Count(text);

        public static void Add(Document document, string text)
        {
            var words = Words(text);
            document.Add(new NumericDocValuesField(Name, words));
            if (words >= Minimum)
            {
                document.Add(new StringField(MarkerName, Yes, Field.Store.NO));
            }
        }

        /// <summary>Statements that are not filler.</summary>
        public static Query Only { get; } = new TermQuery(new Term(MarkerName, Yes));

        /// <summary>
        /// <paramref name="query"/>'s scores times min(1, content words / <see cref="FullWeight"/>): a one-word turn
        /// keeps a quarter of its score, a statement that says something all of it.
        /// </summary>
        public static Query Weighted(Query query) => new ContentWeightedQuery(query);
    }
}
