using StatementBot.Commands.Routing;

namespace StatementBot.Benchmarks.Queries;

/// <summary>
/// Reads one slash line (<c>/quote query:… speaker:…</c>) as a request, or says why it cannot. The host passes the
/// parser its chat and batch verbs use, so a query in the set means exactly what it would mean typed by a person.
/// </summary>
public delegate (CommandRequest? Request, string? Error) QueryLineReader(string line);
