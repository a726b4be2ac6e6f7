namespace StatementBot.Search.Tests.Bounds;

/// <summary>A clock on which every reading is a second later than the one before: any search that looks at it twice has run "long".</summary>
internal sealed class JumpingClock : TimeProvider
{
    private long _ticks;

    public int Readings { get; private set; }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        Readings++;
        return Interlocked.Add(ref _ticks, TimeSpan.TicksPerSecond);
    }
}
