using Lucene.Net.Search;
using StatementBot.Search.Highlighting;

namespace StatementBot.Search.Querying;

/// <summary>A query ready for Lucene, the words to highlight in its hits, and the stems it looks for.</summary>
internal sealed record CompiledQuery(Query Query, HighlightTerms Highlights, IReadOnlySet<string> Stems);
