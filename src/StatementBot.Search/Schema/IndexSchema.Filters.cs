using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StatementBot.Search.Schema;

public static partial class IndexSchema
{
    /// <summary>
    /// Where a statement comes from, as a user names it: the corpus folder it was read from ("wikinews",
    /// "china-mfa") and its publisher ("China Military Online"), both as <see cref="FilterKey"/>s. Indexed, not
    /// stored (the publisher is stored in <see cref="Source"/>); the terms are the list of sources a user can pick.
    /// </summary>
    public static class SourceKey
    {
        public const string Name = "source_key";

        /// <summary>The same values as written, for lists shown to users (terms only, not stored).</summary>
        public const string ShownName = "source_shown";

        public static void Add(Document document, string? folder, string? publisher)
        {
            var values = new[] { folder, publisher }
                .Where(v => !string.IsNullOrWhiteSpace(v) && FilterKey.Of(v!).Length > 0)
                .Select(v => v!.Trim())
                .DistinctBy(FilterKey.Of);
            foreach (var value in values)
            {
                document.Add(new StringField(Name, FilterKey.Of(value), Field.Store.NO));
                document.Add(new StringField(ShownName, value, Field.Store.NO));
            }
        }

        public static Query Match(string key) => new TermQuery(new Term(Name, key));
    }

    /// <summary>The role the document gives the speaker, as a <see cref="FilterKey"/>: "every holder" of a role.</summary>
    public static class RoleKey
    {
        public const string Name = "role_key";

        /// <summary>The role as written, for lists shown to users (terms only, not stored).</summary>
        public const string ShownName = "role_shown";

        public static void Add(Document document, string? role)
        {
            if (!string.IsNullOrWhiteSpace(role) && FilterKey.Of(role) is { Length: > 0 } key)
            {
                document.Add(new StringField(Name, key, Field.Store.NO));
                document.Add(new StringField(ShownName, role.Trim(), Field.Store.NO));
            }
        }

        public static Query Match(string key) => new TermQuery(new Term(Name, key));
    }

    /// <summary>Every value of a keyword field with how many statements carry it (live ones), most used first.</summary>
    public static IReadOnlyList<(string Value, int Statements)> ValuesOf(IndexReader reader, string field)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(field);
            if (terms is null)
            {
                continue;
            }

            var live = leaf.AtomicReader.LiveDocs;
            var iterator = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (iterator.MoveNext())
            {
                var key = iterator.Term.Utf8ToString();
                var n = 0;
                docs = iterator.Docs(live, docs, DocsFlags.NONE);
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    n++;
                }
                counts[key] = counts.GetValueOrDefault(key) + n;
            }
        }

        return counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => (c.Key, c.Value)).ToArray();
    }
}

/// <summary>
/// A name as filters compare it: lowercase, letters and digits only, one space between words, so "Foreign Ministry
/// Spokesperson", "foreign-ministry spokesperson" and "FOREIGN MINISTRY SPOKESPERSON " are one role.
/// </summary>
public static class FilterKey
{
    public static string Of(string text)
    {
        var key = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && key.Length > 0)
                {
                    key.Append(' ');
                }
                key.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return key.ToString();
    }
}
