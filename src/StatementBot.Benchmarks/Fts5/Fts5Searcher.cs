using Microsoft.Data.Sqlite;
using StatementBot.Commands.Options;
using StatementBot.Commands.Quote;
using StatementBot.Commands.Routing;
using StatementBot.Corpus.Speakers;
using StatementBot.Search.Querying;

namespace StatementBot.Benchmarks.Fts5;

/// <summary>
/// Answers a /quote request with FTS5 the way StatementBot does: the same query syntax, speaker resolved through the
/// same registry, the same inclusive dates, the total number of matches, and one page of hits ranked by
/// <c>bm25()</c> (the question weighted 0.3, as StatementBot weights it) with a <c>snippet()</c> each.
/// Holds one connection and its prepared statements: not thread-safe, one per caller.
/// </summary>
public sealed class Fts5Searcher : IDisposable
{
    private const string Filters = """
        statement_fts MATCH $match
          AND ($speaker IS NULL OR s.speaker_key = $speaker)
          AND ($from IS NULL OR s.date >= $from)
          AND ($to IS NULL OR s.date <= $to)
        """;

    private const string Page = """
        SELECT s.id, s.speaker, s.role, s.date, s.title, s.url,
               snippet(statement_fts, 0, '', '', '…', 48), bm25(statement_fts, 1.0, 0.3) AS score
        FROM statement_fts JOIN statement s ON s.id = statement_fts.rowid
        WHERE
        """;

    private readonly SqliteConnection _connection;
    private readonly SpeakerRegistry _speakers;
    private readonly SqliteCommand _count;
    private readonly SqliteCommand _source;
    private readonly Dictionary<SortOrder, SqliteCommand> _pages = [];

    internal Fts5Searcher(SqliteConnection connection, SpeakerRegistry speakers)
    {
        _connection = connection;
        _speakers = speakers;
        using (var pragma = connection.CreateCommand())
        {
            // Like Lucene's memory-mapped index files: the database is read through the page cache, not copied.
            pragma.CommandText = "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536;";
            pragma.ExecuteNonQuery();
        }

        _count = Prepare($"SELECT count(*) FROM statement_fts JOIN statement s ON s.id = statement_fts.rowid WHERE {Filters}");
        _source = _connection.CreateCommand();
        _source.CommandText = "SELECT path, text FROM statement WHERE id = $id";
        _source.Parameters.Add(new SqliteParameter { ParameterName = "$id", Value = 0L });
        _source.Prepare();
        _pages[SortOrder.Relevance] = Prepare($"{Page} {Filters} ORDER BY score, s.id LIMIT $limit OFFSET $offset");
        _pages[SortOrder.Newest] = Prepare($"{Page} {Filters} ORDER BY s.date IS NULL, s.date DESC, score, s.id LIMIT $limit OFFSET $offset");
        _pages[SortOrder.Oldest] = Prepare($"{Page} {Filters} ORDER BY s.date IS NULL, s.date, score, s.id LIMIT $limit OFFSET $offset");
    }

    public static string SpeakerKey(string name) => name.Trim().ToLowerInvariant();

    public static int DateKey(DateOnly date) => (date.Year * 100 + date.Month) * 100 + date.Day;

    /// <summary>Answers the options of a /quote request (query, speaker, from, to, sort, page).</summary>
    public Fts5Answer Quote(CommandRequest request)
    {
        var parsed = QuerySyntax.Parse(request.Get("query"));
        if (parsed.Error is { } syntax)
        {
            return Fts5Answer.Failed(syntax.Message);
        }

        if (Fts5Expression.From(parsed.Value!) is not { } match)
        {
            return Fts5Answer.Failed("nothing to search for once common words are dropped");
        }

        if (!DateOption.TryParse(request.Get("from"), isEnd: false, out var from) || !DateOption.TryParse(request.Get("to"), isEnd: true, out var to))
        {
            return Fts5Answer.Failed("a date is not valid");
        }

        string? speaker = null;
        if (request.Get("speaker") is { } typed)
        {
            if (_speakers.Resolve(typed) is not SpeakerResolution.Found found)
            {
                return Fts5Answer.Failed($"no single speaker called \"{typed}\"");
            }

            speaker = SpeakerKey(found.Speaker.Name);
        }

        var sort = Enum.TryParse<SortOrder>(request.Get("sort"), ignoreCase: true, out var order) ? order : SortOrder.Relevance;
        var page = Math.Max(1, request.GetInt("page") ?? 1);
        try
        {
            Bind(_count, match, speaker, from, to);
            var total = Convert.ToInt32(_count.ExecuteScalar() ?? 0);
            var command = _pages[sort];
            Bind(command, match, speaker, from, to);
            command.Parameters["$limit"].Value = QuoteCommand.PageSize;
            command.Parameters["$offset"].Value = (page - 1) * QuoteCommand.PageSize;
            var hits = new List<Fts5Hit>(QuoteCommand.PageSize);
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    hits.Add(new Fts5Hit(
                        reader.GetInt64(0),
                        reader.GetString(1),
                        reader.IsDBNull(2) ? null : reader.GetString(2),
                        reader.IsDBNull(3) ? null : reader.GetInt32(3),
                        reader.GetString(4),
                        reader.IsDBNull(5) ? null : reader.GetString(5),
                        reader.GetString(6),
                        reader.GetDouble(7)));
                }
            }

            return new Fts5Answer(total, hits, null);
        }
        catch (SqliteException e)
        {
            return Fts5Answer.Failed($"FTS5 refused the query {match}: {e.Message}");
        }
    }

    /// <summary>The file and full text of the statement behind a hit (for judging it, not for replies).</summary>
    public (string Path, string Text)? Source(long row)
    {
        _source.Parameters["$id"].Value = row;
        using var reader = _source.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    public void Dispose()
    {
        _count.Dispose();
        _source.Dispose();
        foreach (var command in _pages.Values)
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in new[] { "$match", "$speaker", "$from", "$to", "$limit", "$offset" })
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
            }
        }

        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, string match, string? speaker, DateOnly? from, DateOnly? to)
    {
        command.Parameters["$match"].Value = match;
        command.Parameters["$speaker"].Value = (object?)speaker ?? DBNull.Value;
        command.Parameters["$from"].Value = from is { } f ? DateKey(f) : DBNull.Value;
        command.Parameters["$to"].Value = to is { } t ? DateKey(t) : DBNull.Value;
    }
}
