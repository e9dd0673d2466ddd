namespace CasualtyDashboard.Web.Services.Inputs;

/// <summary>
/// What a select of one or several values (<c>Components/Inputs/LightSelect</c>) holds and decides, apart from its markup:
/// the options and what is chosen, whether the list is open and which option is active, the text the closed field shows,
/// the change a choice makes, the keyboard's moves, and where the focus goes after a render. The component hands its
/// parameters in (<see cref="Set"/>), renders from this, and raises the change events it returns.
/// </summary>
/// <typeparam name="T">A value that can be chosen (compared with its default equality).</typeparam>
public sealed class SelectState<T>
{
    private static readonly EqualityComparer<T> Same = EqualityComparer<T>.Default;

    private Func<T, string>? _toText;

    /// <summary>What can be chosen, in the order listed.</summary>
    public IReadOnlyList<T> Options { get; private set; } = [];

    /// <summary>Several values (<see cref="Values"/>) rather than one (<see cref="Value"/>).</summary>
    public bool Multiple { get; private set; }

    /// <summary>The value chosen (one value).</summary>
    public T? Value { get; private set; }

    /// <summary>The values chosen (several values), in the order chosen.</summary>
    public IReadOnlyCollection<T> Values { get; private set; } = [];

    /// <summary>Whether the list is open.</summary>
    public bool IsOpen { get; private set; }

    /// <summary>The option the keyboard is on while the list is open (its index in <see cref="Options"/>), else -1.</summary>
    public int Active { get; private set; } = -1;

    /// <summary>Where the focus goes after the next render: the list once opened, the field's button once closed.</summary>
    public SelectFocus PendingFocus { get; private set; }

    /// <summary>Something is chosen (the label stays up, the clear button shows).</summary>
    public bool HasValue => Multiple ? Values.Count > 0 : Value is not null;

    /// <summary>What the closed field shows: the value, or the values joined in the order chosen.</summary>
    public string Text => Multiple ? string.Join(", ", Values.Select(TextOf)) : Value is null ? "" : TextOf(Value);

    /// <summary>The component's parameters, as given on each render.</summary>
    public void Set(IReadOnlyList<T> options, bool multiple, T? value, IReadOnlyCollection<T> values, Func<T, string>? toText)
    {
        Options = options;
        Multiple = multiple;
        Value = value;
        Values = values;
        _toText = toText;
        if (Active >= Options.Count) Active = Options.Count - 1;
    }

    /// <summary>A value's text in the interface language (its ToString when no text was given).</summary>
    public string TextOf(T value) => _toText is null ? value?.ToString() ?? "" : _toText(value);

    /// <summary>Whether <paramref name="option"/> is chosen.</summary>
    public bool IsChosen(T option) => Multiple ? Values.Contains(option, Same) : Value is not null && Same.Equals(Value, option);

    /// <summary>Opens the list if closed, closes it if open (a click on the field or its arrow).</summary>
    public void Toggle()
    {
        if (IsOpen) Close();
        else Open();
    }

    /// <summary>Opens the list on the first chosen option (or the first), as a native select does, and asks for the focus in it.</summary>
    public void Open()
    {
        IsOpen = true;
        Active = Options.Count == 0 ? -1 : Math.Max(0, IndexOfFirstChosen());
        PendingFocus = SelectFocus.List;
    }

    /// <summary>Closes the list (a click beside it, or the clear button); the focus stays where it is.</summary>
    public void Close()
    {
        IsOpen = false;
        Active = -1;
        if (PendingFocus == SelectFocus.List) PendingFocus = SelectFocus.None;
    }

    /// <summary>
    /// The option at <paramref name="index"/> chosen (a click, Enter or Space): a multi-select toggles it and stays open; a
    /// single select closes and gives the focus back to its button. Returns the change to hand back, or null when nothing
    /// changes (an index out of range, or the value already chosen).
    /// </summary>
    public SelectChange<T>? Choose(int index)
    {
        if (index < 0 || index >= Options.Count) return null;
        Active = index;
        var option = Options[index];
        if (Multiple)
        {
            var chosen = IsChosen(option);
            // In the options' order, as MudSelect handed them.
            return new SelectChange<T>(default, Options.Where(o => Same.Equals(o, option) ? !chosen : Values.Contains(o, Same)).ToList());
        }
        Close();
        PendingFocus = SelectFocus.Button;
        return Value is not null && Same.Equals(Value, option) ? null : new SelectChange<T>(option, null);
    }

    /// <summary>The clear button: closes the list and returns the change to nothing chosen.</summary>
    public SelectChange<T> Clear()
    {
        Close();
        return Multiple ? new SelectChange<T>(default, []) : new SelectChange<T>(default, null);
    }

    /// <summary>
    /// A key pressed in the select. Closed: the arrows open the list (Enter and Space are the button's own click). Open: the
    /// arrows, Home and End move the active option; Enter or Space choose it; Escape or Tab close the list and give the focus
    /// back to the button. Returns the change a choice made, or null.
    /// </summary>
    public SelectChange<T>? Key(string key)
    {
        if (!IsOpen)
        {
            if (key is "ArrowDown" or "ArrowUp") Open();
            return null;
        }
        switch (key)
        {
            case "ArrowDown": Active = Math.Min(Options.Count - 1, Active + 1); break;
            case "ArrowUp": Active = Math.Max(0, Active - 1); break;
            case "Home": Active = Options.Count == 0 ? -1 : 0; break;
            case "End": Active = Options.Count - 1; break;
            case "Enter" or " ": return Choose(Active);
            case "Escape" or "Tab":
                Close();
                PendingFocus = SelectFocus.Button;
                break;
        }
        return null;
    }

    /// <summary>Where the focus should go now that a render is done (once: the request is cleared); the list only while open.</summary>
    public SelectFocus TakeFocus()
    {
        var focus = PendingFocus == SelectFocus.List && !IsOpen ? SelectFocus.None : PendingFocus;
        PendingFocus = SelectFocus.None;
        return focus;
    }

    private int IndexOfFirstChosen()
    {
        for (var i = 0; i < Options.Count; i++)
            if (IsChosen(Options[i])) return i;
        return -1;
    }
}
