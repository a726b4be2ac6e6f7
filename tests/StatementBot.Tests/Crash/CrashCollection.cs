namespace StatementBot.Tests.Crash;

/// <summary>
/// The crash tests kill real processes at moments drawn against a measured build time, so they run alone, after the
/// parallel tests, where a build takes as long as it did when it was measured.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashCollection
{
    public const string Name = "Crash (processes killed during a rebuild)";

    /// <summary>The trait that names these tests: <c>dotnet test --filter Category=Crash</c>.</summary>
    public const string Category = "Crash";
}
