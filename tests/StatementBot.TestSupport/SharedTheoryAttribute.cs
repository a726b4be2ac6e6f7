using Xunit;

namespace StatementBot.TestSupport;

/// <summary>The theory counterpart of <see cref="SharedFactAttribute"/>.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (!SharedData.Available && !SharedData.InCi)
        {
            Skip = "../shared is not beside the repository; this test needs the shared corpora (it runs in CI).";
        }
    }
}
