using System.Diagnostics;
using Microsoft.Data.Sqlite;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Speakers;

namespace StatementBot.Benchmarks.Fts5;

/// <summary>
/// The SQLite FTS5 baseline: the very statements StatementBot indexed, in one SQLite file with an FTS5 table over
/// their text and question (Porter stemming, like StatementBot's stemmed field), metadata in a plain table, and an
/// index on speaker and date for the filters. Built in one transaction and optimised (merged), as Lucene's index is.
/// </summary>
public sealed class Fts5Index
{
    private const string Schema = """
        CREATE TABLE statement(
            id INTEGER PRIMARY KEY, speaker TEXT NOT NULL, speaker_key TEXT NOT NULL, role TEXT, kind TEXT NOT NULL,
            date INTEGER, title TEXT NOT NULL, source TEXT, url TEXT, path TEXT NOT NULL, position INTEGER NOT NULL,
            text TEXT NOT NULL, question TEXT);
        CREATE VIRTUAL TABLE statement_fts USING fts5(
            text, question, content='statement', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
        """;

    private Fts5Index(string path, SpeakerRegistry speakers, double buildSeconds)
    {
        Path = path;
        Speakers = speakers;
        BuildSeconds = buildSeconds;
    }

    public string Path { get; }

    /// <summary>The registry speaker filters are resolved through (StatementBot's, so both engines filter the same person).</summary>
    public SpeakerRegistry Speakers { get; }

    public double BuildSeconds { get; }

    public double Megabytes => Building.Megabytes.OnDisk(Path);

    /// <summary>Creates the database at <paramref name="path"/> (replacing one there) from <paramref name="statements"/>.</summary>
    public static Fts5Index Build(string path, IEnumerable<Statement> statements, SpeakerRegistry speakers)
    {
        Delete(path);
        var clock = Stopwatch.StartNew();
        using (var connection = Open(path, readOnly: false))
        {
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -131072;");
            Execute(connection, Schema);
            using (var transaction = connection.BeginTransaction())
            {
                Insert(connection, transaction, statements);
                transaction.Commit();
            }

            Execute(connection, """
                INSERT INTO statement_fts(statement_fts) VALUES ('optimize');
                CREATE INDEX statement_speaker_date ON statement(speaker_key, date);
                CREATE INDEX statement_date ON statement(date);
                PRAGMA wal_checkpoint(TRUNCATE);
                """);
        }

        SqliteConnection.ClearAllPools();
        return new Fts5Index(path, speakers, clock.Elapsed.TotalSeconds);
    }

    /// <summary>A searcher with its own read-only connection: one per thread.</summary>
    public Fts5Searcher OpenSearcher() => new(Open(Path, readOnly: true), Speakers);

    /// <summary>Removes the database files (closing pooled connections first).</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    internal static SqliteConnection Open(string path, bool readOnly)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<Statement> statements)
    {
        using var row = connection.CreateCommand();
        row.Transaction = transaction;
        row.CommandText = """
            INSERT INTO statement(id, speaker, speaker_key, role, kind, date, title, source, url, path, position, text, question)
            VALUES ($id, $speaker, $key, $role, $kind, $date, $title, $source, $url, $path, $position, $text, $question)
            """;
        var parameters = new[] { "$id", "$speaker", "$key", "$role", "$kind", "$date", "$title", "$source", "$url", "$path", "$position", "$text", "$question" }
            .ToDictionary(name => name, name => row.Parameters.Add(new SqliteParameter { ParameterName = name }));

        using var words = connection.CreateCommand();
        words.Transaction = transaction;
        words.CommandText = "INSERT INTO statement_fts(rowid, text, question) VALUES ($id, $text, $question)";
        var wordId = words.Parameters.Add(new SqliteParameter { ParameterName = "$id" });
        var wordText = words.Parameters.Add(new SqliteParameter { ParameterName = "$text" });
        var wordQuestion = words.Parameters.Add(new SqliteParameter { ParameterName = "$question" });
        row.Prepare();
        words.Prepare();

        long id = 0;
        foreach (var statement in statements)
        {
            if (string.IsNullOrWhiteSpace(statement.Text) || string.IsNullOrWhiteSpace(statement.Speaker))
            {
                continue;
            }

            id++;
            var document = statement.Document;
            parameters["$id"].Value = id;
            parameters["$speaker"].Value = statement.Speaker;
            parameters["$key"].Value = Fts5Searcher.SpeakerKey(statement.Speaker);
            parameters["$role"].Value = (object?)statement.Role ?? DBNull.Value;
            parameters["$kind"].Value = statement.Kind.ToString();
            parameters["$date"].Value = document.Date is { } date ? Fts5Searcher.DateKey(date) : DBNull.Value;
            parameters["$title"].Value = document.Title;
            parameters["$source"].Value = (object?)document.Source ?? DBNull.Value;
            parameters["$url"].Value = (object?)document.Url ?? DBNull.Value;
            parameters["$path"].Value = document.Path;
            parameters["$position"].Value = statement.Position;
            parameters["$text"].Value = statement.Text;
            parameters["$question"].Value = (object?)statement.Question ?? DBNull.Value;
            row.ExecuteNonQuery();

            wordId.Value = id;
            wordText.Value = statement.Text;
            wordQuestion.Value = (object?)statement.Question ?? DBNull.Value;
            words.ExecuteNonQuery();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
