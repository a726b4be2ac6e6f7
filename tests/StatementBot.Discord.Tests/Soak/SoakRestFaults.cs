using System.Collections.Concurrent;
using System.Globalization;
using StatementBot.Discord.Tests.Fakes;

namespace StatementBot.Discord.Tests.Soak;

/// <summary>
/// The REST faults of the soak, drawn per request from a seeded source: 429s on one route (with Discord's
/// <c>X-RateLimit-*</c> headers) and global ones, and 5xx before Discord did the work or after it (a response lost
/// at the edge). They hit the interaction callback and the edits that follow a deferral. An interaction gets at
/// most two in a row, so the bot's four attempts are always enough; what it cannot fix is Discord's own deadline.
/// </summary>
public sealed class SoakRestFaults(int seed, HeldCommand held)
{
    private readonly Random _random = new(seed);
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private readonly ConcurrentDictionary<string, bool> _faultedFirst = new();
    private readonly ConcurrentDictionary<string, bool> _lostResponses = new();
    private int _routeLimited;
    private int _globalLimited;
    private int _serverErrors;
    private int _lostAfterProcessing;

    public int RouteLimited => _routeLimited;

    public int GlobalLimited => _globalLimited;

    public int ServerErrors => _serverErrors;

    public int LostAfterProcessing => _lostAfterProcessing;

    public int Total => RouteLimited + GlobalLimited + ServerErrors + LostAfterProcessing;

    /// <summary>Interactions whose callback Discord accepted but whose response the bot never saw.</summary>
    public IReadOnlyCollection<string> LostResponses => _lostResponses.Keys.ToArray();

    public FakeResponse? Intercept(RecordedRequest request)
    {
        if (SoakRoutes.InteractionOf(request) is not { } id)
        {
            return null;
        }

        var callback = request.IsCallbackFor(id);
        var key = (callback ? "callback:" : "edit:") + id;
        var attempt = _attempts.AddOrUpdate(key, 1, (_, n) => n + 1);
        var fault = attempt switch
        {
            1 => Draw(callback ? [0.07, 0.04, 0.04, 0.03] : [0.15, 0.03, 0.05, 0.0]),
            2 when _faultedFirst.ContainsKey(key) => Draw([0.10, 0.0, 0.10, 0.0]),
            _ => Fault.None,
        };
        if (attempt == 1 && fault != Fault.None)
        {
            _faultedFirst[key] = true;
        }

        if (callback && fault is Fault.None or Fault.LostAfterProcessing && SoakRoutes.IsDeferral(request))
        {
            held.Release(id); // the "thinking…" answer has reached Discord: the held work may finish
        }

        return fault switch
        {
            Fault.RouteLimited => Count(ref _routeLimited, RouteLimitedResponse()),
            Fault.GlobalLimited => Count(ref _globalLimited, FakeResponse.RateLimited(RetryAfter(), global: true)),
            Fault.ServerError => Count(ref _serverErrors, new FakeResponse(Pick([500, 502, 503]), """{"message":"Service unavailable","code":0}""")),
            Fault.LostAfterProcessing => LostResponse(id),
            _ => null,
        };
    }

    private FakeResponse LostResponse(string id)
    {
        _lostResponses[id] = true;
        return Count(ref _lostAfterProcessing, new FakeResponse(502, """{"message":"Bad Gateway","code":0}""", ProcessFirst: true));
    }

    private FakeResponse RouteLimitedResponse()
    {
        var retryAfter = RetryAfter();
        var seconds = retryAfter.ToString("0.000", CultureInfo.InvariantCulture);
        return new FakeResponse(
            429,
            $$"""{"message":"You are being rate limited.","retry_after":{{seconds}},"global":false}""",
            new Dictionary<string, string>
            {
                ["Retry-After"] = "1",
                ["X-RateLimit-Limit"] = "5",
                ["X-RateLimit-Remaining"] = "0",
                ["X-RateLimit-Reset-After"] = seconds,
                ["X-RateLimit-Scope"] = "user",
            });
    }

    private Fault Draw(double[] chances)
    {
        double roll;
        lock (_lock)
        {
            roll = _random.NextDouble();
        }

        for (var i = 0; i < chances.Length; i++)
        {
            if (roll < chances[i])
            {
                return (Fault)(i + 1);
            }

            roll -= chances[i];
        }

        return Fault.None;
    }

    private double RetryAfter()
    {
        lock (_lock)
        {
            return 0.05 + (_random.NextDouble() * 0.2);
        }
    }

    private int Pick(int[] statuses)
    {
        lock (_lock)
        {
            return statuses[_random.Next(statuses.Length)];
        }
    }

    private static FakeResponse Count(ref int counter, FakeResponse response)
    {
        Interlocked.Increment(ref counter);
        return response;
    }

    private enum Fault
    {
        None,
        RouteLimited,
        GlobalLimited,
        ServerError,
        LostAfterProcessing,
    }
}
