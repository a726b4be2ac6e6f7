namespace StatementBot.Commands.Export;

/// <summary>How an export is written: CSV for spreadsheets, JSON for scripts.</summary>
public enum ExportFormat
{
    Csv,
    Json,
}

public static class ExportFormats
{
    /// <summary>"csv" or "json" (any case) as a format; null for anything else.</summary>
    public static ExportFormat? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "json" => ExportFormat.Json,
        _ => null,
    };
}
