namespace SmsCx.Load.Reports;

/// <summary>One line of an SVG chart: a legend name, a CSS colour and points in data units.</summary>
internal sealed record ChartSeries(string Name, string Color, IReadOnlyList<(double X, double Y)> Points);
