using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using StatementBot.Corpus.Attribution;
using StatementBot.Search.Analysis;
using StatementBot.Search.Results;

namespace StatementBot.Search.Schema;

/// <summary>
/// The single description of the index: every field's name, analysis and storage, how a statement becomes a Lucene
/// document and back, and the query each field answers. Nothing else in the project spells a field name.
/// </summary>
public static partial class IndexSchema
{
    /// <summary>The one Lucene version every analyzer and writer is created with.</summary>
    public const LuceneVersion LuceneVersion = Lucene.Net.Util.LuceneVersion.LUCENE_48;

    /// <summary>Bumped whenever a field, analyzer, id rule or what gets indexed changes: an index with another version is rebuilt.</summary>
    public const int Version = 10;

    /// <summary>
    /// The analyzers, field by field (stemmed for <see cref="Text"/> and <see cref="Question"/>, acronyms only for
    /// <see cref="TextAcronyms"/> and <see cref="QuestionAcronyms"/>, exact otherwise).
    /// </summary>
    public static Analyzer CreateAnalyzer()
    {
        var acronyms = new AcronymAnalyzer();
        return new PerFieldAnalyzerWrapper(new ExactAnalyzer(oneSpelling: true), new Dictionary<string, Analyzer>
        {
            [Text.Name] = new StemmedAnalyzer(),
            [Question.Name] = new StemmedAnalyzer(),
            [TextAcronyms.Name] = acronyms,
            [QuestionAcronyms.Name] = acronyms,
        });
    }

    /// <summary>
    /// Scoring used when writing (norms) and searching; the two must agree. Length normalisation is weaker than
    /// BM25's default (b = 0.75): with it, one-line turns ("Nothing specific on tariffs today.") outranked the answers
    /// that actually explain something. The norms BM25 writes do not depend on b, so this needs no reindex.
    /// </summary>
    public static Similarity CreateSimilarity() => new BM25Similarity(k1: 1.2f, b: LengthNormalisation);

    /// <summary>BM25's b: how much a longer statement is penalised for its length.</summary>
    public const float LengthNormalisation = 0.35f;

    /// <summary>The statement → document mapping.</summary>
    /// <param name="folder">The corpus folder the statement's file was found in (<see cref="Building.CorpusFolder"/>).</param>
    public static Document ToDocument(Statement statement, string id, string? folder = null)
    {
        var document = new Document();
        Id.Add(document, id);
        Speaker.Add(document, statement.Speaker);
        SpeakerName.Add(document, statement.Speaker);
        Role.Add(document, statement.Role);
        Kind.Add(document, statement.Kind);
        Text.Add(document, statement.Text);
        TextExact.Add(document, statement.Text);
        TextAcronyms.Add(document, statement.Text);
        Content.Add(document, statement.Text);
        Question.Add(document, statement.Question);
        QuestionAcronyms.Add(document, statement.Question);
        Date.Add(document, statement.Document.Date);
        Title.Add(document, statement.Document.Title);
        Source.Add(document, statement.Document.Source);
        SourceKey.Add(document, folder, statement.Document.Source);
        RoleKey.Add(document, statement.Role);
        Url.Add(document, statement.Document.Url);
        DocumentPath.Add(document, statement.Document.Path);
        Position.Add(document, statement.Position);
        ByOrganisation.Add(document, statement.ByOrganisation);
        return document;
    }

    /// <summary>The document → hit mapping (the document loaded with every stored field).</summary>
    public static StatementHit ToHit(Document document, Snippet snippet, float score) =>
        new(
            Id.Read(document),
            SpeakerName.Read(document),
            Role.Read(document),
            Kind.Read(document),
            Text.Read(document),
            snippet,
            Question.Read(document),
            Title.Read(document),
            Date.Read(document),
            Source.Read(document),
            Url.Read(document),
            DocumentPath.Read(document),
            score,
            ByOrganisation.Read(document));

    /// <summary>Stable statement id (document path + position): exact keyword, stored, sortable for tie-breaks.</summary>
    public static class Id
    {
        public const string Name = "id";

        public static void Add(Document document, string id)
        {
            document.Add(new StringField(Name, id, Field.Store.YES));
            document.Add(new SortedDocValuesField(Name, new BytesRef(id)));
        }

        public static Term Term(string id) => new(Name, id);

        public static Query Match(string id) => new TermQuery(Term(id));

        public static SortField Sort { get; } = new(Name, SortFieldType.STRING);

        public static string Read(Document document) => document.Get(Name) ?? string.Empty;
    }

    /// <summary>The speaker as an exact keyword (case-folded canonical name): the speaker filter. Not stored.</summary>
    public static class Speaker
    {
        public const string Name = "speaker";

        public static string Key(string name) => name.Trim().ToLowerInvariant();

        public static void Add(Document document, string name) =>
            document.Add(new StringField(Name, Key(name), Field.Store.NO));

