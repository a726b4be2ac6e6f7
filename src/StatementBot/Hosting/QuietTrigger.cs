namespace StatementBot.Hosting;

/// <summary>
/// When to look at the corpus again: once changes have stopped for <c>quiet</c> (a file being copied raises many
/// events; it is read once, after the last), or every <c>rescan</c> whatever happened (events can be lost: a full
/// buffer, a network folder). Time comes from a <see cref="TimeProvider"/>. Thread-safe: any thread notifies, one waits.
/// </summary>
public sealed class QuietTrigger(TimeSpan quiet, TimeSpan rescan, TimeProvider time)
{
    private readonly Lock _gate = new();
    private long _lastChange;
    private bool _pending;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Something in the corpus changed.</summary>
    public void Notify()
    {
        lock (_gate)
        {
            _lastChange = time.GetTimestamp();
            _pending = true;
            _changed.TrySetResult();
        }
    }

    /// <summary>
    /// Waits for changes followed by quiet (true) or for the rescan interval to pass without any (false).
    /// </summary>
    public async Task<bool> WaitAsync(CancellationToken cancellationToken)
    {
        Task changed;
        lock (_gate)
        {
            changed = _pending ? Task.CompletedTask : _changed.Task;
        }

        using (var stopRescan = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var rescanDue = Task.Delay(rescan, time, stopRescan.Token);
            await Task.WhenAny(changed, rescanDue).WaitAsync(cancellationToken);
            await stopRescan.CancelAsync();
        }

        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                if (!_pending)
                {
                    return false;
                }

                wait = quiet - time.GetElapsedTime(_lastChange);
                if (wait <= TimeSpan.Zero)
                {
                    _pending = false;
                    _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    return true;
                }
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
