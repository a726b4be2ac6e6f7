namespace StatementBot.Hosting;

/// <summary>How <c>serve</c> watches its corpus folders.</summary>
public sealed class CorpusWatchOptions
{
    /// <summary>How long the corpus must be quiet after a change before it is read: a file being written is read once, whole.</summary>
    public TimeSpan Quiet { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the corpus is compared with the index even without events (events can be lost).</summary>
    public TimeSpan Rescan { get; set; } = TimeSpan.FromSeconds(60);
}