        public static Query Filter(string name) => new TermQuery(new Term(Name, Key(name)));
    }

    /// <summary>
    /// The speaker's name as shown (stored), analysed as words so "jean pierre" finds it, and a doc value, so counts by
    /// speaker over every match (/trend, /who) read one ordinal per statement instead of loading documents.
    /// </summary>
    public static class SpeakerName
    {
        public const string Name = "speaker_name";

        public static void Add(Document document, string name)
        {
            document.Add(new TextField(Name, name, Field.Store.YES));
            document.Add(new SortedDocValuesField(Name, new BytesRef(name)));
        }

        public static string Read(Document document) => document.Get(Name) ?? string.Empty;

        /// <summary>Each statement's speaker as an ordinal into the segment's names; null for a segment without any.</summary>
        public static SortedDocValues? Values(AtomicReader reader) => reader.GetSortedDocValues(Name);
    }

    /// <summary>The role the document gives the speaker; stored only.</summary>
    public static class Role
    {
        public const string Name = "role";

        public static void Add(Document document, string? role)
        {
            if (!string.IsNullOrWhiteSpace(role))
            {
                document.Add(new StoredField(Name, role));
            }
        }

        public static string? Read(Document document) => document.Get(Name);
    }

    /// <summary>How the statement was attributed (turn, answer, direct, reported): keyword, stored.</summary>
    public static class Kind
    {
        public const string Name = "kind";

        public static void Add(Document document, StatementKind kind) =>
            document.Add(new StringField(Name, kind.ToString(), Field.Store.YES));

        public static StatementKind Read(Document document) =>
            Enum.TryParse<StatementKind>(document.Get(Name), out var kind) ? kind : StatementKind.Turn;

        public static Query Filter(StatementKind kind) => new TermQuery(new Term(Name, kind.ToString()));
    }

    /// <summary>The statement's words, stemmed (<see cref="StemmedAnalyzer"/>), stored: the main search field.</summary>
    public static class Text
    {
        public const string Name = "text";

        public static void Add(Document document, string text) => document.Add(new TextField(Name, text, Field.Store.YES));

        public static string Read(Document document) => document.Get(Name) ?? string.Empty;

        public static Term Term(string stem) => new(Name, stem);

        /// <summary>One query word (its stems in order; several when the word is hyphenated).</summary>
        public static Query Word(IReadOnlyList<PositionedTerm> stems) => Terms(Name, stems);

        /// <summary>Only the text field is loaded: what comparisons read.</summary>
        internal static ISet<string> Only { get; } = new HashSet<string> { Name };
    }

    /// <summary>The statement's words unstemmed (<see cref="ExactAnalyzer"/>), not stored: phrases and wildcards.</summary>
    public static class TextExact
    {
        public const string Name = "text_exact";

        public static void Add(Document document, string text) => document.Add(new TextField(Name, text, Field.Store.NO));

        public static Query Phrase(IReadOnlyList<PositionedTerm> words) => Terms(Name, words);

        public static Term Term(string word) => new(Name, word);

        public static Query Prefix(string prefix) => new PrefixQuery(new Term(Name, prefix));
    }

    /// <summary>
    /// The acronyms of the statement, in capitals (<see cref="AcronymAnalyzer"/>: "U.S." and "US" are US, "us" is
    /// nothing), not stored, without positions or length norms: what a query word typed in capitals is matched in.
    /// </summary>
    public static class TextAcronyms
    {
        public const string Name = "text_acronyms";

        public static void Add(Document document, string text) => document.Add(new Field(Name, text, AcronymFieldType));

        /// <summary>One acronym, in capitals as <see cref="Acronyms.Form"/> writes it.</summary>
        public static Query Word(string acronym) => new TermQuery(Term(acronym));

        public static Term Term(string acronym) => new(Name, acronym);
    }

    /// <summary>The acronyms of the reporter's question, as <see cref="TextAcronyms"/>; searched where the question is (<see cref="Querying.TextScope"/>).</summary>
    public static class QuestionAcronyms
    {
        public const string Name = "question_acronyms";

        public static void Add(Document document, string? question)
        {
            if (!string.IsNullOrWhiteSpace(question))
            {
                document.Add(new Field(Name, question, AcronymFieldType));
            }
        }

        public static Query Word(string acronym) => new TermQuery(new Term(Name, acronym));
    }

    private static readonly FieldType AcronymFieldType = NewAcronymFieldType();

