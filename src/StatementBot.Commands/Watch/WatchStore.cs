using System.Globalization;
using Microsoft.Data.Sqlite;
using StatementBot.Corpus.Attribution;
using StatementBot.Search.Schema;

namespace StatementBot.Commands.Watch;

/// <summary>
/// The watches and what became of new statements, in one SQLite file beside the index's generations (a rebuild
/// replaces those, never this): each watch; every statement id the alerts have looked at (<c>seen</c>), so a restart
/// or a rebuild from the same files posts nothing twice; and which watch was shown which statement (<c>delivered</c>).
/// Thread-safe: every call opens its own pooled connection; writes of one call are one transaction.
/// </summary>
public sealed class WatchStore
{
    /// <summary>The file's name in the index folder.</summary>
    public const string FileName = "watches.sqlite";

    private readonly string _connection;

    private WatchStore(string path)
    {
        Path = path;
        _connection = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
    }

    public string Path { get; }

    /// <summary>Opens (creating when missing) the store of the index whose folder is <paramref name="indexRoot"/>.</summary>
    public static WatchStore OpenBeside(string indexRoot) => Open(System.IO.Path.Combine(indexRoot, FileName));

    public static WatchStore Open(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var store = new WatchStore(path);
        using var connection = store.Connect();
        Execute(connection, "PRAGMA journal_mode = WAL;");
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS watches (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                server TEXT NOT NULL,
                channel TEXT NOT NULL,
                creator TEXT NOT NULL,
                query TEXT NOT NULL,
                speaker TEXT,
                kind TEXT,
                created_at TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS watches_by_channel ON watches (server, channel);
            CREATE TABLE IF NOT EXISTS seen (statement TEXT PRIMARY KEY) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS delivered (
                watch INTEGER NOT NULL,
                statement TEXT NOT NULL,
                delivered_at TEXT NOT NULL,
                PRIMARY KEY (watch, statement)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
            """);
        return store;
    }

    public Watch Add(string server, string channel, string creator, string query, string? speaker, StatementKind? kind, DateTimeOffset createdAt)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO watches (server, channel, creator, query, speaker, kind, created_at)
            VALUES ($server, $channel, $creator, $query, $speaker, $kind, $created)
            RETURNING id;
            """;
        command.Parameters.AddWithValue("$server", server);
        command.Parameters.AddWithValue("$channel", channel);
        command.Parameters.AddWithValue("$creator", creator);
        command.Parameters.AddWithValue("$query", query);
        command.Parameters.AddWithValue("$speaker", (object?)speaker ?? DBNull.Value);
        command.Parameters.AddWithValue("$kind", (object?)kind?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue("$created", createdAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        var id = (long)command.ExecuteScalar()!;
        return new Watch(id, server, channel, creator, query, speaker, kind, createdAt.ToUniversalTime());
    }

    /// <summary>The watches of one channel, oldest first.</summary>
    public IReadOnlyList<Watch> InChannel(string server, string channel) =>
        Read("WHERE server = $server AND channel = $channel", ("$server", server), ("$channel", channel));

    /// <summary>Every watch, oldest first.</summary>
    public IReadOnlyList<Watch> All() => Read("");

    /// <summary>Removes watch <paramref name="id"/> if it belongs to <paramref name="server"/>; false when there is no such watch there.</summary>
    public bool Remove(long id, string server)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM watches WHERE id = $id AND server = $server;";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$server", server);
        var removed = command.ExecuteNonQuery() > 0;
        if (removed)
        {
            using var deliveries = connection.CreateCommand();
            deliveries.CommandText = "DELETE FROM delivered WHERE watch = $id;";
            deliveries.Parameters.AddWithValue("$id", id);
            deliveries.ExecuteNonQuery();
        }

        transaction.Commit();
        return removed;
    }

    /// <summary>
    /// Whether the statements of an index were recorded here with today's ids (the first run takes them as they are,
    /// posting nothing; so does the first run after ids changed how they are made, or every statement would look new).
    /// </summary>
    public bool HasBaseline => ReadState("baseline") is not null && ReadState("ids") == StatementId.Scheme;

    /// <summary>Records the statements already in the index on the first run, and that the first run happened.</summary>
    public void SetBaseline(IEnumerable<string> statements, DateTimeOffset at)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        InsertSeen(connection, statements);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO state (key, value) VALUES ('baseline', $at), ('ids', $ids);";
        command.Parameters.AddWithValue("$at", at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$ids", StatementId.Scheme);
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>Every statement id the alerts have looked at.</summary>
    public HashSet<string> Seen()
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT statement FROM seen;";
        using var rows = command.ExecuteReader();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (rows.Read())
        {
            seen.Add(rows.GetString(0));
        }

        return seen;
    }

    public void AddSeen(IEnumerable<string> statements)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        InsertSeen(connection, statements);
        transaction.Commit();
    }

    /// <summary>Which of <paramref name="statements"/> watch <paramref name="watch"/> was already shown.</summary>
    public HashSet<string> DeliveredOf(long watch, IEnumerable<string> statements)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM delivered WHERE watch = $watch AND statement = $statement;";
        var statement = command.Parameters.Add("$statement", SqliteType.Text);
        command.Parameters.AddWithValue("$watch", watch);
        var delivered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in statements)
        {
            statement.Value = id;
            if (command.ExecuteScalar() is not null)
            {
                delivered.Add(id);
            }
        }

        return delivered;
    }

    /// <summary>Records that watch <paramref name="watch"/> was shown <paramref name="statements"/> (one transaction).</summary>
    public void RecordDelivered(long watch, IEnumerable<string> statements, DateTimeOffset at)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO delivered (watch, statement, delivered_at) VALUES ($watch, $statement, $at);";
        command.Parameters.AddWithValue("$watch", watch);
        command.Parameters.AddWithValue("$at", at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        var statement = command.Parameters.Add("$statement", SqliteType.Text);
        foreach (var id in statements)
        {
            statement.Value = id;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connection);
        connection.Open();
        return connection;
    }

    private static void InsertSeen(SqliteConnection connection, IEnumerable<string> statements)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO seen (statement) VALUES ($statement);";
        var statement = command.Parameters.Add("$statement", SqliteType.Text);
        foreach (var id in statements)
        {
            statement.Value = id;
            command.ExecuteNonQuery();
        }
    }

    private string? ReadState(string key)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM state WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    private IReadOnlyList<Watch> Read(string where, params (string Name, string Value)[] parameters)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, server, channel, creator, query, speaker, kind, created_at FROM watches {where} ORDER BY id;";
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var rows = command.ExecuteReader();
        var watches = new List<Watch>();
        while (rows.Read())
        {
            watches.Add(new Watch(
                rows.GetInt64(0),
                rows.GetString(1),
                rows.GetString(2),
                rows.GetString(3),
                rows.GetString(4),
                rows.IsDBNull(5) ? null : rows.GetString(5),
                rows.IsDBNull(6) ? null : Enum.Parse<StatementKind>(rows.GetString(6)),
                DateTimeOffset.Parse(rows.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        return watches;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
