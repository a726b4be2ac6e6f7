using StatementBot.Search.Storage;

namespace StatementBot.Search.Building;

/// <summary>A finished, published build: where it is, its manifest, and statements left out (empty text).</summary>
public sealed record IndexBuildResult(string Generation, IndexManifest Manifest, int SkippedStatements);
