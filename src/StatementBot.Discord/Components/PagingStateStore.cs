using System.Collections.Concurrent;
using System.Security.Cryptography;
using StatementBot.Commands.Routing;

namespace StatementBot.Discord.Components;

/// <summary>
/// Requests too long to fit in a 100-character custom id, kept in memory under a short random key for a while.
/// After <see cref="Lifetime"/> (or a restart, or on another instance) the key is unknown and the button says the
/// result expired.
/// </summary>
public sealed class PagingStateStore(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Stores <paramref name="request"/> and returns its key (12 URL-safe characters).</summary>
    public string Save(CommandRequest request)
    {
        if (_entries.Count >= Capacity)
        {
            Evict();
        }

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(9)).Replace('+', '-').Replace('/', '_');
        _entries[key] = new Entry(request, time.GetUtcNow() + Lifetime);
        return key;
    }

    public CommandRequest? Find(string key)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.ExpiresAt > time.GetUtcNow())
            {
                return entry.Request;
            }

            _entries.TryRemove(key, out _);
        }

        return null;
    }

    private void Evict()
    {
        var now = time.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(key, out _);
            }
        }

        // Still full of live entries: drop the oldest tenth.
        if (_entries.Count >= Capacity)
        {
            foreach (var key in _entries.OrderBy(e => e.Value.ExpiresAt).Take(Capacity / 10).Select(e => e.Key).ToArray())
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(CommandRequest Request, DateTimeOffset ExpiresAt);
}
