namespace StatementBot.Discord.Hosting;

/// <summary>
/// Why the Discord side stopped the host, if it did. The host returns a non-zero exit code when
/// <see cref="FatalError"/> is set (it has already been logged as one line).
/// </summary>
public sealed class DiscordRunStatus
{
    private string? _fatalError;

    public string? FatalError => Volatile.Read(ref _fatalError);

    public bool Failed => FatalError is not null;

    public void Fail(string message) => Interlocked.CompareExchange(ref _fatalError, message, null);
}