    private static FieldType NewAcronymFieldType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS, OmitNorms = true };
        type.Freeze();
        return type;
    }

    /// <summary>
    /// The reporter's question an answer replies to: stemmed, stored, with positions (so <c>in:asked</c> matches
    /// phrases in it). Searched only when the query asks for it (<see cref="Querying.TextScope"/>).
    /// </summary>
    public static class Question
    {
        public const string Name = "question";

        /// <summary>The question's weight when a word may match either what was said or what was asked.</summary>
        public const float Boost = 0.3f;

        public static void Add(Document document, string? question)
        {
            if (!string.IsNullOrWhiteSpace(question))
            {
                document.Add(new TextField(Name, question, Field.Store.YES));
            }
        }

        public static string? Read(Document document) => document.Get(Name);

        /// <summary>One query word; a hyphenated word needs all its parts in the question, in order.</summary>
        public static Query Word(IReadOnlyList<PositionedTerm> stems) => Terms(Name, stems);

        /// <summary>A phrase's stems at their places (a stop word leaves its place empty, as in the index).</summary>
        public static Query Phrase(IReadOnlyList<PositionedTerm> stems) =>
            stems.Count == 0 ? new BooleanQuery() : Terms(Name, stems);

        /// <summary>Stems starting with <paramref name="prefix"/>, after the phrase <paramref name="before"/> when there is one.</summary>
        public static Query Prefix(IReadOnlyList<PositionedTerm> before, string prefix)
        {
            var query = new PrefixQuery(new Term(Name, prefix));
            return before.Count == 0 ? query : new BooleanQuery { { Terms(Name, before), Occur.MUST }, { query, Occur.MUST } };
        }
    }

    /// <summary>The document's date as yyyymmdd: indexed for ranges, doc values for sorting, stored for display.</summary>
    public static class Date
    {
        public const string Name = "date";

        public static int Encode(DateOnly date) => (date.Year * 100 + date.Month) * 100 + date.Day;

        public static DateOnly? Decode(int value) =>
            DateOnly.TryParseExact(value.ToString("D8", CultureInfo.InvariantCulture), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : null;

        public static void Add(Document document, DateOnly? date)
        {
            if (date is { } value)
            {
                document.Add(new Int32Field(Name, Encode(value), Field.Store.YES));
                document.Add(new NumericDocValuesField(Name, Encode(value)));
            }
        }

        public static DateOnly? Read(Document document) =>
            document.GetField(Name)?.GetInt32Value() is { } value ? Decode(value) : null;

        /// <summary>Inclusive on both ends; an open end is unbounded. Statements without a date never match.</summary>
        public static Query Range(DateOnly? from, DateOnly? to) =>
            NumericRangeQuery.NewInt32Range(Name, from is { } f ? Encode(f) : null, to is { } t ? Encode(t) : null, true, true);

        /// <summary>Each statement's date as <see cref="Encode"/> writes it, 0 for an undated one; null for a segment without any.</summary>
        public static NumericDocValues? Values(AtomicReader reader) => reader.GetNumericDocValues(Name);

        /// <summary>Date order; statements without a date sort last either way.</summary>
        public static SortField Sort(bool newestFirst)
        {
            var sort = new SortField(Name, SortFieldType.INT32, newestFirst);
            sort.SetMissingValue(newestFirst ? int.MinValue : int.MaxValue);
            return sort;
        }
    }

    /// <summary>The document's title; stored only.</summary>
    public static class Title
    {
        public const string Name = "title";

        public static void Add(Document document, string title) => document.Add(new StoredField(Name, title));

        public static string Read(Document document) => document.Get(Name) ?? string.Empty;
    }

    /// <summary>The publication or site; stored only.</summary>
    public static class Source
    {
        public const string Name = "source";

        public static void Add(Document document, string? source)
        {
            if (!string.IsNullOrWhiteSpace(source))
            {
                document.Add(new StoredField(Name, source));
            }
        }

        public static string? Read(Document document) => document.Get(Name);
    }

    /// <summary>The document's web address; stored only.</summary>
    public static class Url
    {
        public const string Name = "url";

        public static void Add(Document document, string? url)
        {
            if (!string.IsNullOrWhiteSpace(url))
            {
                document.Add(new StoredField(Name, url));
            }
        }

        public static string? Read(Document document) => document.Get(Name);
    }

    /// <summary>The file the statement came from: keyword (a document's statements can be fetched together), stored.</summary>
    public static class DocumentPath
    {
        public const string Name = "path";

        public static void Add(Document document, string path) => document.Add(new StringField(Name, path, Field.Store.YES));

        public static string Read(Document document) => document.Get(Name) ?? string.Empty;

        /// <summary>The key of a document's statements: an update replaces or deletes them all by it.</summary>
        public static Term Term(string path) => new(Name, path);

        public static Query Match(string path) => new TermQuery(Term(path));
    }

    /// <summary>The statement's 0-based order in its document; stored only.</summary>
    public static class Position
    {
        public const string Name = "position";

        public static void Add(Document document, int position) => document.Add(new StoredField(Name, position));

        public static int Read(Document document) => document.GetField(Name)?.GetInt32Value() ?? 0;
    }

    private static Query Terms(string field, IReadOnlyList<PositionedTerm> terms)
    {
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0].Term));
        }

        var phrase = new PhraseQuery();
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term.Term), term.Position);
        }
        return phrase;
    }
}
