using System.Globalization;
using System.Net;
using System.Text;

namespace SmsCx.Load.Reports;

/// <summary>Draws a small line chart as inline SVG (no scripts), y from 0, x over the points' range.</summary>
internal static class SvgLineChart
{
    private const double Width = 720;
    private const double Height = 260;
    private const double Left = 60;
    private const double Bottom = 40;
    private const double Top = 30;
    private const double Right = 20;

    /// <summary>Renders the chart; <paramref name="xTicks"/> are positions in data units with their labels.</summary>
    public static string Render(string title, string yLabel, IReadOnlyList<ChartSeries> series, IReadOnlyList<(double X, string Label)> xTicks)
    {
        var points = series.SelectMany(s => s.Points).ToArray();
        var (minX, maxX) = points.Length == 0 ? (0, 1) : (points.Min(p => p.X), points.Max(p => p.X));
        maxX = maxX > minX ? maxX : minX + 1;
        var maxY = Math.Max(points.Length == 0 ? 1 : points.Max(p => p.Y) * 1.1, 0.001);
        double Px(double x) => Left + ((x - minX) / (maxX - minX) * (Width - Left - Right));
        double Py(double y) => Height - Bottom - (y / maxY * (Height - Top - Bottom));

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {Width} {Height}' width='{Width}' height='{Height}' role='img'>"));
        svg.Append(Invariant($"<text x='{Left}' y='18' font-weight='bold'>{WebUtility.HtmlEncode(title)}</text>"));
        AppendAxes(svg, yLabel, maxY, Py);
        foreach (var (x, label) in xTicks)
            svg.Append(Invariant($"<text x='{Px(x):0.#}' y='{Height - Bottom + 16}' text-anchor='middle' font-size='11'>{WebUtility.HtmlEncode(label)}</text>"));

        for (var i = 0; i < series.Count; i++)
            AppendSeries(svg, series[i], i, Px, Py);

        return svg.Append("</svg>").ToString();
    }

    private static void AppendAxes(StringBuilder svg, string yLabel, double maxY, Func<double, double> py)
    {
        svg.Append(Invariant($"<line x1='{Left}' y1='{Top}' x2='{Left}' y2='{Height - Bottom}' stroke='#444'/>"));
        svg.Append(Invariant($"<line x1='{Left}' y1='{Height - Bottom}' x2='{Width - Right}' y2='{Height - Bottom}' stroke='#444'/>"));
        for (var i = 0; i <= 4; i++)
        {
            var value = maxY * i / 4;
            svg.Append(Invariant($"<line x1='{Left}' y1='{py(value):0.#}' x2='{Width - Right}' y2='{py(value):0.#}' stroke='#ddd'/>"));
            svg.Append(Invariant($"<text x='{Left - 6}' y='{py(value) + 4:0.#}' text-anchor='end' font-size='11'>{value:0.##}</text>"));
        }

        svg.Append(Invariant($"<text x='14' y='{Top + ((Height - Top - Bottom) / 2)}' transform='rotate(-90 14 {Top + ((Height - Top - Bottom) / 2)})' text-anchor='middle' font-size='11'>{WebUtility.HtmlEncode(yLabel)}</text>"));
    }

    private static void AppendSeries(StringBuilder svg, ChartSeries series, int index, Func<double, double> px, Func<double, double> py)
    {
        var path = string.Join(' ', series.Points.Select(p => Invariant($"{px(p.X):0.#},{py(p.Y):0.#}")));
        svg.Append(Invariant($"<polyline fill='none' stroke='{series.Color}' stroke-width='2' points='{path}'/>"));
        foreach (var p in series.Points)
            svg.Append(Invariant($"<circle cx='{px(p.X):0.#}' cy='{py(p.Y):0.#}' r='2.5' fill='{series.Color}'><title>{p.Y:0.###}</title></circle>"));

        var legendX = Width - Right - 150 + (index * 75);
        svg.Append(Invariant($"<rect x='{legendX}' y='8' width='12' height='12' fill='{series.Color}'/>"));
        svg.Append(Invariant($"<text x='{legendX + 16}' y='18' font-size='12'>{WebUtility.HtmlEncode(series.Name)}</text>"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
