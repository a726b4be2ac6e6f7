using StatementBot.Commands.Watch;
using StatementBot.Corpus.Attribution;

namespace StatementBot.Commands.Tests.Watch;

public sealed class WatchStoreTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("statementbot-watches-");
    private static readonly DateTimeOffset Made = new(2025, 3, 4, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Watches_SurviveReopening_WithEveryField()
    {
        var store = WatchStore.OpenBeside(_folder.FullName);
        var made = store.Add("guild-1", "channel-1", "user-1", "\"mission impossible\"", "Wu Qian", StatementKind.Direct, Made);
        store.Add("guild-1", "channel-2", "user-2", "tariffs", null, null, Made.AddMinutes(1));

        var reopened = WatchStore.OpenBeside(_folder.FullName);

        var read = Assert.Single(reopened.InChannel("guild-1", "channel-1"));
        Assert.Equal(made, read);
        Assert.Equal(new[] { "channel-1", "channel-2" }, reopened.All().Select(w => w.Channel));
        Assert.Equal(Path.Combine(_folder.FullName, WatchStore.FileName), reopened.Path);
    }

    [Fact]
    public void Remove_OnlyInItsOwnServer()
    {
        var store = WatchStore.OpenBeside(_folder.FullName);
        var watch = store.Add("guild-1", "channel-1", "user-1", "tariffs", null, null, Made);

        Assert.False(store.Remove(watch.Id, "guild-2"));
        Assert.True(store.Remove(watch.Id, "guild-1"));
        Assert.Empty(store.All());
        Assert.False(store.Remove(watch.Id, "guild-1"));
    }

    [Fact]
    public void SeenAndDelivered_SurviveReopening()
    {
        var store = WatchStore.OpenBeside(_folder.FullName);
        Assert.False(store.HasBaseline);
        store.SetBaseline(["a-0001", "a-0002"], Made);
        store.AddSeen(["b-0001"]);
        store.RecordDelivered(7, ["b-0001"], Made);

        var reopened = WatchStore.OpenBeside(_folder.FullName);

        Assert.True(reopened.HasBaseline);
        Assert.Equal(new[] { "a-0001", "a-0002", "b-0001" }, reopened.Seen().Order());
        Assert.Equal(new[] { "b-0001" }, reopened.DeliveredOf(7, ["b-0001", "a-0001"]));
        Assert.Empty(reopened.DeliveredOf(8, ["b-0001"]));
    }

    [Fact]
    public void Baseline_TakenBeforeIdsChangedHowTheyAreMade_IsTakenAgain()
    {
        // A store from before ids named a file by its path in the corpus: every id of the rebuilt index would look new
        // and post an alert for every matching statement in the corpus.
        var store = WatchStore.OpenBeside(_folder.FullName);
        store.SetBaseline(["a-0001"], Made);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.Path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM state WHERE key = 'ids';";
            command.ExecuteNonQuery();
        }

        Assert.False(WatchStore.OpenBeside(_folder.FullName).HasBaseline);
        store.SetBaseline(["c-0001"], Made);
        Assert.True(WatchStore.OpenBeside(_folder.FullName).HasBaseline);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
