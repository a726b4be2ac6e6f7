using System.Collections.Concurrent;

namespace StatementBot.Search.Caching;

/// <summary>
/// Keeps the values most recently asked for, at most about <see cref="Capacity"/> of them, in two halves: new and
/// recently used values go to the young half; when it is full it becomes the old half and the old one is dropped, so a
/// value asked for again while old moves back to the young half. Thread-safe; a race only computes a value twice.
/// </summary>
/// <remarks>Values must be a function of the key alone: whichever copy a race keeps, callers see the same answer.</remarks>
internal sealed class RecentCache<TValue>(int capacity) where TValue : class
{
    private readonly Lock _rotation = new();
    private Half _young = new();
    private Half _old = new();

    public int Capacity { get; } = Math.Max(2, capacity);

    /// <summary>How many values are kept now (both halves).</summary>
    public int Count => Volatile.Read(ref _young).Count + Volatile.Read(ref _old).Count;

    public TValue GetOrAdd<TState>(int key, TState state, Func<int, TState, TValue> make)
    {
        var young = Volatile.Read(ref _young);
        if (young.Values.TryGetValue(key, out var value))
        {
            return value;
        }

        if (!Volatile.Read(ref _old).Values.TryGetValue(key, out value))
        {
            value = make(key, state);
        }

        if (young.Values.TryAdd(key, value) && Interlocked.Increment(ref young.Added) >= Capacity / 2)
        {
            Rotate(young);
        }

        return value;
    }

    private void Rotate(Half full)
    {
        lock (_rotation)
        {
            if (!ReferenceEquals(_young, full))
            {
                return;
            }

            Volatile.Write(ref _old, full);
            Volatile.Write(ref _young, new Half());
        }
    }

    private sealed class Half
    {
        public readonly ConcurrentDictionary<int, TValue> Values = new();
        public int Added;

        public int Count => Volatile.Read(ref Added);
    }
}
