namespace StatementBot.Tests.Acceptance;

/// <summary>
/// Every acceptance test class on the whole corpus joins this collection, so the corpus is indexed once per run,
/// not once per class: <c>[Collection(FullCorpusCollection.Name)]</c> and a <see cref="FullCorpusFixture"/> parameter.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FullCorpusCollection : ICollectionFixture<FullCorpusFixture>
{
    public const string Name = "Whole shared corpus";
}
