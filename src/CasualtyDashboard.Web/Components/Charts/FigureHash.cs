namespace CasualtyDashboard.Web.Components.Charts;

/// <summary>
/// A 64-bit hash of a <see cref="PlotlyFigure"/>'s content: every trace property, value by value, and the layout. Not
/// stable across processes (string hashing is not used, but nothing stores it either); collisions would need 2^32
/// figures. A test changes each property of <see cref="PlotlyTrace"/> in turn and expects another hash, so a property
/// added to the record and forgotten here fails it.
/// </summary>
internal struct FigureHash
{
    private ulong _hash = 0xcbf29ce484222325;

    public FigureHash()
    {
    }

    public static ulong Of(PlotlyFigure figure)
    {
        var h = new FigureHash();
        h.Add(figure.Data.Count);
        foreach (var t in figure.Data)
        {
            h.Add(t.Name); h.Add(t.Type); h.Add(t.Mode); h.Add(t.Fill); h.Add(t.Fillcolor); h.Add(t.Showlegend); h.Add(t.Visible);
            h.Add(t.Textposition); h.Add(t.Hovertemplate); h.Add(t.Deferred);
            h.Add(t.Line is null); h.Add(t.Line?.Color); h.Add(t.Line?.Dash); h.Add(t.Line?.Width); h.Add(t.Line?.Shape);
            h.Add(t.Marker is null); h.Add(t.Marker?.Color); h.Add(t.Marker?.Size); h.Add(t.Marker?.Symbol);
            h.Add(t.X); h.Add(t.Text); h.Add(t.Customdata);
            h.Add(t.Y);
            h.Add(t.Width); h.Add(t.Offset);
        }
        var l = figure.Layout;
        h.Add(l.Title); h.Add(l.XaxisTitle); h.Add(l.YaxisTitle); h.Add(l.Height); h.Add(l.YFromZero); h.Add(l.FileName); h.Add(l.PointKeyPrefix);
        return h._hash;
    }

    private void Mix(ulong value)
    {
        _hash = (_hash ^ value) * 0x9E3779B97F4A7C15;
        _hash ^= _hash >> 29;
    }

    private void Add(long value) => Mix((ulong)value);

    private void Add(bool? value) => Mix(value switch { null => 2, true => 1, false => 0 });

    private void Add(double? value) => Mix(value is { } v ? (ulong)BitConverter.DoubleToInt64Bits(v) : 0x7ff8dead0000beefUL);

    private void Add(string? value)
    {
        if (value is null)
        {
            Mix(0xdeadbeefUL);
            return;
        }
        Mix((ulong)value.Length);
        var i = 0;
        for (; i + 4 <= value.Length; i += 4)
            Mix(value[i] | (ulong)value[i + 1] << 16 | (ulong)value[i + 2] << 32 | (ulong)value[i + 3] << 48);
        for (; i < value.Length; i++) Mix(value[i]);
    }

    private void Add(IReadOnlyList<string>? values)
    {
        Add(values is null ? -1 : values.Count);
        if (values is null) return;
        foreach (var v in values) Add(v);
    }

    private void Add(IReadOnlyList<double?>? values)
    {
        Add(values is null ? -1 : values.Count);
        if (values is null) return;
        foreach (var v in values) Add(v);
    }

    private void Add(IReadOnlyList<double>? values)
    {
        Add(values is null ? -1 : values.Count);
        if (values is null) return;
        foreach (var v in values) Add((double?)v);
    }
}
