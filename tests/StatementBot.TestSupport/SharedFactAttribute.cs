using Xunit;

namespace StatementBot.TestSupport;

/// <summary>
/// A fact that needs <c>../shared</c>. Outside CI it is skipped (saying why) when the folder is missing;
/// in CI it runs and fails loudly, because CI always has the shared material beside the clone.
/// </summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (!SharedData.Available && !SharedData.InCi)
        {
            Skip = "../shared is not beside the repository; this test needs the shared corpora (it runs in CI).";
        }
    }
}
