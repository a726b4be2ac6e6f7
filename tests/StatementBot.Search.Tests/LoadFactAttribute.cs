using StatementBot.TestSupport;

namespace StatementBot.Search.Tests;

/// <summary>
/// A long-running measurement over the whole shared corpus: runs only when <c>STATEMENTBOT_LOAD_TEST=1</c>
/// (and the shared corpora are present), so ordinary test runs stay fast.
/// </summary>
public sealed class LoadFactAttribute : FactAttribute
{
    public LoadFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("STATEMENTBOT_LOAD_TEST") != "1")
        {
            Skip = "Set STATEMENTBOT_LOAD_TEST=1 to run the load test (about a minute over ../shared/corpora).";
        }
        else if (!SharedData.Available)
        {
            Skip = "The load test needs ../shared/corpora.";
        }
    }
}
