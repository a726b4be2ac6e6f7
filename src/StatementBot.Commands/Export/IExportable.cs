using StatementBot.Commands.Routing;
using StatementBot.Search.Exporting;

namespace StatementBot.Commands.Export;

/// <summary>
/// A command whose answer is drawn from a set of statements (a result list, a count, a chart): it says which, so the
/// Export button and <c>--export</c> can hand the user all of them, not only the page shown.
/// </summary>
public interface IExportable
{
    /// <summary>The statements the request's answer is drawn from, or why its options cannot be read.</summary>
    (ExportQuery? Query, string? Problem) ToExport(CommandRequest request);
}
