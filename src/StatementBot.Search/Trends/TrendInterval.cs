namespace StatementBot.Search.Trends;

/// <summary>How a trend's statements are counted over time: per week (Monday to Sunday), per month or per year.</summary>
public enum TrendInterval
{
    Week,
    Month,
    Year,
}
