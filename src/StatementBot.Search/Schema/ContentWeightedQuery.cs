using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace StatementBot.Search.Schema;

/// <summary>
/// A query's scores times min(1, content words / <see cref="IndexSchema.Content.FullWeight"/>)
/// (<see cref="IndexSchema.Content.Weighted"/>). The same scores as a <c>CustomScoreQuery</c> over an
/// <c>Int32FieldSource</c>, which it replaces: that one advances a second scorer over every document alongside the
/// query's and reads the value through the field cache's wrapper; this one takes the segment's doc values once and
/// reads the matched document's value only.
/// </summary>
internal sealed class ContentWeightedQuery(Query query) : Query
{
    public Query Query => query;

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = query.Rewrite(reader);
        return ReferenceEquals(rewritten, query) ? this : new ContentWeightedQuery(rewritten) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms) => query.ExtractTerms(terms);

    public override Weight CreateWeight(IndexSearcher searcher) => new ContentWeight(this, query.CreateWeight(searcher));

    public override string ToString(string field) => $"content_weighted({query.ToString(field)})" + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) =>
        obj is ContentWeightedQuery other && other.Boost == Boost && other.Query.Equals(query);

    public override int GetHashCode() => HashCode.Combine(query, Boost);

    /// <summary>The weight of a statement with <paramref name="words"/> content words.</summary>
    private static float Factor(long words) => Math.Min(1f, words / (float)IndexSchema.Content.FullWeight);

    private sealed class ContentWeight(ContentWeightedQuery owner, Weight inner) : Weight
    {
        private float _boost = 1f;

        public override Query Query => owner;

        // Only the query's own weight is normalised; the boost applies to the final score (as CustomScoreQuery does).
        public override float GetValueForNormalization() => inner.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            inner.Normalize(norm, 1f);
            _boost = topLevelBoost * owner.Boost;
        }

        public override bool ScoresDocsOutOfOrder => false;

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var scorer = inner.GetScorer(context, acceptDocs);
            return scorer is null ? null : new ContentScorer(this, scorer, context.AtomicReader.GetNumericDocValues(IndexSchema.Content.Name), _boost);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var explained = inner.Explain(context, doc);
            if (!explained.IsMatch)
            {
                return explained;
            }

            var words = context.AtomicReader.GetNumericDocValues(IndexSchema.Content.Name)?.Get(doc) ?? 0;
            var factor = Factor(words);
            var result = new ComplexExplanation(true, _boost * explained.Value * factor, $"content-weighted, {words} content words");
            result.AddDetail(explained);
            result.AddDetail(new Explanation(factor, $"min(1, {words}/{IndexSchema.Content.FullWeight})"));
            return result;
        }
    }

    private sealed class ContentScorer(Weight weight, Scorer scorer, NumericDocValues? words, float boost) : Scorer(weight)
    {
        public override int DocID => scorer.DocID;

        public override int Freq => scorer.Freq;

        public override int NextDoc() => scorer.NextDoc();

        public override int Advance(int target) => scorer.Advance(target);

        public override long GetCost() => scorer.GetCost();

        public override float GetScore() => boost * (scorer.GetScore() * Factor(words?.Get(scorer.DocID) ?? 0));

        public override ICollection<ChildScorer> GetChildren() => [new ChildScorer(scorer, "CUSTOM")];
    }
}
